/// What a cell means; the terminal shell turns roles into colours and attributes,
/// and every role stays readable in monochrome (design.md §5: colour is never the only carrier).
public enum CellRole: UInt8, Sendable, Equatable {
    case plain, title, header, hint, hintKey, selected, checked, warning, error, info, dim, banner, field
}

/// A place on the grid, from the top-left corner (0, 0).
public struct CellPosition: Equatable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// One terminal cell. A wide character occupies its cell and the continuation cell after it.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var role: CellRole
    /// True for the right half of a wide character: nothing is drawn there.
    public var isContinuation: Bool

    public static let blank = Cell(character: " ", role: .plain, isContinuation: false)
}

/// A screen of cells. Writes clip at the edge and never split a wide character, so what the
/// headless player snapshots is exactly what ncurses is asked to draw.
///
/// Stored flat (issue 19): a cell is one UInt32 (its character's only scalar, or the index of a
/// longer cluster in `clusters`) and one byte (role, wide, continuation), so a frame is two
/// arrays to fill and copy rather than 1,920 structs each holding a `Character`.
public struct CellGrid: Sendable {
    public let width: Int
    public let height: Int
    /// Per cell: the character's scalar, or `clusterFlag | index into clusters`.
    private var scalars: [UInt32]
    /// Per cell: the role's raw value and the `wide` and `continuation` bits.
    private var attributes: [UInt8]
    /// Characters of more than one scalar (an accent on its letter, an emoji sequence).
    private var clusters: [Character] = []
    /// Where the terminal's own cursor goes after the frame (issue 18): the highlighted row or the
    /// caret in a field, so screen readers and magnifiers follow the focus. Not a cell: snapshots
    /// and the diff do not see it.
    public var cursor: CellPosition?

    private static let clusterFlag: UInt32 = 0x8000_0000 // above every Unicode scalar
    private static let roleMask: UInt8 = 0x1F
    private static let wideBit: UInt8 = 0x40
    private static let continuationBit: UInt8 = 0x80
    private static let space: UInt32 = 0x20

    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        scalars = Array(repeating: Self.space, count: self.width * self.height)
        attributes = Array(repeating: CellRole.plain.rawValue, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        let index = row * width + column
        let attribute = attributes[index]
        return Cell(character: character(at: index), role: CellRole(rawValue: attribute & Self.roleMask) ?? .plain,
                    isContinuation: attribute & Self.continuationBit != 0)
    }

    private func character(at index: Int) -> Character {
        let value = scalars[index]
        if value & Self.clusterFlag != 0 { return clusters[Int(value & ~Self.clusterFlag)] }
        return Unicode.Scalar(value).map(Character.init) ?? " "
    }

    /// Writes text from (row, column) up to `limit` (exclusive column, default the right edge).
    /// Returns the column after the last character written.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, role: CellRole = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < height else { return column }
        let end = min(limit ?? width, width)
        let x = max(column, 0)
        // Most texts are scalars that are each a character of their own: no grapheme breaking needed.
        if let written = write(scalars: text.unicodeScalars, row: row, from: x, end: end, role: role) { return written }
        return write(characters: text, row: row, from: x, end: end, role: role)
    }

    /// Writes scalar by scalar while every scalar stands alone (`SimpleScalar`); nil at the first one
    /// that may join its neighbours (issue 19: checking the whole text first was a sixth of the
    /// layout). The caller then writes the whole text again by characters. A scalar is written only
    /// once the next one is known to stand alone too, so every cell written so far holds a whole
    /// character, the same one in the same place as the characters give, and is written over with
    /// what it already holds; the scalar the joining one follows was never written.
    private mutating func write(scalars text: String.UnicodeScalarView, row: Int, from start: Int, end: Int, role: CellRole) -> Int? {
        var x = start
        let width = width
        // Straight into the two arrays: one uniqueness check per text, not per cell.
        return scalars.withUnsafeMutableBufferPointer { scalars in
            attributes.withUnsafeMutableBufferPointer { attributes in
                var pending: Unicode.Scalar?
                /// Writes `pending`; false when it does not fit (the text is clipped there).
                func writePending() -> Bool {
                    guard let scalar = pending else { return true }
                    let w = DisplayWidth.of(scalar)
                    if w == 0 { return true } // controls never reach the terminal
                    if x + w > end { return false }
                    Self.put(scalar.value, width: w, at: row * width + x, column: x, role: role, gridWidth: width, scalars, attributes)
                    x += w
                    return true
                }
                for scalar in text {
                    guard SimpleScalar.standsAlone(scalar) else { return nil }
                    guard writePending() else { return x }
                    pending = scalar
                }
                _ = writePending()
                return x
            }
        }
    }

    private mutating func write(characters text: String, row: Int, from start: Int, end: Int, role: CellRole) -> Int {
        var x = start
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue } // controls and lone combining marks never reach the terminal
            if x + w > end { break }
            let scalars = character.unicodeScalars
            let value: UInt32
            if scalars.count == 1, let only = scalars.first {
                value = only.value
            } else {
                value = Self.clusterFlag | UInt32(clusters.count)
                clusters.append(character)
            }
            put(value, width: w, row: row, column: x, role: role)
            x += w
        }
        return x
    }

    /// One character of width `w` (1 or 2) at (row, x), which the caller checked fits.
    private mutating func put(_ value: UInt32, width w: Int, row: Int, column x: Int, role: CellRole) {
        let width = width
        scalars.withUnsafeMutableBufferPointer { scalars in
            attributes.withUnsafeMutableBufferPointer { attributes in
                Self.put(value, width: w, at: row * width + x, column: x, role: role, gridWidth: width, scalars, attributes)
            }
        }
    }

    private static func put(_ value: UInt32, width w: Int, at index: Int, column x: Int, role: CellRole, gridWidth: Int,
                            _ scalars: UnsafeMutableBufferPointer<UInt32>, _ attributes: UnsafeMutableBufferPointer<UInt8>) {
        clearHalf(index: index, column: x, gridWidth: gridWidth, scalars, attributes)
        if w == 2 { clearHalf(index: index + 1, column: x + 1, gridWidth: gridWidth, scalars, attributes) }
        scalars[index] = value
        attributes[index] = role.rawValue | (w == 2 ? wideBit : 0)
        if w == 2 {
            scalars[index + 1] = space
            attributes[index + 1] = role.rawValue | continuationBit
        }
    }

    /// Fills a run of cells with spaces in a role (bars, highlighted rows), or with one narrow
    /// character (rules: as writing it `to - from` times, without building the text).
    public mutating func fill(row: Int, from: Int = 0, to: Int? = nil, role: CellRole, with character: Unicode.Scalar = " ") {
        guard row >= 0, row < height else { return }
        let width = width
        let end = min(to ?? width, width)
        var x = max(from, 0)
        scalars.withUnsafeMutableBufferPointer { scalars in
            attributes.withUnsafeMutableBufferPointer { attributes in
                while x < end {
                    let index = row * width + x
                    Self.clearHalf(index: index, column: x, gridWidth: width, scalars, attributes)
                    scalars[index] = character.value
                    attributes[index] = role.rawValue
                    x += 1
                }
            }
        }
    }

    /// Overwriting one half of a wide character blanks the other half, so no half is left over.
    private static func clearHalf(index: Int, column: Int, gridWidth: Int,
                                  _ scalars: UnsafeMutableBufferPointer<UInt32>, _ attributes: UnsafeMutableBufferPointer<UInt8>) {
        let attribute = attributes[index]
        if attribute & continuationBit != 0, column > 0 {
            scalars[index - 1] = space
            attributes[index - 1] &= roleMask
        } else if attribute & wideBit != 0, column + 1 < gridWidth {
            scalars[index + 1] = space
            attributes[index + 1] = attribute & roleMask
        }
    }

    /// The screen as text, one line per row, trailing spaces removed (what `tmux capture-pane` gives).
    public var lines: [String] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(width * 3)
        return (0..<height).map { row in
            bytes.removeAll(keepingCapacity: true)
            appendRow(row, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// `lines` joined with newlines, built in one buffer: the headless player writes one after every
    /// key (issue 19: building a String a Character at a time was a fifth of a headless frame).
    public var text: String {
        var bytes: [UInt8] = []
        appendText(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text`'s UTF-8 added to `bytes`, for a caller that keeps one buffer for every frame.
    public func appendText(to bytes: inout [UInt8]) {
        bytes.reserveCapacity(bytes.count + (width * 3 + 1) * height)
        for row in 0..<height {
            if row > 0 { bytes.append(0x0A) }
            appendRow(row, to: &bytes)
        }
    }

    /// One row's UTF-8 without continuation cells and without its trailing spaces. The blank end of
    /// the row (most of most rows) is found first and never encoded. Without clusters the row is
    /// encoded into a buffer on the stack and added in one copy (issue 19: appending byte by byte,
    /// each append checking the array's capacity and uniqueness, was an eighth of a headless key).
    func appendRow(_ row: Int, to bytes: inout [UInt8]) {
        scalars.withUnsafeBufferPointer { scalars in
            attributes.withUnsafeBufferPointer { attributes in
                let start = row * width
                var end = start + width
                // A continuation cell writes nothing, so it neither ends nor starts the blank end.
                while end > start, scalars[end - 1] == Self.space || attributes[end - 1] & Self.continuationBit != 0 { end -= 1 }
                guard end > start else { return }
                guard clusters.isEmpty else {
                    for index in start..<end where attributes[index] & Self.continuationBit == 0 {
                        let value = scalars[index]
                        if value & Self.clusterFlag != 0 {
                            bytes.append(contentsOf: clusters[Int(value & ~Self.clusterFlag)].utf8)
                        } else if let scalar = Unicode.Scalar(value) {
                            UTF8.encode(scalar) { bytes.append($0) }
                        }
                    }
                    return
                }
                // At most four bytes a scalar.
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: (end - start) * 4) { buffer in
                    var used = 0
                    for index in start..<end where attributes[index] & Self.continuationBit == 0 {
                        used += Self.encode(scalars[index], into: buffer, at: used)
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<used]))
                }
            }
        }
    }

    /// The scalar `value`'s UTF-8 at `offset`; how many bytes (none for a value that is no scalar).
    @inline(__always)
    private static func encode(_ value: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        switch value {
        case 0..<0x80:
            buffer[offset] = UInt8(truncatingIfNeeded: value)
            return 1
        case 0x80..<0x800:
            buffer[offset] = 0xC0 | UInt8(truncatingIfNeeded: value >> 6)
            buffer[offset + 1] = 0x80 | UInt8(truncatingIfNeeded: value & 0x3F)
            return 2
        case 0xD800...0xDFFF:
            return 0
        case 0x800..<0x10000:
            buffer[offset] = 0xE0 | UInt8(truncatingIfNeeded: value >> 12)
            buffer[offset + 1] = 0x80 | UInt8(truncatingIfNeeded: (value >> 6) & 0x3F)
            buffer[offset + 2] = 0x80 | UInt8(truncatingIfNeeded: value & 0x3F)
            return 3
        case 0x10000...0x10FFFF:
            buffer[offset] = 0xF0 | UInt8(truncatingIfNeeded: value >> 18)
            buffer[offset + 1] = 0x80 | UInt8(truncatingIfNeeded: (value >> 12) & 0x3F)
            buffer[offset + 2] = 0x80 | UInt8(truncatingIfNeeded: (value >> 6) & 0x3F)
            buffer[offset + 3] = 0x80 | UInt8(truncatingIfNeeded: value & 0x3F)
            return 4
        default:
            return 0
        }
    }

    /// True when the cell differs from `other`'s cell at the same index (same-sized grids).
    func differs(at index: Int, from other: CellGrid) -> Bool {
        if attributes[index] != other.attributes[index] { return true }
        let mine = scalars[index], theirs = other.scalars[index]
        if mine & Self.clusterFlag == 0 && theirs & Self.clusterFlag == 0 { return mine != theirs }
        return character(at: index) != other.character(at: index)
    }

    /// Makes `row` the same as `other`'s row (a grid of the same size); the cursor is left alone.
    mutating func copyRow(_ row: Int, from other: CellGrid) {
        let start = row * width, end = start + width
        scalars.replaceSubrange(start..<end, with: other.scalars[start..<end])
        attributes.replaceSubrange(start..<end, with: other.attributes[start..<end])
        guard !other.clusters.isEmpty else { return }
        // A character of several scalars gets its own place in this grid's side table.
        for index in start..<end where scalars[index] & Self.clusterFlag != 0 {
            scalars[index] = Self.clusterFlag | UInt32(clusters.count)
            clusters.append(other.clusters[Int(other.scalars[index] & ~Self.clusterFlag)])
        }
    }

    /// True when some character of the grid has several scalars (kept in the side table).
    var hasClusters: Bool { !clusters.isEmpty }

    /// Makes `row` blank, as in a new grid (a whole row: no wide character is cut).
    mutating func blankRow(_ row: Int) {
        guard row >= 0, row < height else { return }
        let cells = row * width..<(row + 1) * width
        scalars.withUnsafeMutableBufferPointer { scalars in
            for index in cells { scalars[index] = Self.space }
        }
        attributes.withUnsafeMutableBufferPointer { attributes in
            for index in cells { attributes[index] = CellRole.plain.rawValue }
        }
    }

    func isContinuation(at index: Int) -> Bool { attributes[index] & Self.continuationBit != 0 }

    /// True when `row` has the same text as `other`'s row (a grid of the same size): the same scalars,
    /// compared as bytes. Roles do not count; continuation cells follow from the scalars (a wide
    /// character always has one after it). A grid with characters of several scalars says false.
    func sameText(row: Int, as other: CellGrid) -> Bool {
        guard clusters.isEmpty, other.clusters.isEmpty else { return false }
        return scalars.withUnsafeBytes { mine in
            other.scalars.withUnsafeBytes { theirs in Self.sameBytes(mine, theirs, row &* width..<(row &+ 1) &* width, size: 4) }
        }
    }

    /// The bytes of `cells` (elements of `size` bytes) in two buffers, sixty-four at a time and
    /// without an early exit: rows are short and most are equal (a row's scalars are 320 bytes).
    private static func sameBytes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer, _ cells: Range<Int>, size: Int) -> Bool {
        let start = cells.lowerBound &* size, end = cells.upperBound &* size
        guard end <= a.count, end <= b.count, let first = a.baseAddress, let second = b.baseAddress else { return start == end }
        // Four lanes side by side: the loads do not wait on each other.
        var a0 = SIMD16<UInt8>(), a1 = SIMD16<UInt8>(), a2 = SIMD16<UInt8>(), a3 = SIMD16<UInt8>()
        var offset = start
        while offset &+ 64 <= end {
            a0 |= first.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
                ^ second.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
            a1 |= first.loadUnaligned(fromByteOffset: offset &+ 16, as: SIMD16<UInt8>.self)
                ^ second.loadUnaligned(fromByteOffset: offset &+ 16, as: SIMD16<UInt8>.self)
            a2 |= first.loadUnaligned(fromByteOffset: offset &+ 32, as: SIMD16<UInt8>.self)
                ^ second.loadUnaligned(fromByteOffset: offset &+ 32, as: SIMD16<UInt8>.self)
            a3 |= first.loadUnaligned(fromByteOffset: offset &+ 48, as: SIMD16<UInt8>.self)
                ^ second.loadUnaligned(fromByteOffset: offset &+ 48, as: SIMD16<UInt8>.self)
            offset &+= 64
        }
        var difference = a0 | a1 | a2 | a3
        while offset &+ 16 <= end {
            difference |= first.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
                ^ second.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
            offset &+= 16
        }
        var rest: UInt8 = 0
        while offset < end {
            rest |= first.load(fromByteOffset: offset, as: UInt8.self) ^ second.load(fromByteOffset: offset, as: UInt8.self)
            offset &+= 1
        }
        return difference == SIMD16() && rest == 0
    }
}

extension CellGrid: Equatable {
    /// The same cells and cursor; how clusters happen to be stored does not count.
    public static func == (a: CellGrid, b: CellGrid) -> Bool {
        guard a.width == b.width, a.height == b.height, a.cursor == b.cursor, a.attributes == b.attributes else { return false }
        if a.clusters.isEmpty && b.clusters.isEmpty { return a.scalars == b.scalars }
        return !(0..<a.scalars.count).contains { a.differs(at: $0, from: b) }
    }
}

/// Scalars that are always a whole character (grapheme cluster) on their own, whatever comes before
/// or after them: the text of almost every screen (ASCII, Latin letters, kana, kanji, Japanese
/// punctuation, full-width forms). A text made only of these is written a scalar at a time.
/// Anything else — combining marks, joiners, variation selectors, emoji, Hangul jamo, CR, the
/// half-width sound marks — goes through Swift's grapheme breaking.
enum SimpleScalar {
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF: return true // not U+00AD (a format character)
        case 0x3000...0x3029, 0x3031...0x303C: return true // CJK punctuation, not the tone marks nor 〰 〽
        case 0x3041...0x3096, 0x309B...0x30FF: return true // kana, not the combining sound marks
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true // kanji
        case 0xFF01...0xFF9D: return true // full-width forms and half-width katakana, not ﾞ ﾟ
        default: return false
        }
    }
}
