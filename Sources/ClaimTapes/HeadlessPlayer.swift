import ClaimFlow
import ClaimStore
import ClaimRuntime
import ClaimScreens
import Foundation

/// Plays tapes without a terminal, through the same Session (key → event → reduce → layout) as
/// the keyboard. Each tape starts the program on the data folder it is given.
public struct HeadlessPlayer {
    public var catalog: FlowCatalog
    /// The clock until a tape says `Env SEIKYU_NOW …`.
    public var defaultNow: LocalDateTime
    /// Where `Snapshot` files (and each tape's final screen) are written; nil keeps them in memory.
    public var screensDirectory: String?
    public var demo: Bool
    public var rules: SubmissionRules
    public var desks: DeskDirectory

    public init(catalog: FlowCatalog, defaultNow: LocalDateTime, screensDirectory: String? = nil, demo: Bool = false,
                rules: SubmissionRules = .standard, desks: DeskDirectory = DeskDirectory(desks: [])) {
        self.catalog = catalog
        self.rules = rules
        self.desks = desks
        self.defaultNow = defaultNow
        self.screensDirectory = screensDirectory
        self.demo = demo
    }

    public func play(_ tape: Tape, dataDirectory: String, stage: TapeStage? = nil) -> TapeResult {
        var result = TapeResult(file: tape.file, passed: 0, failures: [], snapshots: [])
        var now = defaultNow
        var width = 80, height = 24
        var typingMilliseconds = 50
        var stopped = false
        var outputPath: String?
        let tapeName = ((tape.file as NSString).lastPathComponent as NSString).deletingPathExtension

        func start() -> Session? {
            do {
                let store = try SQLiteProgressStore(directory: dataDirectory, window: true)
                let session = Session(catalog: catalog, store: store, clock: { now }, width: width, height: height, demo: demo, rules: rules, desks: desks)
                session.revealAllowed = false
                return session
            } catch {
                result.failures.append(TapeFailure(file: tape.file, line: 0, message: error.problem.japanese.joined(separator: " "), screen: nil))
                return nil
            }
        }
        guard var session = start() else { return result }
        var running = true
        stage?.show(session.render())

        for line in tape.lines {
            func fail(_ message: String) {
                result.failures.append(TapeFailure(file: tape.file, line: line.number, message: message, screen: session.render().text))
            }
            func send(_ outcome: Session.Outcome) {
                if outcome == .quit || outcome == .interrupted { running = false }
                if let stage {
                    stage.show(session.render())
                    if !stage.pause(milliseconds: typingMilliseconds) { stopped = true }
                }
            }
            if stopped { break }
            let needsProgram: Bool
            switch line.command {
            case .type, .key: needsProgram = true
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
            case .sleep(let milliseconds):
                if let stage, !stage.pause(milliseconds: milliseconds) { stopped = true }
            case .typingSpeed(let milliseconds):
                typingMilliseconds = milliseconds
            case .size(let w, let h), .resize(let w, let h):
                width = w
                height = h
                _ = session.handle(.resize(width: w, height: h))
                stage?.show(session.render())
            case .clock(let time):
                now = time
            case .expect(let text):
                if ScreenMatch.contains(session.render(), text) { result.passed += 1 } else { fail("Expect \"\(text)\": 画面にありません。") }
            case .expectNot(let text):
                if !ScreenMatch.contains(session.render(), text) { result.passed += 1 } else { fail("ExpectNot \"\(text)\": 画面にあります。") }
            case .wait(let pattern):
                // Headless there is nothing to wait for: the screen must already match.
                let matched = (try? Regex(pattern)).map { session.render().text.contains($0) } ?? false
                if matched { result.passed += 1 } else { fail("Wait /\(pattern)/: 画面が一致しません。") }
            case .snapshot(let name):
                let text = session.render().text
                result.snapshots.append((name, text))
                write(text, name: tapeName + "." + name)
            case .output(let path):
                outputPath = path
                try? AtomicFile.write(Data(), to: path)
            case .restart:
                session.close()
                if let restarted = start() {
                    session = restarted
                    running = true
                    stage?.show(session.render())
                }
            }
            if let outputPath {
                append("---- \(tape.file):\(line.number)\n" + session.render().text + "\n", to: outputPath)
            }
        }
        if stopped {
            result.failures.append(TapeFailure(file: tape.file, line: 0, message: "再生を途中で止めました。", screen: nil))
        }
        let final = session.render().text
        result.snapshots.append(("final", final))
        write(final, name: tapeName + ".final")
        return result
    }

    private func write(_ text: String, name: String) {
        guard let screensDirectory else { return }
        try? FileManager.default.createDirectory(atPath: screensDirectory, withIntermediateDirectories: true)
        try? AtomicFile.write(Data((text + "\n").utf8), to: screensDirectory + "/" + name + ".txt")
    }

    private func append(_ text: String, to path: String) {
        try? AtomicFile.append(Data(text.utf8), to: path)
    }
}

extension HeadlessPlayer {
    /// Reads, parses and plays one tape file. Without a data folder, the tape gets a fresh
    /// temporary one, removed afterwards. Unreadable files and syntax errors count as failures.
    public func play(file path: String, dataDirectory: String?, stage: TapeStage? = nil) -> TapeResult {
        func failed(_ line: Int, _ message: String) -> TapeResult {
            TapeResult(file: path, passed: 0, failures: [TapeFailure(file: path, line: line, message: message, screen: nil)], snapshots: [])
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return failed(0, "テープを読み込めません（ファイルがないか、UTF-8 ではありません）。")
        }
        let tape: Tape
        do {
            tape = try TapeParser.parse(text, file: path)
        } catch {
            return failed(error.line, error.message)
        }
        if let dataDirectory { return play(tape, dataDirectory: dataDirectory, stage: stage) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-play-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return play(tape, dataDirectory: folder, stage: stage)
    }
}
