import ClaimFlow
import Testing

/// I2–I3: the lookalike-safe reading of network IDs and passwords.
@Suite struct IdentifierTests {
    @Test func everyLookalikeInIl1O0QIsFlaggedWithItsReading() {
        // A password has no expected shape per position, so every lookalike stays marked.
        let analysis = IdentifierAnalysis("Il1O0Q", kind: .password)
        #expect(analysis.characters.map(\.lookalike) == Array(repeating: true, count: 6))
        #expect(analysis.characters.map(\.reading) == ["大文字アイ", "小文字エル", "数字イチ", "大文字オー", "数字ゼロ", "大文字キュー"])
    }

    @Test func fullWidthIsReportedPerPositionAndNormalized() {
        let analysis = IdentifierAnalysis("１２３４５６７８＠ｔｋ１２３４５６", kind: .networkID)
        #expect(analysis.normalized == "12345678@tk123456")
        #expect(!analysis.valid)
        #expect(analysis.problems.filter { $0.kind == "full-width" }.map(\.position) == (1...17).map { $0 })
        #expect(analysis.characters[8].reading == "全角のアットマーク")
    }

    @Test func theSampleShapesPass() {
        #expect(IdentifierAnalysis("12345678@tk123456", kind: .networkID).problems.isEmpty)
        #expect(IdentifierAnalysis("A1b2C3d4", kind: .password).problems.isEmpty)
    }

    @Test func formatIsAWarningNotABlock() {
        let short = IdentifierAnalysis("1234@tk12", kind: .networkID)
        #expect(short.valid)
        #expect(short.problems.contains { $0.kind == "format" && $0.severity == .warning })
        #expect(short.problems.contains { $0.kind == "length" })
    }

    @Test func capsLockIsHintedWhenEveryLetterIsUpperCase() {
        #expect(IdentifierAnalysis("A1B2C3D4", kind: .password).problems.contains { $0.kind == "caps-lock" })
        #expect(!IdentifierAnalysis("A1b2C3d4", kind: .password).problems.contains { $0.kind == "caps-lock" })
    }

    @Test func spacesAndControlsAreErrors() {
        let analysis = IdentifierAnalysis("1234 678@tk12345\u{7}", kind: .networkID)
        #expect(analysis.problems.contains { $0.kind == "space" && $0.position == 5 })
        #expect(analysis.problems.contains { $0.kind == "control" && $0.position == 17 })
    }

    @Test func theDeskExampleFlagsLAndO() {
        let analysis = IdentifierAnalysis("12345678@tkl2345O", kind: .networkID)
        let l = analysis.characters[11], o = analysis.characters[16]
        #expect(l.lookalike && l.reading == "小文字エル" && l.position == 12)
        #expect(o.lookalike && o.reading == "大文字オー" && o.position == 17)
    }
}

/// T4, I2, I3 (issue 13): marks that help rather than flood, the shape check, and the
/// comparison with the network ID recorded at setup.
@Suite struct NetworkIDComparisonTests {
    @Test func theSampleMarksNothing() {
        let analysis = IdentifierAnalysis("12345678@tk123456", kind: .networkID)
        #expect(analysis.characters.filter(\.lookalike).isEmpty)
        #expect(analysis.problems.isEmpty)
    }

    @Test func aLetterAmongDigitsIsMarkedAndWarned() {
        let analysis = IdentifierAnalysis("I2345678@tk123456", kind: .networkID)
        #expect(analysis.characters.filter(\.lookalike).map(\.position) == [1])
        let warning = analysis.problems.first { $0.kind == "letter-in-digits" }
        #expect(warning?.severity == .warning)
        #expect(warning?.message.contains("1文字目 I（大文字アイ）") == true)
        #expect(analysis.valid) // warns, never blocks
    }

    @Test func aDigitWhereLettersAreExpectedIsMarked() {
        let analysis = IdentifierAnalysis("12345678@t1123456", kind: .networkID)
        #expect(analysis.characters.filter(\.lookalike).map(\.position) == [11])
        #expect(analysis.problems.contains { $0.kind == "digit-in-letters" && $0.severity == .warning })
    }

    @Test func onlyTheDifferingPositionIsPointedOut() {
        let analysis = IdentifierAnalysis("I2345678@tk123456", kind: .networkID, recorded: "12345678@tk123456")
        #expect(analysis.differences == ["1文字目: 入力は I（大文字アイ）、セットアップで記録したのは 1（数字イチ）"])
        #expect(analysis.characters.filter(\.lookalike).map(\.position) == [1])
    }

    @Test func aDigitThatDiffersFromTheRecordIsMarked() {
        let comparison = IdentifierComparison(typed: "12345678@tk123450", recorded: "12345678@tk123456")
        #expect(comparison.positions == [17])
        #expect(comparison.lines == ["17文字目: 入力は 0（数字ゼロ）、セットアップで記録したのは 6（数字ロク）"])
        let two = IdentifierComparison(typed: "l2345678@tkl23456", recorded: "12345678@tk123456")
        #expect(two.positions == [1, 12])
    }

    @Test func theSameIDHasNoDifferences() {
        let comparison = IdentifierComparison(typed: "12345678@tk123456", recorded: "12345678@tk123456")
        #expect(comparison.positions.isEmpty && comparison.lines.isEmpty)
    }

    @Test func aMissingCharacterPointsAtTheFirstDifferenceOnly() {
        let comparison = IdentifierComparison(typed: "1234678@tk123456", recorded: "12345678@tk123456")
        #expect(comparison.positions == [5])
        #expect(comparison.lines.first == "文字数が違います（入力 16 文字、セットアップの記録 17 文字）。")
        #expect(comparison.lines.count == 2)
    }

    @Test func fullWidthDiffersFromTheRecord() {
        let comparison = IdentifierComparison(typed: "１2345678@tk123456", recorded: "12345678@tk123456")
        #expect(comparison.lines == ["1文字目: 入力は １（全角の数字イチ）、セットアップで記録したのは 1（数字イチ）"])
    }
}

/// S2: the timeline from the designation date.
@Suite struct SetupTimelineTests {
    @Test func designationOnTheFirstOfApril2027() {
        let milestones = SetupTimeline.milestones(designation: CivilDate(parsing: "2027-04-01")!)
        func date(_ kind: Milestone.Kind) -> String? { milestones.first { $0.kind == kind }?.date.description }
        #expect(date(.applicationsOpen) == "2027-03-15")
        #expect(date(.paperDeadline) == "2027-03-20")
        #expect(date(.firstTest) == "2027-04-05")
        let window = milestones.first { $0.kind == .firstSubmission }
        #expect(window?.date.description == "2027-05-05" && window?.until?.description == "2027-05-10")
    }

    @Test func theFirstTestAvoidsTheYearEndClosure() {
        let milestones = SetupTimeline.milestones(designation: CivilDate(parsing: "2026-12-29")!)
        #expect(milestones.first { $0.kind == .firstTest }?.date.description == "2027-01-05")
    }

    @Test func linesMarkTheNextMilestoneAndPastDeadlines() {
        let entries = SetupTimeline.entries(designation: CivilDate(parsing: "2027-04-01")!, today: CivilDate(parsing: "2027-03-25")!)
        #expect(entries.filter(\.isOverdue).map(\.milestone.kind) == [.paperDeadline])
        #expect(entries.filter(\.isNext).map(\.milestone.date.description) == ["2027-04-01"])
        let lines = SetupTimeline.lines(designation: CivilDate(parsing: "2027-04-01")!, today: CivilDate(parsing: "2027-03-25")!)
        #expect(lines.contains { $0.hasPrefix("  2027-03-20") && $0.hasSuffix("[過ぎました]") })
        #expect(lines.contains { $0.hasPrefix("> 2027-04-01") })
    }
}
