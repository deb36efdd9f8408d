import Foundation
import JobJournalCore
import JobJournalIO
import JobJournalParse

/// The journals the open files belong to, each read once with `JournalLoader` (as every
/// command reads it) and read again when files change on disk.
package final class Workspace {
    /// `--dir` or `JOBJOURNAL_DIR`: the one journal, whatever file is opened.
    let fixedRoot: String?
    /// The editor's workspace folders: a file under one with no `.jobjournal.yaml` above it
    /// belongs to the journal there.
    var folders: [String] = []
    private var journals: [String: Journal] = [:]
    /// Where the parse cache is kept, or nil to read every file (`CacheFile.folder`).
    let cacheFolder: String?

    package init(fixedRoot: String?, cacheFolder: String? = nil) {
        self.fixedRoot = fixedRoot.map(Self.absolute)
        self.cacheFolder = cacheFolder
    }

    /// The journal root for a file: `--dir`, else the nearest folder upward holding
    /// `.jobjournal.yaml`, else the workspace folder holding the file, else its own folder.
    package func root(for path: String) -> String {
        if let fixedRoot { return fixedRoot }
        var folder = Self.parent(of: path)
        while true {
            if FileSystem.kind(of: FileSystem.join(folder, Settings.fileName)) == .file { return folder }
            guard folder != "/", !folder.isEmpty else { break }
            folder = Self.parent(of: folder)
        }
        let holding = folders.filter { path.hasPrefix($0 == "/" ? "/" : $0 + "/") }.max { $0.count < $1.count }
        return holding ?? Self.parent(of: path)
    }

    /// The journal at `root`, read now if it was not yet.
    package func journal(at root: String) -> Journal {
        if let journal = journals[root] { return journal }
        let journal = (try? JournalLoader.load(root: root, cacheFolder: cacheFolder)) ?? Journal(root: root, files: [])
        journals[root] = journal
        return journal
    }

    /// Forgets the journals holding any of these files, to be read again when next needed.
    /// Returns the roots forgotten.
    @discardableResult
    package func invalidate(_ paths: [String]) -> [String] {
        let stale = journals.keys.filter { root in paths.contains { $0.hasPrefix(root == "/" ? "/" : root + "/") } }
        for root in stale { journals[root] = nil }
        return stale
    }

    /// The file's path relative to its journal's root, as action ids are made from it.
    package static func relative(_ path: String, to root: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return normalized(path) }
        return normalized(FileSystem.join(FileSystem.currentDirectory(), path))
    }

    /// `a/./b//c/` as `a/b/c`.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", !parts.isEmpty { parts.removeLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The file path of a `file:` URI (percent-decoded); nil for other schemes.
    package static func path(ofURI uri: String) -> String? {
        guard uri.hasPrefix("file://") else { return nil }
        var rest = uri.dropFirst("file://".count)
        if !rest.hasPrefix("/"), let slash = rest.firstIndex(of: "/") { rest = rest[slash...] }  // file://host/path
        return normalized(String(rest).removingPercentEncoding ?? String(rest))
    }

    /// The `file:` URI of a path.
    package static func uri(ofPath path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#")
        return "file://" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path)
    }
}
