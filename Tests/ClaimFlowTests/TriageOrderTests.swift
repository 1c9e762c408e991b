@testable import ClaimFlow
import Testing

/// T1, T2: outage first, then physical, line authentication, credentials, certificate, sending,
/// walked through the shipped troubleshooting flow by a clerk for whom nothing helps.
@Suite struct TriageOrderTests {
    /// The steps a run visits when every check answers "not fixed" (or the last option).
    func walk(symptom: String, lineType: String) throws -> [String] {
        let catalog = try shippedCatalog()
        let flow = try #require(catalog.flow("trouble"))
        let context = Context(catalog: catalog, now: LocalDateTime(parsing: "2026-12-09T10:00")!)
        var state = AppState()
        state.progress.flows["setup"] = FlowProgress(start: "intro", at: context.now)
        state.progress.flows["setup"]?.answers["line-type"] = .choice(lineType)
        _ = MenuReducer.open(.flow("trouble"), &state, context)
        var visited: [String] = []
        for _ in 0..<60 {
            guard state.progress.location == .flow("trouble"), let run = state.progress.flows["trouble"],
                  let step = flow.step(run.current) else { break }
            visited.append(step.id)
            switch step.kind {
            case .choice:
                let ids = step.options.map(\.id)
                let pick = step.id == "symptom" ? symptom : step.id == "line-type" ? lineType
                    : ids.first { $0.hasPrefix("not-") || $0 == "none" } ?? ids.last ?? ""
                let index = ids.firstIndex(of: pick) ?? 0
                _ = Reducer.reduce(&state, .pick(index + 1), context)
                _ = Reducer.reduce(&state, .accept, context)
            case .checklist:
                for _ in step.visibleItems(run.answers) { _ = Reducer.reduce(&state, .toggle, context) }
                _ = Reducer.reduce(&state, .accept, context)
            case .text, .readback:
                _ = Reducer.reduce(&state, .insert(step.id == "credentials-id" ? "12345678@tk123456" : "エラー"), context)
                _ = Reducer.reduce(&state, .accept, context)
                if state.progress.flows["trouble"]?.current == step.id {
                    _ = Reducer.reduce(&state, .accept, context) // a doubt is confirmed with a second Enter
                }
            default:
                _ = Reducer.reduce(&state, .accept, context)
            }
            if state.progress.flows["trouble"]?.current == step.id, step.kind != .info { break }
        }
        return visited
    }

    func expectOrder(_ visited: [String], _ order: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let positions = order.map { visited.firstIndex(of: $0) }
        #expect(positions.allSatisfy { $0 != nil }, "visited \(visited)", sourceLocation: sourceLocation)
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted(), "visited \(visited)", sourceLocation: sourceLocation)
    }

    @Test func unreachableOnIPv4GoesOutagePhysicalIPv6SettingCredentialsCertificateSending() throws {
        let visited = try walk(symptom: "unreachable", lineType: "ipvpn-v4")
        expectOrder(visited, ["outage", "physical", "ipv6-setting", "credentials-id", "certificate", "sending"])
    }

    /// T4, T10: error 691 is a credentials error: after the outage check it goes straight to the ID,
    /// and when that does not help, to the network desk.
    @Test func error691OnIPv4GoesToTheCredentialsThenTheNetworkDesk() throws {
        let visited = try walk(symptom: "e691", lineType: "ipvpn-v4")
        expectOrder(visited, ["outage", "credentials-id", "credentials-result", "desk-network"])
    }

    @Test func unreachableOnIPv6ChecksLineAuthenticationBeforeTheCertificate() throws {
        let visited = try walk(symptom: "unreachable", lineType: "ipvpn-v6")
        expectOrder(visited, ["outage", "physical", "line-auth", "certificate", "sending"])
        #expect(!visited.contains("credentials-id"), "I4: no network ID on IPv6")
    }
}
