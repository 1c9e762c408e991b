#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path's parts, taken apart as NSString's `lastPathComponent`, `deletingPathExtension` and
/// `deletingLastPathComponent` did, with the standard library alone: NSString is full Foundation,
/// which the binary no longer links (issue 19: its constructors and ICU cost 4 MiB of the 8 MiB peak).
public enum PathName {
    /// "a/b/c.tape" → "c.tape"; trailing slashes are not a name ("a/b/" → "b"); "/" stays "/".
    public static func last(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        if trimmed == "/" { return "/" }
        return trimmed.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    }

    /// "a/b/c.tape" → "a/b"; "c.tape" → ""; "/c" → "/".
    public static func parent(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        return withoutTrailingSlashes(String(trimmed[..<slash]))
    }

    /// "a/b/c.tape" → "a/b/c", "name." → "name"; a name that only starts with a dot (".hidden") has none.
    public static func withoutExtension(_ path: String) -> String {
        let name = last(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex
        else { return path }
        let cut = name.distance(from: dot, to: name.endIndex)
        return String(withoutTrailingSlashes(path).dropLast(cut))
    }

    /// "memo.txt" → "txt"; "name.", ".hidden" and "dir.d/file" have none ("").
    public static func pathExtension(_ path: String) -> String {
        let name = last(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// The file's name without folder and extension: "tapes/walk.tape" → "walk".
    public static func stem(_ path: String) -> String { withoutExtension(last(path)) }

    /// The same file under whatever name it is reached (symbolic links and "." / ".." resolved), or the path
    /// as given when it cannot be resolved (it does not exist).
    public static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    private static func withoutTrailingSlashes(_ path: String) -> String {
        var text = Substring(path)
        while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }
}
