/// The entries of the main menu, in order (issue 2: セットアップ / 月次請求 / 接続トラブル /
/// カレンダー / 終了). Flow entries take their titles from the flow assets.
public enum MenuItem: Equatable, Sendable {
    case flow(String)
    case calendar
    /// The changes screen [S0]: the list, and adding through the changes flow.
    case changes
    /// The certificate register (issue 14): the list, and adding through the certificates flow.
    case certificates
    case quit
}

public enum MainMenu {
    /// The flows the menu lists, by their roles; the assets must provide them (RoleCheck).
    public static func flows(_ catalog: FlowCatalog) -> [FlowDefinition] {
        (FlowRole.jobs + FlowRole.records).compactMap(catalog.flow(role:))
    }

    public static func items(_ catalog: FlowCatalog) -> [MenuItem] {
        let flows = FlowRole.jobs.compactMap(catalog.flow(role:)).map { MenuItem.flow($0.id) }
        let records = FlowRole.records.compactMap { role in
            catalog.flow(role: role).map { flow -> MenuItem in
                switch role {
                case .changes: return .changes
                case .certificates: return .certificates
                default: return .flow(flow.id)
                }
            }
        }
        return flows + [.calendar] + records + [.quit]
    }
}
