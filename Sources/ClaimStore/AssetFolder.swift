import ClaimFlow
import FoundationEssentials

/// Reads the shipped assets (flows, tapes) from a folder: the one other place the library
/// reads the disk, kept here so the engine itself stays pure.
public enum AssetFolder {
    /// Loads and validates `DIR/flows/*.json`.
    public static func loadFlows(from assets: String) throws(FlowAssetError) -> FlowCatalog {
        try catalog(of: flowFiles(from: assets))
    }

    /// The flows of `files` (read by `flowFiles`), checked; `decodedAlready` and `trusted` as FlowCatalog.decode takes them.
    public static func catalog(of files: [(name: String, data: Data)], decodedAlready: [String: DecodedFlow] = [:],
                               trusted: Bool? = nil) throws(FlowAssetError) -> FlowCatalog {
        // Every flow the program opens must be there, by its role (RoleCheck); the shipped files, unchanged,
        // were checked by the test suite (CheckedFlows).
        try FlowCatalog.decode(files: files, checkingContract: true, trustingCheckedFlows: true, decodedAlready: decodedAlready, trusted: trusted)
    }

    /// The bytes of `DIR/flows/*.json`, by name ("flows/NAME.json").
    public static func flowFiles(from assets: String) throws(FlowAssetError) -> [(name: String, data: Data)] {
        let folder = assets + "/flows"
        guard let names = PlainFiles.names(in: folder) else {
            throw FlowAssetError(file: folder, problem: "フォルダが読めません。--assets か SEIKYU_ASSETS で Assets フォルダを指定してください。")
        }
        var files: [(name: String, data: Data)] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            guard let data = PlainFiles.contents(of: folder + "/" + name) else {
                throw FlowAssetError(file: "flows/" + name, problem: "読み込めません。")
            }
            files.append(("flows/" + name, data))
        }
        return files
    }

    /// `DIR/calendar.json`: the window hours and freeze length as data (C1–C7); the defaults
    /// when the file is absent.
    public static func loadRules(from assets: String) throws(FlowAssetError) -> SubmissionRules {
        let name = "calendar.json"
        guard let data = PlainFiles.contents(of: assets + "/" + name) else { return .standard }
        let json: JSONValue
        do { json = try JSONParser.parse(data) } catch { throw FlowAssetError(file: name, .notJSON) }
        do { return try SubmissionRules(json: json) } catch { throw FlowAssetError(file: name, error.problem) }
    }

    /// `DIR/contacts.json`: the desks (T10), with numbers and hours only where confirmed.
    public static func loadDesks(from assets: String) throws(FlowAssetError) -> DeskDirectory {
        let name = "contacts.json"
        guard let data = PlainFiles.contents(of: assets + "/" + name) else { return DeskDirectory(desks: []) }
        let json: JSONValue
        do { json = try JSONParser.parse(data) } catch { throw FlowAssetError(file: name, .notJSON) }
        do { return try DeskDirectory(json: json) } catch { throw FlowAssetError(file: name, error.problem) }
    }

    /// `DIR/demo/progress.json`: the sample clinic for `seikyu --demo` (issue 6).
    public static func loadDemo(from assets: String) throws(FlowAssetError) -> SavedProgress {
        guard let demo: SavedProgress = try decode("demo/progress.json", in: assets) else {
            throw FlowAssetError(file: "demo/progress.json", problem: "ありません。")
        }
        return demo
    }

    /// An asset file decoded, nil when it does not exist; an unreadable one names itself.
    private static func decode<T: Decodable>(_ name: String, in assets: String) throws(FlowAssetError) -> T? {
        guard let data = FileManager.default.contents(atPath: assets + "/" + name) else { return nil }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw FlowAssetError(file: name, problem: "読み込めません: \(error)")
        }
    }
}
