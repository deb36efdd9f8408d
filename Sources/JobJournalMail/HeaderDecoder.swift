import CGMime
import Glibc
import JobJournalCore

/// Decodes a message's header block with GMime: unfolds the fields, keeps the eight that
/// matter, and hands each to GMime's decoder for its kind (address lists with groups and
/// comments, RFC 2047 words, RFC 5322 dates, message ids). Every C value is copied into a
/// Swift value and freed before the next field; no C pointer leaves this file.
public enum HeaderDecoder {
    /// A reason a message's headers could not be read.
    public struct Problem: Error, Sendable, Hashable {
        public var message: String
        public var id: String
        public init(_ message: String, id: String) {
            self.message = message
            self.id = id
        }
    }

    /// GMime's charset map, made once before any decoding, on any thread.
    private static let ready: Void = { g_mime_charset_map_init() }()

    /// The headers of `block`: the bytes of a message up to (not including) its blank line.
    public static func decode(_ block: UnsafeRawBufferPointer) -> Result<MessageHeaders, Problem> {
        _ = ready
        if block.contains(0) {
            return .failure(Problem("the headers contain NUL bytes; skipped", id: "mail-nul"))
        }
        var headers = MessageHeaders()
        guard let options = g_mime_parser_options_new() else {
            return .failure(Problem("GMime could not make parser options", id: "mail-unreadable"))
        }
        defer { g_mime_parser_options_free(options) }
        for (name, value) in fields(block) {
            switch name {
            case "from": headers.from += addresses(value, options)
            case "to": headers.to += addresses(value, options)
            case "cc": headers.cc += addresses(value, options)
            case "subject" where headers.subject == nil: headers.subject = text(value, options)
            case "date" where headers.dateText == nil:
                headers.dateText = String(decoding: value, as: UTF8.self).trimmingCharacters(in: " \t")
                headers.date = date(value)
            case "message-id" where headers.messageID == nil: headers.messageID = messageID(value)
            case "in-reply-to" where headers.inReplyTo.isEmpty: headers.inReplyTo = references(value, options)
            case "references" where headers.references.isEmpty: headers.references = references(value, options)
            default: break
            }
        }
        return .success(headers)
    }

    /// The names in `wanted`, lower case, with their unfolded values (RFC 5322 2.2.3: a line
    /// break before a space or tab is removed).
    static func fields(_ block: UnsafeRawBufferPointer) -> [(String, [UInt8])] {
        var result: [(String, [UInt8])] = []
        var i = 0
        let n = block.count
        while i < n {
            // One field: its first line and any continuation lines.
            var end = i
            while true {
                while end < n, block[end] != 0x0A { end += 1 }
                if end + 1 < n, block[end + 1] == 0x20 || block[end + 1] == 0x09 { end += 1; continue }
                break
            }
            if let colon = block[i..<end].firstIndex(of: UInt8(ascii: ":")) {
                var nameEnd = colon
                while nameEnd > i, block[nameEnd - 1] == 0x20 || block[nameEnd - 1] == 0x09 { nameEnd -= 1 }
                if let name = wanted(UnsafeRawBufferPointer(rebasing: block[i..<nameEnd])) {
                    var value: [UInt8] = []
                    value.reserveCapacity(end - colon)
                    for byte in block[(colon + 1)..<end] where byte != 0x0A && byte != 0x0D { value.append(byte) }
                    result.append((name, value))
                }
            }
            i = end + 1
        }
        return result
    }

    private static let names = ["from", "to", "cc", "date", "subject", "message-id", "in-reply-to", "references"]
    private static let nameBytes = names.map { Array($0.utf8) }

    /// The field's name in lower case when it is one of `names`, compared without regard to case.
    private static func wanted(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard bytes.count <= 11 else { return nil }
        for (index, name) in nameBytes.enumerated() where name.count == bytes.count {
            if zip(name, bytes).allSatisfy({ $0 == ($1 >= 0x41 && $1 <= 0x5A ? $1 + 32 : $1) }) { return names[index] }
        }
        return nil
    }

    /// Runs `body` with `value` as a C string.
    private static func withCString<R>(_ value: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
        (value + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    /// Takes a string GMime allocated: copied, then freed.
    private static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        defer { g_free(pointer) }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
    }

    private static func copy(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
    }

    static func text(_ value: [UInt8], _ options: OpaquePointer) -> String {
        let decoded = withCString(value) { take(g_mime_utils_header_decode_text(options, $0)) } ?? ""
        return decoded.trimmingCharacters(in: " \t")
    }

    /// Every mailbox of an address list, groups opened up.
    static func addresses(_ value: [UInt8], _ options: OpaquePointer) -> [MailAddress] {
        guard let list = withCString(value, { internet_address_list_parse(options, $0) }) else { return [] }
        defer { jj_unref(UnsafeMutableRawPointer(list)) }
        var result: [MailAddress] = []
        collect(list, into: &result, depth: 0)
        return result
    }

    private static func collect(_ list: UnsafeMutablePointer<InternetAddressList>, into result: inout [MailAddress], depth: Int) {
        let count = internet_address_list_length(list)
        guard count > 0 else { return }
        for index in 0..<count {
            guard let address = internet_address_list_get_address(list, index) else { continue }
            if jj_address_is_group(address) != 0 {
                if depth == 0, let members = jj_group_members(address) { collect(members, into: &result, depth: 1) }
                continue
            }
            guard let addr = copy(jj_mailbox_addr(address)), !addr.isEmpty else { continue }
            let name = copy(internet_address_get_name(address)).map { $0.trimmingCharacters(in: " \t\"") }
            result.append(MailAddress(name: name?.isEmpty == false ? name : nil, address: addr))
        }
    }

    /// The Date header in any RFC 5322 form GMime reads (and the obsolete ones it tolerates).
    static func date(_ value: [UInt8]) -> MailDate? {
        guard let dateTime = withCString(value, { g_mime_utils_header_decode_date($0) }) else { return nil }
        defer { g_date_time_unref(dateTime) }
        let seconds = g_date_time_to_unix(dateTime)
        let offset = Int(g_date_time_get_utc_offset(dateTime) / 1_000_000)
        return MailDate(seconds: Int64(seconds), offset: offset)
    }

    static func messageID(_ value: [UInt8]) -> String? {
        guard let id = withCString(value, { take(g_mime_utils_decode_message_id($0)) }), !id.isEmpty else { return nil }
        return id
    }

    static func references(_ value: [UInt8], _ options: OpaquePointer) -> [String] {
        guard let refs = withCString(value, { g_mime_references_parse(options, $0) }) else { return [] }
        defer { g_mime_references_free(refs) }
        let count = g_mime_references_length(refs)
        guard count > 0 else { return [] }
        return (0..<count).compactMap { copy(g_mime_references_get_message_id(refs, $0)) }
    }
}
