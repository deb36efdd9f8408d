import JobJournalCore
import JobJournalIO
import CByteScan
import Dispatch

/// Writes JSON text directly as UTF-8 bytes, keys in the order given, two-space indented,
/// so output is deterministic and diffable. Every string is escaped, control characters
/// included.
///
/// A writer has one owner at a time: a copy shares the bytes written (`OutputBytes`).
public struct JSONWriter: Sendable {
    private var bytes: OutputBytes
    private var depth = 0
    /// For each container open, whether it already has a member (a comma is due before the next).
    private var hasMember = MemberStack()
    private var afterKey = false

    public init(capacity: Int = 4096) { bytes = OutputBytes(capacity: capacity) }

    /// Writes array elements as the writer `parent` would write them in the array it has open,
    /// so parts of a long array can be written apart (in parallel) and joined with `append`.
    /// `following` says that elements come before these in the array, from another part.
    init(elementsOf parent: JSONWriter, following: Bool = false, capacity: Int = 1 << 14) {
        bytes = OutputBytes(capacity: capacity)
        depth = parent.depth
        hasMember.push(following || (parent.hasMember.top ?? false))
    }

    /// A value to be placed later inside containers `depth` deep, as their writer would
    /// write it there: lines indented for that depth, and no separator before it (the writer
    /// it is placed with adds that, `element(json:)`).
    init(valueAtDepth depth: Int, capacity: Int) {
        bytes = OutputBytes(capacity: capacity)
        self.depth = depth
    }

    public var output: String { String(decoding: bytes.written, as: UTF8.self) }

    /// The bytes written so far, and where they lie until more are written (held by the
    /// `OutputBytes` given too).
    var written: (bytes: UnsafeBufferPointer<UInt8>, owner: OutputBytes) { (bytes.written, bytes) }

    /// A value written before by a writer made `init(valueAtDepth:)` at this one's depth.
    mutating func element(json: UnsafeRawBufferPointer) {
        separate()
        bytes.append(contentsOf: json.assumingMemoryBound(to: UInt8.self))
    }

    /// Hands the bytes written so far to `sink` and starts an empty buffer (keeping its
    /// capacity); the indentation and comma state carry on.
    public mutating func flush(into sink: inout some ByteSink) {
        sink.write(UnsafeRawBufferPointer(bytes.written))
        bytes.removeAll()
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A member's name: always one written in the code, so nearly always bytes that need no
    /// escaping, copied as they are (a 10,000-application agenda writes 260,000 names).
    public mutating func key(_ name: StaticString) {
        separate()
        // The name read where the literal lies, not in a closure (which took the buffer
        // with a retain and a release for each name).
        let out = bytes
        let literal = name.hasPointerRepresentation ? UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount) : nil
        // Nothing in it to escape (as `appendQuoted` would find): copied as it is.
        if let utf8 = literal, let start = utf8.baseAddress, bytescan_json_special(start, utf8.count) == utf8.count {
            out.appendKey(utf8)
        } else {
            JSONWriter.appendQuoted(name.description, to: out)
            out.append(UInt8(ascii: ":"))
            out.append(0x20)
        }
        afterKey = true
    }

    public mutating func string(_ value: String) {
        separate()
        JSONWriter.appendQuoted(value, to: bytes)
    }

    public mutating func string(_ value: String?) { if let value { string(value) } else { null() } }

    public mutating func number(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A fraction or a median, at most three decimals (`0.667`, `4.5`, `12`), written the same
    /// on every machine.
    public mutating func number(_ value: Double) {
        separate()
        bytes.append(contentsOf: JSONWriter.decimal(value).utf8)
    }

    /// `value` rounded to three decimals, without trailing zeros.
    package static func decimal(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let sign = thousandths < 0 ? "-" : ""
        let whole = abs(thousandths) / 1000, fraction = abs(thousandths) % 1000
        guard fraction != 0 else { return sign + String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(sign)\(whole).\(digits)"
    }

    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    public mutating func field(_ name: StaticString, _ value: String?) { key(name); string(value) }
    public mutating func field(_ name: StaticString, _ value: Int) { key(name); number(value) }
    public mutating func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }
    public mutating func field(_ name: StaticString, _ value: Day?) {
        key(name)
        if let value {
            separate()
            bytes.append(0x22)
            let out = bytes
            value.withISO { out.append(contentsOf: $0) }
            bytes.append(0x22)
        } else {
            null()
        }
    }
    public mutating func field(_ name: StaticString, _ value: Int?) { key(name); if let value { number(value) } else { null() } }
    public mutating func field(_ name: StaticString, _ value: Double?) { key(name); if let value { number(value) } else { null() } }
    public mutating func field(_ name: StaticString, _ values: [String]) {
        key(name)
        beginArray()
        for v in values { string(v) }
        endArray()
    }
    public mutating func field(_ name: StaticString, _ values: [String]?) {
        if let values { field(name, values) } else { key(name); null() }
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        depth += 1
        hasMember.push(false)
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if hasMember.pop() { newline() }
        bytes.append(bracket)
        if depth == 0 { bytes.append(0x0A) }
    }

    @inline(__always)
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard let had = hasMember.top else { return }
        if had { bytes.append(UInt8(ascii: ",")) } else { hasMember.top = true }
        newline()
    }

    @inline(__always)
    private mutating func newline() {
        bytes.appendLine(indent: depth * 2)
    }

    /// A string given as its UTF-8 bytes.
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        separate()
        JSONWriter.appendQuoted(utf8: utf8, to: bytes)
    }

    static func appendQuoted(_ s: String, to out: OutputBytes) {
        var s = s
        s.withUTF8 { appendQuoted(utf8: $0, to: out) }
    }

    static func appendQuoted(utf8: UnsafeBufferPointer<UInt8>, to out: OutputBytes) {
        out.append(0x22)
        // Copy runs that need no escape in one go; most strings are one run.
        var runStart = 0
        var i = 0
        while i < utf8.count {
            // Sixteen bytes at a time (`CByteScan`) to the first that may need an escape.
            if let base = utf8.baseAddress { i += bytescan_json_special(base + i, utf8.count - i) }
            guard i < utf8.count else { break }
            let b = utf8[i]
            // The C1 controls, U+0080...U+009F, are C2 80...C2 9F: JSON allows them raw,
            // but a terminal showing the JSON may obey them, so they are escaped too.
            let isC1 = b == 0xC2 && i + 1 < utf8.count && utf8[i + 1] < 0xA0
            guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || isC1 else {
                i += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
            if isC1 {
                appendUnicodeEscape(utf8[i + 1], to: out)
                i += 2
                runStart = i
                continue
            }
            i += 1
            runStart = i
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            default: appendUnicodeEscape(b, to: out)
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        out.append(0x22)
    }

    /// `\u00XX` for a code point below U+0100.
    private static func appendUnicodeEscape(_ value: UInt8, to out: OutputBytes) {
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(value >> 4)], hex[Int(value & 0xF)]] { out.append(byte) }
    }
}

extension JSONWriter {
    /// `{"schema": 1, "today": ..., KEY: [...]}`: the shape of `due` and `refs` as JSON.
    static func document<Element: Sendable>(today: Day, key: StaticString, _ elements: [Element],
                                            _ write: @escaping @Sendable (Element, inout JSONWriter) -> Void) -> String {
        var sink = StringSink()
        document(today: today, key: key, elements, write, to: &sink)
        return sink.text
    }

    /// The same document, handed to `sink` in chunks as it is written: `due --format json`
    /// over 10,000 applications is 22 MB, which built whole and then copied into a String
    /// cost a third of the command's time (growing the buffer, and its pages' first touch).
    static func document<Element: Sendable>(today: Day, key: StaticString, _ elements: [Element],
                                            _ write: @escaping @Sendable (Element, inout JSONWriter) -> Void,
                                            to sink: inout some ByteSink) {
        document(today: today, key: key, to: &sink) { w, sink in w.writeElements(elements, to: &sink, write) }
    }

    /// The same document, its array's elements written by `elements` (which may hand what is
    /// written to `sink` as it goes).
    static func document<Sink: ByteSink>(today: Day, key: StaticString, to sink: inout Sink,
                                         elements: (inout JSONWriter, inout Sink) -> Void) {
        var w = JSONWriter(capacity: 1 << 12)
        w.beginObject()
        w.field("schema", 1)
        w.field("today", today)
        w.key(key)
        w.beginArray()
        elements(&w, &sink)
        w.endArray()
        w.endObject()
        w.flush(into: &sink)
    }

    /// Writes the elements of the array this writer has open, in batches: each batch is split
    /// among the cores, and its parts handed to `sink` in order, straight from the writers
    /// that wrote them. The output is as if written one by one, in bounded memory.
    mutating func writeElements<Element: Sendable>(
        _ elements: [Element], to sink: inout some ByteSink,
        _ write: @escaping @Sendable (Element, inout JSONWriter) -> Void
    ) {
        guard !elements.isEmpty else { return }
        flush(into: &sink)
        let workers = Parallel.processorCount()
        let perPart = 256
        var start = 0
        while start < elements.count {
            let end = min(elements.count, start + perPart * workers)
            let parts = (end - start + perPart - 1) / perPart
            let written = Slots<JSONWriter>(count: parts)
            let (first, parent, following) = (start, self, start > 0)
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                var writer = JSONWriter(elementsOf: parent, following: following || part > 0, capacity: 1 << 18)
                // Each element written where it lies: taken from the array, it was copied, a
                // retain and a release of each of its strings.
                elements.withUnsafeBufferPointer { elements in
                    for index in (first + part * perPart)..<min(end, first + (part + 1) * perPart) {
                        write(elements[index], &writer)
                    }
                }
                written.store(writer, at: part)
            }
            for var part in written.take() { part.flush(into: &sink) }
            start = end
        }
        hasMember.top = true
    }
}

/// Whether each open container has a member yet, innermost last: bits of one word for the
/// first 64 levels (an array's append and uniqueness check at every member cost a tenth of
/// the writer's instructions), an array beyond.
struct MemberStack: Sendable {
    private var bits: UInt64 = 0
    private var count = 0
    private var deeper: [Bool] = []

    mutating func push(_ value: Bool) {
        if count < 64 {
            if value { bits |= 1 << UInt64(count) } else { bits &= ~(1 << UInt64(count)) }
        } else {
            deeper.append(value)
        }
        count += 1
    }

    mutating func pop() -> Bool {
        let value = top!
        count -= 1
        if count >= 64 { deeper.removeLast() }
        return value
    }

    /// The innermost container's flag; nil when none is open.
    var top: Bool? {
        get {
            guard count > 0 else { return nil }
            return count <= 64 ? bits & (1 << UInt64(count - 1)) != 0 : deeper[count - 65]
        }
        set {
            guard count > 0, let newValue else { return }
            if count <= 64 {
                if newValue { bits |= 1 << UInt64(count - 1) } else { bits &= ~(1 << UInt64(count - 1)) }
            } else {
                deeper[count - 65] = newValue
            }
        }
    }
}

/// The bytes a `JSONWriter` has written, in memory of their own that grows by doubling.
/// Appending is a copy and a count: the standard array's `append(contentsOf:)` and its
/// uniqueness check cost 6 % of a `due --format json`'s instructions for 23 MB of output.
/// A class, so a copy of a writer shares them: one owner at a time, as a writer has.
final class OutputBytes: @unchecked Sendable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// What was written since the last `removeAll`.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    func removeAll() { count = 0 }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// `"name": ` for a name that needs no escaping.
    @inline(__always)
    func appendKey(_ name: UnsafeBufferPointer<UInt8>) {
        if count + name.count + 4 > capacity { grow(to: count + name.count + 4) }
        base[count] = 0x22
        (base + count + 1).update(from: name.baseAddress!, count: name.count)
        count += name.count + 1
        base[count] = 0x22
        base[count + 1] = UInt8(ascii: ":")
        base[count + 2] = 0x20
        count += 3
    }

    /// A line break and `indent` spaces.
    @inline(__always)
    func appendLine(indent: Int) {
        if count + indent + 1 > capacity { grow(to: count + indent + 1) }
        base[count] = 0x0A
        (base + count + 1).initialize(repeating: 0x20, count: indent)
        count += indent + 1
    }

    func append(contentsOf text: String.UTF8View) {
        if text.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil {
            for byte in text { append(byte) }
        }
    }

    private func grow(to needed: Int) {
        var larger = capacity * 2
        while larger < needed { larger *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }
}
