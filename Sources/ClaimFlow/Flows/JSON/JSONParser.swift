/// RFC 8259 JSON from UTF-8 bytes to a `JSONValue` (issue 19: the assets without Foundation's
/// decoder). What JSONDecoder read before still reads: one value, no comments, and a comma
/// before a closing bracket is forgiven as Foundation forgives it.
public enum JSONParser {
    /// Where the text stops being JSON: the line (from 1) for the asset's author.
    public struct SyntaxError: Error, Equatable, Sendable {
        public var line: Int
        public init(line: Int) { self.line = line }
    }

    /// Nesting deeper than this is refused rather than recursed into (a hostile file cannot
    /// exhaust the stack).
    static let maximumDepth = 256

    public static func parse(_ bytes: some Collection<UInt8>) throws(SyntaxError) -> JSONValue {
        let result: Result<JSONValue, SyntaxError>? = bytes.withContiguousStorageIfAvailable { buffer in
            parse(buffer: buffer)
        }
        switch result ?? parse(buffer: Array(bytes)) {
        case .success(let value): return value
        case .failure(let error): throw error
        }
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, SyntaxError> {
        var reader = Reader(bytes: buffer)
        // UTF-8 is checked string by string (`exactString`): outside strings only ASCII is JSON, and any other
        // byte is refused there. A check of the whole text first was a second pass over every byte
        // (issue 19: 1.6 M instructions of a start, the standard library's generic check).
        // A UTF-8 byte order mark is allowed, as JSONSerialization allows it.
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { reader.offset = 3 }
        let value: JSONValue
        do throws(SyntaxError) { value = try reader.value(depth: 0) } catch { return .failure(error) }
        reader.skipWhitespace()
        guard reader.offset == buffer.count else { return .failure(reader.failure()) }
        return .success(value)
    }

    private static func parse(buffer: [UInt8]) -> Result<JSONValue, SyntaxError> {
        buffer.withUnsafeBufferPointer { parse(buffer: $0) }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        func failure() -> SyntaxError {
            var line = 1
            for byte in bytes[..<min(offset, bytes.count)] where byte == UInt8(ascii: "\n") { line += 1 }
            return SyntaxError(line: line)
        }

        var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

        mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { offset += 1 }
        }

        mutating func expect(_ literal: String) throws(SyntaxError) {
            for byte in literal.utf8 {
                guard current == byte else { throw failure() }
                offset += 1
            }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
            skipWhitespace()
            guard let byte = current, depth < JSONParser.maximumDepth else { throw failure() }
            switch byte {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try expect("true"); return .bool(true)
            case UInt8(ascii: "f"): try expect("false"); return .bool(false)
            case UInt8(ascii: "n"): try expect("null"); return .null
            default: return .number(try number())
            }
        }

        mutating func object(depth: Int) throws(SyntaxError) -> JSONValue {
            offset += 1
            var members: [(key: String, value: JSONValue)] = []
            skipWhitespace()
            if current == UInt8(ascii: "}") { offset += 1; return .object(members) }
            while true {
                skipWhitespace()
                if current == UInt8(ascii: "}"), !members.isEmpty { offset += 1; return .object(members) }
                guard current == UInt8(ascii: "\"") else { throw failure() }
                let key = try string()
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { throw failure() }
                offset += 1
                members.append((key, try value(depth: depth + 1)))
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): offset += 1
                case UInt8(ascii: "}"): offset += 1; return .object(members)
                default: throw failure()
                }
            }
        }

        mutating func array(depth: Int) throws(SyntaxError) -> JSONValue {
            offset += 1
            var elements: [JSONValue] = []
            skipWhitespace()
            if current == UInt8(ascii: "]") { offset += 1; return .array(elements) }
            while true {
                skipWhitespace()
                if current == UInt8(ascii: "]"), !elements.isEmpty { offset += 1; return .array(elements) }
                elements.append(try value(depth: depth + 1))
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): offset += 1
                case UInt8(ascii: "]"): offset += 1; return .array(elements)
                default: throw failure()
                }
            }
        }

        /// A string from its opening quote; not UTF-8 is a syntax error at the string.
        mutating func string() throws(SyntaxError) -> String {
            offset += 1
            let start = offset
            // The common case: no escapes, so the bytes are the string.
            var highBits: UInt8 = 0
            while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                guard byte >= 0x20 else { throw failure() }
                highBits |= byte
                offset += 1
            }
            guard let stop = current else { throw failure() }
            if stop == UInt8(ascii: "\"") {
                offset += 1
                let text = UnsafeBufferPointer(rebasing: bytes[start..<offset - 1])
                // ASCII is always UTF-8; other bytes are checked as the string is made.
                if highBits < 0x80 { return String(decoding: text, as: UTF8.self) }
                guard let string = Self.exactString(text) else { offset = start; throw failure() }
                return string
            }
            var scalars = Array(bytes[start..<offset])
            while true {
                guard let byte = current else { throw failure() }
                offset += 1
                if byte == UInt8(ascii: "\"") { break }
                guard byte >= 0x20 else { offset -= 1; throw failure() }
                if byte != UInt8(ascii: "\\") { scalars.append(byte); continue }
                guard let escaped = current else { throw failure() }
                offset += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escaped)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"): scalars.append(contentsOf: try unicodeEscape())
                default: offset -= 1; throw failure()
                }
            }
            guard let string = scalars.withUnsafeBufferPointer(Self.exactString) else { offset = start; throw failure() }
            return string
        }

        /// The string of `bytes` if they are UTF-8, nil otherwise. Making a String checks the bytes and
        /// replaces what is not UTF-8 (with U+FFFD), so the bytes are UTF-8 exactly when nothing was replaced,
        /// that is when the string's bytes are the same: one check, done by the standard library's fast path.
        static func exactString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            var string = String(decoding: bytes, as: UTF8.self)
            let same = string.withUTF8 { made in sameBytes(made, bytes) }
            return same ? string : nil
        }

        /// Eight bytes at a step: `elementsEqual` went through iterators, 16 instructions a byte.
        static func sameBytes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
            guard first.count == second.count else { return false }
            let a = UnsafeRawBufferPointer(first), b = UnsafeRawBufferPointer(second)
            var offset = 0
            while offset + 8 <= a.count {
                guard a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                else { return false }
                offset += 8
            }
            while offset < a.count {
                guard a[offset] == b[offset] else { return false }
                offset += 1
            }
            return true
        }

        /// `\uXXXX`, with a surrogate pair as two escapes; the scalar as UTF-8.
        mutating func unicodeEscape() throws(SyntaxError) -> [UInt8] {
            var code = try hex4()
            if (0xD800..<0xDC00).contains(code) {
                try expect("\\u")
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw failure() }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { throw failure() }
            return Array(String(Character(scalar)).utf8)
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            var code: UInt32 = 0
            for _ in 0..<4 {
                guard let byte = current, let digit = Self.hexDigit(byte) else { throw failure() }
                code = code << 4 + digit
                offset += 1
            }
            return code
        }

        static func hexDigit(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }

        /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, kept as written.
        mutating func number() throws(SyntaxError) -> String {
            let start = offset
            func isDigit(_ byte: UInt8?) -> Bool { byte.map { (0x30...0x39).contains($0) } ?? false }
            if current == UInt8(ascii: "-") { offset += 1 }
            guard isDigit(current) else { throw failure() }
            if current == UInt8(ascii: "0") { offset += 1 } else { while isDigit(current) { offset += 1 } }
            if current == UInt8(ascii: ".") {
                offset += 1
                guard isDigit(current) else { throw failure() }
                while isDigit(current) { offset += 1 }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                offset += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
                guard isDigit(current) else { throw failure() }
                while isDigit(current) { offset += 1 }
            }
            return String(decoding: bytes[start..<offset], as: UTF8.self)
        }
    }
}
