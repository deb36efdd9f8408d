import Glibc
import JobJournalCore
import JobJournalIO

/// An mbox file: messages one after another, each opening with a `From ` line after a blank
/// line (or at the very start). The file is mapped, not read into memory, and scanned line
/// by line; of each message only the header block is copied, at most `headerLimit` bytes,
/// so a 50 MB attachment costs one pass over its pages and nothing more. Pages behind the
/// scan are handed back as it goes (`MADV_DONTNEED`), so the memory used stays a few
/// megabytes whatever the file's size.
enum Mbox {
    static func read(_ path: String, into scan: inout MailReader.Scan) throws(MailReader.Failure) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw MailReader.Failure(description: "cannot read the mbox \(path): \(FileSystem.lastError())") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw MailReader.Failure(description: "cannot read the mbox \(path): \(FileSystem.lastError())") }
        let size = Int(st.st_size)
        guard size > 0 else { return }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw MailReader.Failure(description: "cannot read the mbox \(path): \(FileSystem.lastError())")
        }
        defer { munmap(base, size) }
        _ = madvise(base, size, MADV_SEQUENTIAL)
        let bytes = UnsafeRawBufferPointer(start: base, count: size)
        scanMessages(bytes, path: path, mapped: true, into: &scan)
    }

    /// The messages of `bytes`, an mbox's content; `mapped` when they are a file mapping
    /// whose pages may be handed back.
    static func scanMessages(_ bytes: UnsafeRawBufferPointer, path: String, mapped: Bool = false, into scan: inout MailReader.Scan) {
        let limit = MailReader.headerLimit
        var start = 0
        var line = 1
        var previousBlank = true
        // The message being read: its From line's number, where its headers begin, and
        // whether they are still going on.
        var current: (line: Int, headers: Int)?
        var inHeaders = false
        var sawLeadingText = false
        var released = 0
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))

        func finishHeaders(at end: Int) {
            guard let message = current else { return }
            switch MailReader.decode(ArraySlice(bytes[message.headers..<end]), file: path, line: message.line) {
            case .success(let read): scan.messages.append(read)
            case .failure(let diagnostic): scan.diagnostics.append(diagnostic)
            }
            inHeaders = false
        }

        while start < bytes.count {
            let rest = bytes.count - start
            let newline = memchr(bytes.baseAddress! + start, 0x0A, rest).map { $0 - UnsafeMutableRawPointer(mutating: bytes.baseAddress!) }
            let end = newline ?? bytes.count  // the line without its line break
            var contentEnd = end
            if contentEnd > start, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let blank = contentEnd == start
            if previousBlank, end - start >= 5, bytes[start] == 0x46, bytes[start + 1] == 0x72, bytes[start + 2] == 0x6F,
               bytes[start + 3] == 0x6D, bytes[start + 4] == 0x20 {  // "From "
                if inHeaders { finishHeaders(at: start) }
                scan.count += 1
                current = (line, end + 1)
                inHeaders = true
            } else if inHeaders, let message = current {
                if blank {
                    finishHeaders(at: start)
                } else if end - message.headers > limit {
                    scan.diagnostics.append(MailReader.problem(path, message.line, "the headers are longer than \(limit / 1024) KiB; skipped", "mail-too-long"))
                    inHeaders = false
                }
            } else if current == nil, !blank {
                sawLeadingText = true
            }
            previousBlank = blank
            line += 1
            start = end + 1
            // Hand back the pages read, all but the header block being collected.
            let keep = inHeaders ? (current?.headers ?? start) : start
            if mapped, keep - released >= 8 << 20 {
                let upTo = keep / page * page
                _ = madvise(UnsafeMutableRawPointer(mutating: bytes.baseAddress! + released), upTo - released, MADV_DONTNEED)
                released = upTo
            }
        }
        if inHeaders { finishHeaders(at: bytes.count) }
        if sawLeadingText, current == nil {
            scan.diagnostics.append(MailReader.problem(path, 1, "no message starts with a 'From ' line: this is not an mbox file", "mail-not-mbox"))
        }
    }
}
