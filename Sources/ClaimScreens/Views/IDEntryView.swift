import ClaimFlow

/// The lookalike-safe ID entry (I2, I3): each character in its own numbered cell, lookalikes
/// and bad characters marked, the count against the expected length, and the readings to say
/// aloud. A masked password shows only the class of each character.
enum IDEntryView {
    static let perRow = 24

    /// - Parameter recorded: nil when the step compares with nothing; `.some(nil)` when it would
    ///   compare with an earlier record but none was made (then the shape check stands alone).
    static func blocks(_ text: String, kind: IdentifierAnalysis.Kind, masked: Bool, recorded: String?? = nil) -> [Block] {
        let record = masked ? nil : recorded ?? nil
        let analysis = IdentifierAnalysis(text, kind: kind, recorded: record)
        var blocks: [Block] = []
        let characters = analysis.characters
        for start in stride(from: 0, to: max(characters.count, 1), by: perRow) {
            let row = characters.dropFirst(start).prefix(perRow)
            var positions: [Span] = [Span("位置", .dim)]
            var letters: [Span] = [Span("文字", .dim)]
            for info in row {
                positions.append(Span(pad(String(info.position), 3), .dim))
                let shown = masked ? "*" : String(info.character)
                let role: CellRole = info.flagged ? .error : (info.lookalike && !masked) ? .warning : .field
                letters.append(Span(pad(shown, 3), role))
            }
            blocks.append(.spans(positions))
            blocks.append(.spans(letters))
        }
        let count = characters.count
        let lengthNote = count == kind.expectedLength ? "（書面どおりの文字数か数えてください）" : "（通常 \(kind.expectedLength) 文字）"
        blocks.append(.paragraph("\(count) / \(kind.expectedLength) 文字" + lengthNote, count == kind.expectedLength ? .plain : .warning))
        if masked {
            let classes = characters.map { "\($0.position):" + CharacterReading.characterClass(of: $0.character) }
            if !classes.isEmpty { blocks.append(.paragraph("種類: " + classes.joined(separator: " "), .dim)) }
        } else if record != nil {
            // T4: only the positions that differ from the setup record.
            if text.isEmpty {
                blocks.append(.paragraph("セットアップで記録したネットワークID と1文字ずつ比べます。", .dim))
            } else if analysis.differences.isEmpty {
                blocks.append(.paragraph("セットアップで記録したネットワークID と同じです。書面の原本とも見比べてください。", .info))
            } else {
                blocks.append(.paragraph("セットアップで記録したものと違う所:", .warning))
                for line in analysis.differences.prefix(4) { blocks.append(.paragraph(line, .warning)) }
                if analysis.differences.count > 4 { blocks.append(.paragraph("ほかに \(analysis.differences.count - 4) か所違います。", .warning)) }
            }
        } else {
            if case .some(.none) = recorded {
                blocks.append(.paragraph("セットアップで記録したネットワークID がないため、形だけを確かめます。", .dim))
            }
            let similar = lookalikeSummary(characters)
            if !similar.isEmpty { blocks.append(.paragraph("似た文字: " + similar, .warning)) }
        }
        for problem in analysis.problems.prefix(3) {
            blocks.append(.paragraph(problem.message, problem.severity == .error ? .error : .warning))
        }
        return blocks
    }

    /// `l=小文字エル(12)  O=大文字オー(17)  2=数字ニ(2,13)`, in order of first appearance.
    static func lookalikeSummary(_ characters: [IdentifierAnalysis.CharacterInfo]) -> String {
        var order: [Character] = []
        var positions: [Character: [Int]] = [:]
        var readings: [Character: String] = [:]
        for info in characters where info.lookalike {
            if positions[info.character] == nil { order.append(info.character) }
            positions[info.character, default: []].append(info.position)
            readings[info.character] = info.reading
        }
        return order.map { c in
            "\(c)=\(readings[c] ?? "")(\(positions[c]!.map(String.init).joined(separator: ",")))"
        }.joined(separator: "  ")
    }

    /// The 読み上げ list: position, character (or its class when masked) and its reading, in two columns.
    static func readback(_ text: String, masked: Bool) -> [Block] {
        let analysis = IdentifierAnalysis(text, kind: .networkID)
        let entries = analysis.characters.map { info -> [Span] in
            let shown = masked ? "*" : String(info.character)
            let reading = masked ? CharacterReading.characterClass(of: info.character) : info.reading
            let role: CellRole = info.lookalike && !masked ? .warning : .plain
            return [Span(pad(String(info.position), 3) + "  "), Span(pad(shown, 2), .field), Span("  " + padRight(reading, 26), role)]
        }
        let half = (entries.count + 1) / 2
        var blocks: [Block] = [.paragraph("1人が画面を読み上げ、もう1人が書面の原本と1文字ずつ見比べてください。", .info)]
        for index in 0..<half {
            var line = entries[index]
            if index + half < entries.count { line += entries[index + half] }
            blocks.append(.spans(line))
        }
        return blocks
    }

    static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(width - DisplayWidth.of(text), 0)) + text
    }

    static func padRight(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(width - DisplayWidth.of(text), 0))
    }
}
