/// The entries of the main menu, in order (issue 2: セットアップ / 月次請求 / 接続トラブル /
/// カレンダー / 終了). Flow entries take their titles from the flow assets.
public enum MenuItem: Equatable, Sendable {
    case flow(String)
    case calendar
    case quit
}

public enum MainMenu {
    /// Flows the menu needs; the assets must provide them.
    public static let flowIDs = [FlowContract.Flows.setup, FlowContract.Flows.monthly, FlowContract.Flows.trouble,
                                 FlowContract.Flows.changes, FlowContract.Flows.contacts]

    public static func items(_ catalog: FlowCatalog) -> [MenuItem] {
        let flows = flowIDs.prefix(3).filter { catalog.flow($0) != nil }.map(MenuItem.flow)
        let records = flowIDs.dropFirst(3).filter { catalog.flow($0) != nil }.map(MenuItem.flow)
        return flows + [.calendar] + records + [.quit]
    }
}
