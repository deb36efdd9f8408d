import Glibc
import JobJournalCore

/// What jobjournal reads of a message: the headers that say who wrote to whom, when, about
/// what, and in which thread. Decoded by GMime (`HeaderDecoder`), held as Swift values.
public struct MessageHeaders: Sendable, Hashable {
    public var from: [MailAddress] = []
    public var to: [MailAddress] = []
    public var cc: [MailAddress] = []
    /// The Date header: the instant and the offset the sender wrote it in.
    public var date: MailDate?
    /// The Date header as written, to name it when it cannot be read.
    public var dateText: String?
    public var subject: String?
    /// Without its angle brackets: `abc@example.org`.
    public var messageID: String?
    public var inReplyTo: [String] = []
    public var references: [String] = []

    public init() {}

    /// The people it went to: To, then Cc.
    public var recipients: [MailAddress] { to + cc }
}

/// One mailbox of an address list: `Mr. Jones <jones@abc.example>`.
public struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    /// The display name, decoded (`Jürgen Müller`), or nil.
    public var name: String?
    /// The address as written (`Jones@ABC.example`).
    public var address: String

    public init(name: String? = nil, address: String) {
        self.name = name
        self.address = address
    }

    /// The address as compared: lower case, since the journal's `email` may be written in any
    /// case and domains are case-blind (local parts are too, in practice).
    public var key: String { MailAddress.key(address) }

    public static func key(_ address: String) -> String {
        // Most addresses are written in lower case with nothing around them: kept as they are.
        var address = address
        let plain = address.withUTF8 { $0.allSatisfy(keptInKey) }
        return plain ? address : address.trimmingCharacters(in: " \t<>").lowercased()
    }

    /// A byte that leaves an address its own key when all its bytes are such: ASCII, not upper
    /// case, none of the characters trimmed from either end.
    private static func keptInKey(_ byte: UInt8) -> Bool {
        byte < 0x80 && !(0x41...0x5A).contains(byte) && byte != 0x20 && byte != 0x09 && byte != 0x3C && byte != 0x3E
    }

    /// A 64-bit hash (FNV-1a) of `key(address)`, worked out without making the key when the
    /// address is already one: for telling quickly that an address is not among some keys.
    static func keyHash(_ address: String) -> UInt64 {
        var address = address
        let plain = address.withUTF8 { bytes -> UInt64? in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                guard keptInKey(byte) else { return nil }
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            return hash
        }
        return plain ?? hash(ofKey: key(address))
    }

    /// The FNV-1a hash of a key's bytes.
    static func hash(ofKey key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    public var description: String {
        guard let name, !name.isEmpty else { return address }
        return "\(name) <\(address)>"
    }
}

/// The Date header's instant and the offset it was written in.
public struct MailDate: Sendable, Hashable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var seconds: Int64
    /// The sender's offset from UTC, in seconds.
    public var offset: Int

    public init(seconds: Int64, offset: Int) {
        self.seconds = seconds
        self.offset = offset
    }

    /// The calendar day of this instant where the user is: the local time zone (`TZ`).
    /// "Sent on" is the user's own day, whatever zone the other side writes in.
    public var localDay: Day {
        var time = time_t(seconds)
        var parts = tm()
        guard localtime_r(&time, &parts) != nil else { return utcDay }
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) ?? utcDay
    }

    private var utcDay: Day { Day(ordinal: Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)) }
}
