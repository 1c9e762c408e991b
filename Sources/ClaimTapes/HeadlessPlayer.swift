import ClaimFlow
import ClaimStore
import ClaimRuntime
import ClaimScreens
import FoundationEssentials

/// Plays tapes without a terminal, through the same Session (key → event → reduce → layout) as
/// the keyboard. Each tape starts the program on the data folder it is given.
public struct HeadlessPlayer: Sendable {
    public var catalog: FlowCatalog
    /// The clock until a tape says `Env SEIKYU_NOW …`.
    public var defaultNow: LocalDateTime
    /// Where `Snapshot` files (and each tape's final screen) are written; nil keeps them in memory.
    public var screensDirectory: String?
    public var demo: Bool
    public var rules: SubmissionRules
    public var desks: DeskDirectory
    /// `--golden DIR` (and `--update`): `Snapshot NAME` becomes a check against DIR/NAME.txt.
    public var golden: GoldenFolder?
    /// False when `defaultNow` is the real clock: a snapshot taken before `Env SEIKYU_NOW` then
    /// shows today's date and cannot be the same on another day.
    public var defaultNowIsFixed = true
    /// Live playback's speed (headless never waits).
    public var pace = LivePace()
    /// The empty database each throw-away folder starts from (made once for all the tapes).
    public let emptyDatabase = EmptyDatabaseTemplate()
    /// `play --demo`: a fresh data folder starts as the demo clinic (Assets/demo/progress.json).
    public var seed: SavedProgress?
    /// `play --plain` (issue 18): every check reads the lines `seikyu --plain` prints for the
    /// screen instead of the 80x24 grid; the keys and the session are the same.
    public var plain = false

    public init(catalog: FlowCatalog, defaultNow: LocalDateTime, screensDirectory: String? = nil, demo: Bool = false,
                rules: SubmissionRules = .standard, desks: DeskDirectory = DeskDirectory(desks: [])) {
        self.catalog = catalog
        self.rules = rules
        self.desks = desks
        self.defaultNow = defaultNow
        self.screensDirectory = screensDirectory
        self.demo = demo
    }

    /// `throwaway`: the data folder is removed after the tape, so its saves need not reach the disk.
    public func play(_ tape: Tape, dataDirectory: String, stage: TapeStage? = nil, throwaway: Bool = false) -> TapeResult {
        var result = TapeResult(file: tape.file, passed: 0, failures: [], snapshots: [], notes: tape.notes.map(\.description))
        if !tape.hasChecks && golden == nil {
            result.notes.append("warning \(tape.file): 確かめる行（Expect / ExpectNot / Wait）が1つもありません。このテープは何も証明しません。")
        }
        var now = defaultNow
        var clockFixed = defaultNowIsFixed
        var warnedClock = false
        var hidden = false
        var width = 80, height = 24
        var typingMilliseconds = pace.typingMilliseconds
        var stopped = false
        var output: FrameOutput?
        /// The rows of the last frame written to `output`, reused where the next frame has them too.
        let outputText = GridTextMemo()
        /// `--screens` failed once: said once, not for every snapshot after it.
        var screensFailed = false
        let tapeName = PathName.stem(tape.file)

        // A throw-away folder may already hold the empty database (`emptyDatabase`): it is still new.
        var firstStartIsFresh = throwaway || !FileManager.default.fileExists(atPath: dataDirectory)
        func start() -> Session? {
            do {
                let fresh = firstStartIsFresh
                firstStartIsFresh = false
                let store = try SQLiteProgressStore(directory: dataDirectory, window: true, durable: !throwaway)
                if let seed, fresh {
                    // The demo clinic, once: a Restart goes on from where the tape left it.
                    _ = store.load(now: now)
                    try store.update { progress in
                        progress = seed
                        return []
                    }
                }
                let session = Session(catalog: catalog, store: store, clock: { now }, width: width, height: height, demo: demo, rules: rules, desks: desks)
                session.demoSeed = seed
                session.revealAllowed = false
                return session
            } catch {
                result.failures.append(TapeFailure(file: tape.file, line: 0, message: error.problem.japanese.joined(separator: " "), screen: nil))
                return nil
            }
        }
        guard var session = start() else { return result }
        /// What the checks read: the grid's lines, or the plain mode's; drawn once per state.
        var checked = CheckedScreen()
        func draw() -> [String] {
            plain ? PlainScreen.lines(session.screen, typing: session.isTyping, secret: session.isTypingSecret)
                : session.render().lines
        }
        func screenText() -> String { checked.text(draw) }
        var running = true
        stage?.show(session.render())
        /// Hidden (VHS `Hide`), the keys run but nothing is drawn and nobody waits.
        func present() {
            if !hidden { stage?.show(session.render()) }
        }
        func pause(_ milliseconds: Int) {
            if let stage, !hidden, !stage.pause(milliseconds: pace.scaled(milliseconds)) { stopped = true }
        }

        for line in tape.lines {
            let file = line.sourceFile ?? tape.file
            func fail(_ message: String, screen: Bool = true) {
                result.failures.append(TapeFailure(file: file, line: line.number, message: message, screen: screen ? screenText() : nil))
            }
            // A character at typing speed; a named key leaves its screen up long enough to read.
            let keyMilliseconds: Int
            switch line.command {
            case .type: keyMilliseconds = line.speedMilliseconds ?? typingMilliseconds
            default: keyMilliseconds = line.speedMilliseconds ?? max(typingMilliseconds, pace.keyMilliseconds)
            }
            func send(_ outcome: Session.Outcome) {
                if outcome == .quit || outcome == .interrupted { running = false }
                if stage != nil {
                    present()
                    pause(keyMilliseconds)
                }
            }
            if stopped { break }
            switch line.command {
            case .expect, .expectNot, .wait, .snapshot: break // checks only read the screen
            default: checked.forget()
            }
            let needsProgram: Bool
            switch line.command {
            case .type, .key, .alt: needsProgram = true
            default: needsProgram = false
            }
            if needsProgram && !running {
                fail("プログラムは終了しています。続けるには Restart を書いてください。")
                continue
            }
            switch line.command {
            case .type(let text):
                if stage == nil {
                    send(session.type(text)) // one insert, as a paste
                } else {
                    for character in text where running && !stopped { send(session.handle(.character(character))) }
                }
            case .key(let key, let count):
                for _ in 0..<count where running && !stopped { send(session.handle(key)) }
            case .alt(let letter, let count):
                // What a terminal sends for Alt+X: Esc, then the letter.
                for _ in 0..<count where running && !stopped {
                    _ = session.handle(.escape)
                    if running { send(session.handle(.character(letter))) }
                }
            case .sleep(let milliseconds):
                pause(milliseconds)
            case .typingSpeed(let milliseconds):
                typingMilliseconds = milliseconds
            case .size(let w, let h), .resize(let w, let h):
                width = w
                height = h
                _ = session.handle(.resize(width: w, height: h))
                present()
            case .clock(let time):
                now = time
                clockFixed = true
                present() // the audience sees the date the tape checks, not the one before
            case .expect(let text):
                if checked.contains(text, draw) { result.passed += 1 } else { fail("Expect \"\(text)\": 画面にありません。") }
            case .expectNot(let text):
                if !checked.contains(text, draw) { result.passed += 1 } else { fail("ExpectNot \"\(text)\": 画面にあります。") }
            case .wait(let pattern, let timeout):
                // Headless there is nothing to wait for: the screen must already match. Live, the
                // screen is looked at again until the timeout (VHS's default is 15s).
                func matches() -> Bool { (try? Regex(pattern)).map { screenText().contains($0) } ?? false }
                var waited = 0
                let limit = stage == nil ? 0 : (timeout ?? 15_000)
                while !matches() && waited < limit && !stopped {
                    pause(100)
                    waited += 100
                }
                if matches() { result.passed += 1 } else { fail("Wait /\(pattern)/: 画面が一致しません。") }
            case .snapshot(let name):
                let text = screenText()
                result.snapshots.append((name, text))
                if let problem = write(text, name: tapeName + "." + name), !screensFailed {
                    screensFailed = true
                    fail(problem, screen: false)
                }
                if let golden {
                    if !clockFixed && !warnedClock {
                        warnedClock = true
                        result.notes.append("warning \(file):\(line.number): Snapshot \(name) は時計が決まる前の画面です。日付が毎日変わるので、先に Env SEIKYU_NOW を書いてください。")
                    }
                    switch golden.check(name, screen: text) {
                    case .matched, .written:
                        result.passed += 1
                    case .missing(let path):
                        fail("Snapshot \(name): 比べる画面 \(path) がありません（--update で作れます）。")
                    case .differs(let path, let diff):
                        fail("Snapshot \(name): 画面が \(path) と違います（- ファイル、+ 今の画面）。\n" + diff.joined(separator: "\n"), screen: false)
                    }
                }
            case .output(let path):
                // Issue 16, 5: a place that cannot be written is a failure naming it, never silence.
                do {
                    try output?.flush()
                } catch {
                    fail(Self.outputProblem(error), screen: false)
                }
                do {
                    output = try FrameOutput(path: path)
                } catch {
                    output = nil
                    fail(Self.outputProblem(error), screen: false)
                }
            case .restart:
                session.close()
                if let restarted = start() {
                    session = restarted
                    running = true
                    present()
                }
            case .hide:
                hidden = true
            case .show:
                hidden = false
                present()
            case .caption(let text):
                stage?.caption(text.isEmpty ? nil : text)
                present()
            case .source:
                break // pulled in by TapeFile.load; a tape parsed from text has nothing to read
            }
            if let current = output {
                do {
                    // The grid's text goes straight into the output's buffer (issue 19); plain mode's
                    // lines and a screen the checks already drew are reused as they are.
                    try current.append(header: "---- \(tape.file):\(line.number)\n") { bytes in
                        if plain || checked.isDrawn {
                            bytes.append(contentsOf: screenText().utf8)
                        } else {
                            outputText.appendText(of: session.render(), to: &bytes)
                        }
                    }
                } catch {
                    output = nil // said once; the tape goes on
                    fail(Self.outputProblem(error), screen: false)
                }
            }
        }
        do {
            try output?.flush()
        } catch {
            result.failures.append(TapeFailure(file: tape.file, line: 0, message: Self.outputProblem(error), screen: nil))
        }
        output = nil
        if stopped {
            result.failures.append(TapeFailure(file: tape.file, line: 0, message: "再生を途中で止めました。", screen: nil))
        }
        let final = screenText()
        result.snapshots.append(("final", final))
        if let problem = write(final, name: tapeName + ".final"), !screensFailed {
            result.failures.append(TapeFailure(file: tape.file, line: 0, message: problem, screen: nil))
        }
        return result
    }

    /// Writes a snapshot into `--screens`; what went wrong, naming the file, or nil.
    private func write(_ text: String, name: String) -> String? {
        guard let screensDirectory else { return nil }
        try? FileManager.default.createDirectory(atPath: screensDirectory, withIntermediateDirectories: true)
        do {
            try AtomicFile.write(Data((text + "\n").utf8), to: screensDirectory + "/" + name + ".txt")
            return nil
        } catch {
            return "スナップショットを書き出せません。" + error.japanese
        }
    }

    private static func outputProblem(_ error: AtomicFile.WriteError) -> String {
        "Output: 画面を書き出せません。" + error.japanese
    }
}

extension HeadlessPlayer {
    /// Reads, parses and plays one tape file. Without a data folder, the tape gets a fresh
    /// temporary one, removed afterwards. Unreadable files and syntax errors count as failures.
    public func play(file path: String, dataDirectory: String?, stage: TapeStage? = nil) -> TapeResult {
        play(loaded: TapeFile.load(path), file: path, dataDirectory: dataDirectory, stage: stage)
    }

    /// The same for a tape file already read (`TapeFile.load`).
    func play(loaded: (Tape, [TapeSyntaxError]), file path: String, dataDirectory: String?, stage: TapeStage? = nil) -> TapeResult {
        let (tape, errors) = loaded
        if !errors.isEmpty {
            // Every mistake at once, so one run is enough to fix them all.
            let failures = errors.map { TapeFailure(file: $0.file, line: $0.line, message: $0.message, screen: nil) }
            return TapeResult(file: path, passed: 0, failures: failures, snapshots: [], notes: tape.notes.map(\.description))
        }
        if let dataDirectory { return play(tape, dataDirectory: dataDirectory, stage: stage) }
        let folder = ThrowawayFolder.path(prefix: "seikyu-play-")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        emptyDatabase.copy(into: folder, now: defaultNow)
        return play(tape, dataDirectory: folder, stage: stage, throwaway: true)
    }
}
