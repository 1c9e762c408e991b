import ClaimFlow
import ClaimStore
import FoundationEssentials

/// What the start-up reads from the Assets folder — the flows, checked as one catalog, the calendar's rules
/// and the desks — read on both cores while this one also opens the data folder and sets up the terminal
/// (issue 19). The other core takes most of the flow files' bytes, the calendar and the desks at once;
/// this one decodes the rest when the data folder and the terminal are ready, then joins. Flows that are not the checked shipped ones (CheckedFlows) get their own checks on the core that
/// decoded them, and the checks across flows here, so a trainer's flows cost no more than their share.
/// Values and messages are those of reading on one thread (BackgroundAssetsTests).
struct BackgroundAssets {
    struct Loaded: Sendable {
        var catalog: Result<FlowCatalog, any Error>
        var rules: Result<SubmissionRules, any Error>
        var desks: Result<DeskDirectory, any Error>
    }

    private struct Elsewhere: Sendable {
        var decoded: [String: DecodedFlow]
        var rules: Result<SubmissionRules, any Error>
        var desks: Result<DeskDirectory, any Error>
    }

    private let settings: Settings
    private let files: Result<[(name: String, data: Data)], FlowAssetError>
    private let checking: Bool
    private let here: [(name: String, data: Data)]
    private let elsewhere: BackgroundWork<Elsewhere>

    init(settings: Settings) {
        self.settings = settings
        let files = Result { () throws(FlowAssetError) in try AssetFolder.flowFiles(from: settings.assetsDirectory()) }
        let all = (try? files.get()) ?? []
        let checking = !FlowCatalog.trusts(all)
        let total = all.reduce(0) { $0 + $1.data.count }
        var there: [(name: String, data: Data)] = []
        var rest: [(name: String, data: Data)] = []
        var bytesThere = 0
        // Largest first, each to the other core while its share stays within six tenths of the bytes: this
        // core also opens the data folder and sets up the terminal meanwhile (timed: the shares then end
        // together within a few tenths of a millisecond, whether or not the flows need their checks).
        for file in all.sorted(by: { $0.data.count > $1.data.count }) {
            if (bytesThere + file.data.count) * 10 <= total * 6 {
                there.append(file)
                bytesThere += file.data.count
            } else {
                rest.append(file)
            }
        }
        let handed = there
        elsewhere = BackgroundWork {
            Elsewhere(decoded: Self.decode(handed, checking: checking), rules: Result { try settings.rules() },
                      desks: Result { try settings.desks() })
        }
        self.files = files
        self.checking = checking
        here = rest
    }

    /// Decodes this core's share, waits for the other's and checks the flows as one catalog.
    func wait() -> Loaded {
        let mine = Self.decode(here, checking: checking)
        let theirs = elsewhere.wait()
        let folder = settings.assetsDirectory()
        let catalog = Result { () throws -> FlowCatalog in
            let loaded = files.flatMap { all in
                Result { () throws(FlowAssetError) in
                    try AssetFolder.catalog(of: all, decodedAlready: mine.merging(theirs.decoded) { own, _ in own }, trusted: !checking)
                }
            }
            return try settings.catalog(loaded, from: folder)
        }
        return Loaded(catalog: catalog, rules: theirs.rules, desks: theirs.desks)
    }

    private static func decode(_ files: [(name: String, data: Data)], checking: Bool) -> [String: DecodedFlow] {
        Dictionary(uniqueKeysWithValues: files.map { ($0.name, FlowCatalog.decodeFlow(name: $0.name, data: $0.data, checkingItself: checking)) })
    }
}
