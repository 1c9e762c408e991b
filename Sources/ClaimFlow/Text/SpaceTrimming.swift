extension StringProtocol {
    /// Without the spaces and tabs at either end: what Foundation's `trimmingSpaces`
    /// keeps (tab, Unicode's space separators Zs — the full-width space U+3000 among them — and the zero
    /// width space that CoreFoundation counts too), done on the scalars with the standard library alone:
    /// the core needs no Foundation for it, and the binary links none (issue 19: Foundation's constructors
    /// and ICU cost 4 MiB of the 8 MiB peak).
    public var trimmingSpaces: String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isTrimmedSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isTrimmedSpace }) ?? first
        return String(Substring(scalars[first...last]))
    }
}

extension Unicode.Scalar {
    /// Tab, a space separator (Zs) or U+200B: `CharacterSet.whitespaces`.
    public var isTrimmedSpace: Bool { self == "\t" || self == "\u{200B}" || properties.generalCategory == .spaceSeparator }
}
