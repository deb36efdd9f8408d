import Glibc
import JobJournalCore
import JobJournalIO

/// Listing the message files of a Maildir root and of a folder of `.eml` files. Folders are
/// walked once each, by device and inode, so a symlink loop ends where it began.
enum MailFolders {
    /// The files in `cur/` and `new/` of the root and of every folder under it: Maildir++
    /// (`.Sent`, `.INBOX.jobs`) and nested (`Sent/`, as mbsync writes) alike. `tmp/` holds
    /// messages still being delivered and is left alone.
    static func maildirMessages(under root: String, diagnostics: inout [Diagnostic]) -> [String] {
        var files: [String] = []
        var seen: Set<[UInt64]> = []
        var pending = [root]
        while let folder = pending.popLast() {
            guard let id = FileSystem.identity(of: folder), seen.insert(id).inserted else { continue }
            let entries = list(folder, diagnostics: &diagnostics)
            let names = Set(entries.filter { $0.isFolder }.map(\.name))
            for box in ["cur", "new"] where names.contains(box) {
                let path = FileSystem.join(folder, box)
                guard let id = FileSystem.identity(of: path), seen.insert(id).inserted else { continue }
                files += list(path, diagnostics: &diagnostics).filter { !$0.isFolder && !$0.name.hasPrefix(".") }
                    .map { FileSystem.join(path, $0.name) }.sorted()
            }
            for entry in entries.reversed() where entry.isFolder && !["cur", "new", "tmp"].contains(entry.name) {
                pending.append(FileSystem.join(folder, entry.name))
            }
        }
        return files
    }

    /// Every `.eml` file under `root`, hidden folders aside.
    static func emlFiles(under root: String, diagnostics: inout [Diagnostic]) -> [String] {
        var files: [String] = []
        var seen: Set<[UInt64]> = []
        var pending = [root]
        while let folder = pending.popLast() {
            guard let id = FileSystem.identity(of: folder), seen.insert(id).inserted else { continue }
            for entry in list(folder, diagnostics: &diagnostics) where !entry.name.hasPrefix(".") {
                let path = FileSystem.join(folder, entry.name)
                if entry.isFolder {
                    pending.append(path)
                } else if entry.name.lowercased().hasSuffix(".eml") {
                    files.append(path)
                }
            }
        }
        return files.sorted()
    }

    struct Entry {
        var name: String
        var isFolder: Bool
    }

    /// A folder's entries, sorted by name; a symlink counts as what it points to (a link to
    /// nothing, or a loop, as a file, which then cannot be read and is reported).
    static func list(_ folder: String, diagnostics: inout [Diagnostic]) -> [Entry] {
        guard let dir = opendir(folder) else {
            diagnostics.append(Diagnostic(file: folder, line: 1, .warning, "cannot read the folder: \(FileSystem.lastError())", id: "mail-unreadable"))
            return []
        }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var isFolder: Bool
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): isFolder = true
            case Int32(DT_REG): isFolder = false
            default: isFolder = FileSystem.kind(of: FileSystem.join(folder, name)) == .directory
            }
            entries.append(Entry(name: name, isFolder: isFolder))
        }
        return entries.sorted { $0.name < $1.name }
    }
}
