/// The `{{name}}` tokens of an asset's text, for the validator (every name must be a `Fact`).
/// Scanned over UTF-8 in plain Swift: Foundation's `range(of:)` went through CoreFoundation's
/// locale-aware search, a tenth of the start-up for some 700 texts (issue 19).
enum FactNames {
    static func names(in text: String) -> [String] {
        var names: [String] = []
        let bytes = Array(text.utf8)
        let brace = UInt8(ascii: "{"), closing = UInt8(ascii: "}")
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == brace, bytes[index + 1] == brace else { index += 1; continue }
            let start = index + 2
            var end = start
            while end + 1 < bytes.count, !(bytes[end] == closing && bytes[end + 1] == closing) { end += 1 }
            // No closing "}}": the rest is text, as Facts.fill leaves it.
            guard end + 1 < bytes.count else { break }
            names.append(String(decoding: bytes[start..<end], as: UTF8.self))
            index = end + 2
        }
        return names
    }
}
