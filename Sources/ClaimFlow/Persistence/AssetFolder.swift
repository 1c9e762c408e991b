import Foundation

/// Reads the shipped assets (flows, tapes) from a folder: the one other place the library
/// reads the disk, kept here so the engine itself stays pure.
public enum AssetFolder {
    /// Loads and validates `DIR/flows/*.json`.
    public static func loadFlows(from assets: String) throws(FlowAssetError) -> FlowCatalog {
        let folder = assets + "/flows"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw FlowAssetError(file: folder, problem: "フォルダが読めません。--assets か SEIKYU_ASSETS で Assets フォルダを指定してください。")
        }
        var files: [(name: String, data: Data)] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name) else {
                throw FlowAssetError(file: "flows/" + name, problem: "読み込めません。")
            }
            files.append(("flows/" + name, data))
        }
        let catalog = try FlowCatalog.decode(files: files)
        for id in MainMenu.flowIDs where catalog.flow(id) == nil {
            throw FlowAssetError(file: folder, problem: "メニューに必要なフロー \"\(id)\" がありません。")
        }
        return catalog
    }
}
