import ClaimFlow
import ClaimStore
import FoundationEssentials
import Glibc

/// Where a recording starts (issue 17, 6). A tape replays key by key, so it shows the same screens
/// only from the same saved progress: when the data folder already holds some, a copy of it is
/// kept beside the tape (`NAME.start/`), and the tape says how to replay from that copy.
public enum RecordingStart: Equatable {
    case emptyFolder
    /// The copy of the starting progress, a folder `seikyu play --data-dir` can use (after copying it).
    case kept(folder: String)
    /// The progress could not be copied: the tape says it will not replay from an empty folder.
    case notKept(reason: String)

    /// Keeps a copy of `store`'s database beside `tape` when `progress` holds anything.
    public static func keep(_ store: SQLiteProgressStore, progress: SavedProgress, besides tape: String) -> RecordingStart {
        guard progress.hasRecords else { return .emptyFolder }
        let folder = PathName.withoutExtension(tape) + ".start"
        // 0700 like every data folder; an existing one (a symlink, an older copy) is never written into.
        guard mkdir(folder, 0o700) == 0 else {
            return .notKept(reason: "控えのフォルダ \(folder) を作れません（すでにあるか、書けない場所です）")
        }
        do {
            try store.backup(to: folder + "/" + SQLiteProgressStore.fileName)
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            return .notKept(reason: error.problem.japanese.joined(separator: " "))
        }
        return .kept(folder: folder)
    }

    /// Comment lines for the tape's head.
    public func tapeNotes(tape: String) -> [String] {
        switch self {
        case .emptyFolder:
            return []
        case .kept(let folder):
            let name = PathName.last(folder)
            return ["# 記録を始めたとき、データのフォルダにはすでに進み具合がありました。その控えを \(name)/ に残しました。",
                    "# 同じ画面で再生するには、控えをコピーしたフォルダで再生してください:",
                    "#   cp -r \(name) 再生用 && seikyu play --data-dir 再生用 \(PathName.last(tape))"]
        case .notKept(let reason):
            return ["# 注意: 記録を始めたとき、データのフォルダにはすでに進み具合がありましたが、その控えを残せませんでした（\(reason)）。",
                    "# このテープは、空のフォルダから再生しても同じ画面になりません。"]
        }
    }
}
