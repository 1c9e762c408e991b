/// Where the `{{name}}` tokens of a text are: the one reading of that syntax, shared by the validator
/// (every name must be a `Fact`) and `Facts.fill` (each replaced by its value), so the two cannot
/// disagree. Scanned over UTF-8 in plain Swift: Foundation's `range(of:)` and `contains` went through
/// CoreFoundation's locale-aware search, a tenth of the start-up and of a frame (issue 19).
enum FactNames {
    /// One token, as UTF-8 offsets into the text: all of `{{name}}`, and the name inside.
    struct Token: Equatable {
        var whole: Range<Int>
        var name: Range<Int>
    }

    /// The tokens in order; an opening `{{` with no closing `}}` after it is text.
    static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        var text = text
        text.withUTF8 { bytes in
            let brace = UInt8(ascii: "{"), closing = UInt8(ascii: "}")
            // Most texts have no brace at all (issue 19: this scan, a byte at a time over every text of
            // every frame, was a twentieth of a headless key): sixteen bytes at a time first.
            guard contains(brace, in: UnsafeRawBufferPointer(bytes)) else { return }
            var index = 0
            while index + 1 < bytes.count {
                guard bytes[index] == brace, bytes[index + 1] == brace else { index += 1; continue }
                let start = index + 2
                var end = start
                while end + 1 < bytes.count, !(bytes[end] == closing && bytes[end + 1] == closing) { end += 1 }
                guard end + 1 < bytes.count else { return }
                tokens.append(Token(whole: index..<(end + 2), name: start..<end))
                index = end + 2
            }
        }
        return tokens
    }

    /// True when `byte` is among `bytes`.
    private static func contains(_ byte: UInt8, in bytes: UnsafeRawBufferPointer) -> Bool {
        let wanted = SIMD16<UInt8>(repeating: byte)
        var offset = 0
        while offset &+ 16 <= bytes.count {
            if any(bytes.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self) .== wanted) { return true }
            offset &+= 16
        }
        while offset < bytes.count {
            if bytes[offset] == byte { return true }
            offset &+= 1
        }
        return false
    }

    static func names(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return tokens(in: text).map { String(decoding: bytes[$0.name], as: UTF8.self) }
    }
}
