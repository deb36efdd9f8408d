import Glibc

/// Shell patterns for file paths (`ignore:` in settings): `*`, `?` and `[...]` as the shell
/// has them, where `*` also crosses folders (`archive/*` is everything under archive/). A
/// pattern without `/` is matched against the file's name as well as its path.
public enum Glob {
    public static func matches(_ pattern: String, _ path: String) -> Bool {
        if fnmatch(pattern, path, 0) == 0 { return true }
        if !pattern.contains("/"), let slash = path.lastIndex(of: "/") {
            return fnmatch(pattern, String(path[path.index(after: slash)...]), 0) == 0
        }
        return false
    }
}
