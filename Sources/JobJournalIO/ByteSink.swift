import Glibc

/// Where rendered bytes go as they are made, so a large report (tens of megabytes of JSON
/// for a coach's journal) streams out instead of being held whole in memory.
public protocol ByteSink {
    mutating func write(_ bytes: UnsafeRawBufferPointer)
}

/// Collects the bytes into a string: for tests and small outputs.
public struct StringSink: ByteSink {
    public private(set) var text = ""
    public init() {}
    public mutating func write(_ bytes: UnsafeRawBufferPointer) { text += String(decoding: bytes, as: UTF8.self) }
}

/// Writes to a file descriptor, such as standard output (1). The first failure is kept and
/// later writes are skipped (a closed pipe must not turn into a crash or a spin).
public struct FileDescriptorSink: ByteSink {
    public let fd: Int32
    public private(set) var failure: Int32? = nil

    public init(fd: Int32) { self.fd = fd }

    public mutating func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, var base = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = Glibc.write(fd, base, left)
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            base += n
            left -= n
        }
    }
}

extension ByteSink {
    public mutating func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }
}
