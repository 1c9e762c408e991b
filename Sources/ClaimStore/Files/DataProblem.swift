import ClaimFlow
/// Why a saved file could not be used, and what the clerk should do about it (Japanese).
public struct DataProblem: Error, Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// The file exists but this user may not read it.
        case unreadable
        /// Not JSON, truncated, empty or garbled.
        case corrupt
        /// Written by a newer seikyu.
        case futureVersion
        /// Cannot save: a full disk or a read-only folder.
        case notSaved
        /// The folder or a file in it is not safe to use (another owner, writable by others, a
        /// planted symlink): `detail` says what was found and what to do.
        case unsafe
    }

    public var kind: Kind
    /// Where the broken file now lies, untouched (nil when it could not be moved aside).
    public var keptAt: String?
    public var detail: String

    public init(kind: Kind, keptAt: String?, detail: String) {
        self.kind = kind
        self.keptAt = keptAt
        self.detail = detail
    }

    /// At most three lines (the warning area's height): what happened, where the file is, what to do.
    public var japanese: [String] {
        let what: String
        switch kind {
        case .unreadable: what = "保存データを読む権限がないため、読み込めませんでした。"
        case .corrupt: what = "保存データが壊れていたため、読み込めませんでした。"
        case .futureVersion: what = "保存データは新しい版の seikyu で作られています。新しい版をお使いください。"
        case .unsafe:
            return [detail, "直してから、もう一度お試しください。データには手を付けていません。"]
        case .notSaved:
            return ["進み具合を保存できませんでした（\(detail)）。",
                    "空き容量と書き込み権限を確かめてください。入力は画面に残っています。"]
        }
        guard let keptAt else {
            return [what, "元のファイルには手を付けていません。このままでは保存しません。"]
        }
        return [what + "最初から始めます。", "元のファイルは消さずに残しました: \(keptAt)",
                "困ったときは、このファイルをサポートに渡してください。"]
    }
}
