import ClaimFlow
import ClaimStore
import FoundationEssentials

/// The flow files decoded on both cores at start-up (issue 19): the largest files, about seven tenths of
/// the bytes, on another thread at once; the rest on this one, after it has opened and read the data
/// folder (about as long as the rest takes). Checked together afterwards, as one catalog.
struct TwoCoreFlows {
    typealias Decoded = [String: Result<FlowDefinition, FlowAssetError>]
    private let files: Result<[(name: String, data: Data)], FlowAssetError>
    private let elsewhere: BackgroundWork<Decoded>?
    private let here: [(name: String, data: Data)]

    init(assets: String) {
        files = Result { () throws(FlowAssetError) in try AssetFolder.flowFiles(from: assets) }
        guard case .success(let all) = files else {
            elsewhere = nil
            here = []
            return
        }
        let total = all.reduce(0) { $0 + $1.data.count }
        var there: [(name: String, data: Data)] = []
        var rest: [(name: String, data: Data)] = []
        var bytesThere = 0
        for file in all.sorted(by: { $0.data.count > $1.data.count }) {
            if bytesThere * 10 < total * 7 {
                there.append(file)
                bytesThere += file.data.count
            } else {
                rest.append(file)
            }
        }
        let handed = there
        elsewhere = BackgroundWork { Self.decode(handed) }
        here = rest
    }

    /// Decodes this thread's share, waits for the other's and checks them all.
    func catalog() -> Result<FlowCatalog, FlowAssetError> {
        files.flatMap { all in
            let decoded = Self.decode(here).merging(elsewhere?.wait() ?? [:]) { mine, _ in mine }
            return Result { () throws(FlowAssetError) in try AssetFolder.catalog(of: all, decodedAlready: decoded) }
        }
    }

    private static func decode(_ files: [(name: String, data: Data)]) -> Decoded {
        Dictionary(uniqueKeysWithValues: files.map { ($0.name, FlowCatalog.decodeFlow(name: $0.name, data: $0.data)) })
    }
}
