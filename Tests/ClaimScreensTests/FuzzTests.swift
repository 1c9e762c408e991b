import ClaimFlow
import ClaimStore
@testable import ClaimScreens
import ClaimRuntime
import Foundation
import Testing

/// Issue 7: random keys through the headless path never crash the program or break its
/// invariants. `SEIKYU_LONG_TESTS=1` runs 1,000,000 events; the default run a smaller count.
/// Issue 16: the keys include typed dates (impossible, out of range, full-width, 令和) and raw
/// escape sequences in both key forms, truncated ones too, as the terminal would deliver them.
@Suite struct FuzzTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    static var eventCount: Int {
        ProcessInfo.processInfo.environment["SEIKYU_LONG_TESTS"] == "1" ? 1_000_000 : 30_000
    }

    static let named: [Key] = [.enter, .tab, .backTab, .backspace, .delete, .escape, .up, .down, .left, .right, .home, .end,
                               .pageUp, .pageDown, .control("c"), .control("l"), .control("r"), .unknown(410)]
        + (1...12).filter { $0 != 10 }.map { Key.function($0) }
    static let strange: [Character] = ["\u{FFFD}", "\u{1B}", "\u{0}", "\u{7F}", "\u{202E}", "e\u{301}", "👍🏽", "👨‍👩‍👧", "ｱ", "漢",
                                       "Ｑ", "\u{3000}", "\u{200B}", "\t", "\n", "q", "1", "9", " ", "@"]

    /// Dates a clerk might type (issue 16, 1): valid, impossible, the far ends of the calendar
    /// ("not decided yet" as 9999-12-31), full-width digits and the Japanese era.
    static let typedDates = ["2027-04-01", "2027/4/1", "2026-02-29", "2027-13-01", "2027-04-31", "9999-12-31",
                             "0001-01-01", "0000-00-00", "1999-12-31", "2100-01-01", "2000-01-01", "2099-12-31",
                             "２０２７－０４－０１", "２０２７／４／１", "令和9年4月1日", "令和９年４月１日", "令和9/4/1", "R9.4.1",
                             "令和2026/12/15", "令和0年1月1日", "平成31年5月1日", "2027-4-1junk", "-1-01-01",
                             "99999999-1-1", "2027-04-01 10:15", "9999-12-31 23:59", "2026-12-07 25:61"]

    /// Raw bytes as a terminal sends them: every known sequence in both forms, the start of one
    /// cut off, and sequences no terminal table knows.
    static let rawSequences: [String] = EscapeSequences.all.map(\.bytes)
        + ["\u{1B}", "\u{1B}[", "\u{1B}O", "\u{1B}[1", "\u{1B}[2", "\u{1B}[[", "\u{1B}[1;", "\u{1B}[21", "\u{1B}[99~",
           "\u{1B}[1;5A", "\u{1B}[200~", "\u{1B}[201~", "\u{1B}\u{1B}[B", "\u{1B}Ox", "\u{1B}[<0;1;1M"]

    /// What curses hands over for raw bytes: a known sequence as its key; anything else as Esc
    /// followed by its characters (after ESCDELAY), as the real terminal does.
    static func keys(fromRaw bytes: String) -> [Key] {
        var keys: [Key] = []
        var rest = Substring(bytes)
        while let first = rest.first {
            if first == "\u{1B}", let known = EscapeSequences.all.filter({ rest.hasPrefix($0.bytes) })
                .max(by: { $0.bytes.count < $1.bytes.count }) {
                keys.append(known.key)
                rest = rest.dropFirst(known.bytes.count)
            } else {
                keys.append(first == "\u{1B}" ? .escape : .character(first))
                rest = rest.dropFirst()
            }
        }
        return keys
    }

    static func randomKey(_ g: inout Generator, width: inout Int, height: inout Int, dateStep: Bool = false) -> [Key] {
        // Pastes are rare (1 in 500) so most events are distinct keys.
        if Int.random(in: 0..<500, using: &g) == 0 {
            let length = Int.random(in: 100...10_000, using: &g)
            return (0..<length).map { _ in .character(strange.randomElement(using: &g)!) }
        }
        // A date step gets dates often: random keys alone would reach one rarely.
        switch dateStep && Int.random(in: 0..<4, using: &g) == 0 ? 0 : Int.random(in: 0..<100, using: &g) {
        case 0..<3:
            // A date typed into whatever field is open, mostly into an emptied one and sent with Enter.
            let cleared: [Key] = Bool.random(using: &g) ? [.end] + Array(repeating: .backspace, count: 60) : []
            let typed = cleared + typedDates.randomElement(using: &g)!.map { Key.character($0) }
            return Bool.random(using: &g) || Bool.random(using: &g) ? typed + [.enter] : typed
        case 3..<7: return keys(fromRaw: rawSequences.randomElement(using: &g)!)
        case 7..<35: return [named.randomElement(using: &g)!]
        case 35..<75: return [.character(strange.randomElement(using: &g)!)]
        case 75..<84:
            // Half the windows are large enough: below 80x24 keys do nothing (issue 15), and a
            // run spent mostly there would test the "too small" screen only.
            let large = Bool.random(using: &g)
            width = Int.random(in: large ? 80...120 : 1...120, using: &g)
            height = Int.random(in: large ? 24...40 : 1...40, using: &g)
            return [.resize(width: width, height: height)]
        case 84..<86: return [.function(12)]
        default: return [.character(Character(UnicodeScalar(UInt8.random(in: 0x30...0x7A, using: &g))))]
        }
    }

    @Test func randomKeysKeepEveryInvariant() throws {
        let assets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Assets").path
        let catalog = try AssetFolder.loadFlows(from: assets)
        var g = Generator(state: 0x5EC1_7A11)
        var events = 0
        var round = 0
        var movesSeen: Set<String> = []
        var datesSubmitted = 0
        let places = Self.startingPlaces(catalog)
        while events < Self.eventCount {
            round += 1
            var width = 80, height = 24
            let clock = LocalDateTime(date: CivilDate(year: 2026, month: 12, day: 1)!.adding(days: round % 45), hour: round % 24)
            let session = Session(catalog: catalog, store: nil, clock: { clock }, width: width, height: height, demo: round % 2 == 0,
                                  rules: try AssetFolder.loadRules(from: assets), desks: try AssetFolder.loadDesks(from: assets))
            // Each round starts on the next step of some flow, as a saved place would: random keys
            // alone rarely get past a flow's first step before a q or Ctrl+C ends the round.
            session.demoSeed = places[round % places.count]
            _ = session.handle(.function(12))
            session.demoSeed = round % 3 == 0 ? SavedProgress() : nil
            for _ in 0..<2_000 where events < Self.eventCount {
                let dateStep = Self.isDateStep(session.state, catalog)
                let keys = Self.randomKey(&g, width: &width, height: &height, dateStep: dateStep)
                events += keys.count
                let before = Self.place(session.state)
                if dateStep, keys.last == .enter, keys.count > 1 { datesSubmitted += 1 }
                let outcome = session.handle(keys)
                try checkInvariants(session, catalog)
                let after = Self.place(session.state)
                // F12 (back to the demo's start) moves without the keys acting: not counted.
                if after != before, !keys.contains(.function(12)) { movesSeen.insert(before + " -> " + after) }
                if outcome == .quit || outcome == .interrupted { break }
            }
        }
        // The invariants mean something only if the keys moved the clerk around the flows.
        #expect(movesSeen.count >= Self.movesToSee, "random keys made only \(movesSeen.count) moves: \(movesSeen.sorted())")
        // The dates must have reached date fields, or the run proves nothing about them.
        #expect(datesSubmitted >= Self.eventCount / 3_000, "only \(datesSubmitted) dates were entered in a date step")
    }

    /// True when the open step asks for a date (or a date and time).
    static func isDateStep(_ state: AppState, _ catalog: FlowCatalog) -> Bool {
        guard case .flow(let id) = state.progress.location, !state.showingHelp,
              let current = state.progress.flows[id]?.current,
              let validator = catalog.flow(id)?.step(current)?.field?.validator else { return false }
        return dateValidators.contains(validator)
    }

    static let dateValidators: Set<TextValidatorName?> = [.date, .optionalDate, .dateTime]

    /// Distinct moves from one screen to another (step to step, into help, to the menu) that the
    /// keys make: the default run makes 65; far fewer means the keys stopped acting (before the
    /// rounds started on saved places, the run saw 8 screens in all, none past a first step).
    static let movesToSee = 40

    /// The menu, then every step of every flow in order, each as a saved place.
    static func startingPlaces(_ catalog: FlowCatalog) -> [SavedProgress] {
        var places = [SavedProgress()]
        let start = LocalDateTime(year: 2026, month: 12, day: 1, hour: 9)!
        for flow in catalog.flows {
            for step in flow.steps {
                var run = FlowProgress(start: step.id, at: start)
                run.history = Array(flow.steps.prefix { $0.id != step.id }.map(\.id))
                var progress = SavedProgress()
                progress.flows[flow.id] = run
                progress.location = .flow(flow.id)
                places.append(progress)
            }
        }
        return places
    }

    static func place(_ state: AppState) -> String {
        let help = state.showingHelp ? "+help" : ""
        guard case .flow(let id) = state.progress.location else { return "\(state.progress.location)" + help }
        return id + "/" + (state.progress.flows[id]?.current ?? "?") + help
    }

    func checkInvariants(_ session: Session, _ catalog: FlowCatalog) throws {
        let state = session.state
        #expect((0..<MainMenu.items(catalog).count).contains(state.progress.menuCursor))
        for (id, progress) in state.progress.flows {
            let flow = try #require(catalog.flow(id))
            _ = try #require(flow.step(progress.current), "the current step exists")
            for (stepID, draft) in progress.drafts {
                let field = try #require(flow.step(stepID)?.field, "a draft belongs to a step with a field")
                #expect(draft.text.count <= field.maxLength)
                #expect(!field.secret, "a secret's draft is never in saved progress")
                #expect(!draft.text.unicodeScalars.contains { $0.properties.generalCategory == .control })
            }
            if case .text(let code)? = progress.answers["clinic-code"] { #expect(ClinicCode.check(code).usable) }
            if let answer = progress.answers["designation"] { #expect(answer.dateValue != nil) }
            // Issue 16, 1: a saved date is always one the calendar can compute (2000–2099).
            for (stepID, answer) in progress.answers where Self.dateValidators.contains(flow.step(stepID)?.field?.validator) {
                if let date = answer.dateValue { #expect((2000...2099).contains(date.year), "\(stepID): \(date)") }
            }
        }
        let grid = session.render()
        for row in 0..<grid.height {
            for column in 0..<grid.width {
                let cell = grid[row, column]
                if cell.isContinuation {
                    #expect(column > 0 && DisplayWidth.of(grid[row, column - 1].character) == 2, "a continuation follows a wide character")
                } else if DisplayWidth.of(cell.character) == 2 {
                    #expect(column + 1 < grid.width && grid[row, column + 1].isContinuation, "a wide character is never split")
                }
            }
        }
    }
}
