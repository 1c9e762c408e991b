extension Array where Element == String {
    /// `joined(separator:)` by appending: the standard library's generic version looks up its element's
    /// associated types at run time, and the first such look-up scans every conformance record of the
    /// binary (issue 19: 0.2 M instructions and pages of metadata on the first frame). Same result.
    public func joinedByAppending(_ separator: String) -> String {
        var text = ""
        for (index, part) in enumerated() {
            if index > 0 { text += separator }
            text += part
        }
        return text
    }
}

extension String {
    /// A string of `characters` by appending each: `String(slice)` is the generic initializer, with the
    /// same run-time look-ups as `joined` (issue 19).
    public init(appending characters: ArraySlice<Character>) {
        self.init()
        for character in characters { append(character) }
    }
}
