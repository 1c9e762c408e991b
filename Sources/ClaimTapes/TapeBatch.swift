import Dispatch
import ClaimStore
import FoundationEssentials
import Synchronization

/// `seikyu play TAPE…` with no data folder: every tape starts its own program on its own fresh
/// throw-away folder, so the tapes share nothing but the assets, which are only read. They are read
/// and played on several threads (issue 19: the shipped suite on both cores); the results come back
/// in the order the tapes were given, so the report is the same as one tape after another.
public enum TapeBatch {
    public static func play(files: [String], player: HeadlessPlayer, workers: Int) -> [TapeResult] {
        let loaded = inParallel(files.count, workers: workers) { TapeFile.load(files[$0]) }
        let workers = sharesNoFile(loaded.map(\.0), player: player) ? workers : 1
        return inParallel(files.count, workers: workers) { player.play(loaded: loaded[$0], file: files[$0], dataDirectory: nil) }
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
            let names = tapes.map { PathName.stem($0.file) }
            if Set(names).count != names.count { return false }
        }
        return true
    }

    /// `work(0..<count)` on up to `workers` threads, each taking the next index; the results in index order.
    static func inParallel<T: Sendable>(_ count: Int, workers: Int, _ work: @escaping @Sendable (Int) -> T) -> [T] {
        guard workers > 1, count > 1 else { return (0..<count).map(work) }
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: min(workers, count)) { _ in
            while let index = slots.claim() { slots.store(work(index), at: index) }
        }
        return slots.all
    }

    /// The next index to work on and each index's result, shared by the threads.
    private final class Slots<T: Sendable>: Sendable {
        private let state: Mutex<(next: Int, results: [T?])>

        init(count: Int) { state = Mutex((next: 0, results: Array(repeating: nil, count: count))) }

        func claim() -> Int? {
            state.withLock { state in
                guard state.next < state.results.count else { return nil }
                state.next += 1
                return state.next - 1
            }
        }

        func store(_ result: T, at index: Int) {
            state.withLock { $0.results[index] = result }
        }

        /// Every slot is filled once `concurrentPerform` has returned.
        var all: [T] { state.withLock { $0.results.compactMap { $0 } } }
    }
}
