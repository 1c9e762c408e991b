import Foundation

/// `seikyu play TAPE…` with no data folder: every tape starts its own program on its own fresh
/// throw-away folder, so the tapes share nothing but the assets, which are only read. They play on
/// several threads (issue 19: the shipped suite on both cores); the results come back in the order
/// the tapes were given, so the report is the same as one tape after another.
public enum TapeBatch {
    public static func play(files: [String], player: HeadlessPlayer, workers: Int) -> [TapeResult] {
        let loaded = files.map { TapeFile.load($0) }
        guard workers > 1, files.count > 1, sharesNoFile(loaded.map(\.0), player: player) else {
            return zip(files, loaded).map { player.play(loaded: $1, file: $0, dataDirectory: nil) }
        }
        let results = Results(count: files.count)
        DispatchQueue.concurrentPerform(iterations: min(workers, files.count)) { _ in
            while let index = results.claim() {
                results.store(player.play(loaded: loaded[index], file: files[index], dataDirectory: nil), at: index)
            }
        }
        return results.all
    }

    /// Whether tapes played together would write the same file: `Output` files (a tape names its
    /// own), golden files rewritten by `--update`, or the snapshots of two tapes of the same name in
    /// `--screens`. Then they play one after another, and the last one's file stays, as always.
    static func sharesNoFile(_ tapes: [Tape], player: HeadlessPlayer) -> Bool {
        if player.golden?.update == true { return false }
        let writesOutput = tapes.contains { tape in
            tape.lines.contains { if case .output = $0.command { return true } else { return false } }
        }
        if writesOutput { return false }
        if player.screensDirectory != nil {
            let names = tapes.map { (($0.file as NSString).lastPathComponent as NSString).deletingPathExtension }
            if Set(names).count != names.count { return false }
        }
        return true
    }

    /// The next tape to play and each one's result, shared by the threads.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var results: [TapeResult?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < results.count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ result: TapeResult, at index: Int) {
            lock.lock()
            results[index] = result
            lock.unlock()
        }

        var all: [TapeResult] {
            lock.lock()
            defer { lock.unlock() }
            return results.map { $0 ?? TapeResult(file: "", passed: 0, failures: [], snapshots: []) }
        }
    }
}
