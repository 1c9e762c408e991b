import ArgumentParser
import ClaimFlow

/// A kind of change as the clerk types it on the command line (issue 15, 11): its Japanese name
/// (ルータ, 回線の契約) or the id scripts use (router, line-contract). Help lists the Japanese
/// names; `changes list --json` keeps the ids.
struct ChangeKindArgument: ExpressibleByArgument {
    var kind: ChangeKind

    init(_ kind: ChangeKind) { self.kind = kind }

    init?(argument: String) {
        let typed = argument.trimmingSpaces
        guard let kind = ChangeKind.allCases.first(where: { $0.rawValue == typed || $0.japanese == typed }) else { return nil }
        self.kind = kind
    }

    static var allValueStrings: [String] { ChangeKind.allCases.map(\.japanese) }

    var defaultValueDescription: String { kind.japanese }
}
