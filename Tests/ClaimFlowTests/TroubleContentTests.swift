@testable import ClaimFlow
import Testing

/// The troubleshooting and setup content pinned to its sources: S4 (オン資 reader), S1/C8
/// (outages), S3 (IPsec+IKE), T7 (IPv6 on an IPv4 connection), T9 (congestion).
@Suite struct TroubleContentTests {
    let trouble: FlowDefinition
    let setup: FlowDefinition

    init() throws {
        let catalog = try shippedCatalog()
        trouble = try #require(catalog.flow("trouble"))
        setup = try #require(catalog.flow("setup"))
    }

    func step(_ id: String, in flow: FlowDefinition? = nil) throws -> StepDefinition {
        try #require((flow ?? trouble).step(id), "step \(id)")
    }

    func next(_ id: String, _ answers: [String: String]) throws -> String? {
        StepPath.next(after: try step(id), answers: answers.mapValues { Answer.choice($0) })
    }

    func text(_ step: StepDefinition) -> String {
        (step.body + step.help + step.options.map { $0.label + ($0.detail ?? "") }
            + step.items.map { $0.text + ($0.detail ?? "") }).joined(separator: "\n")
    }

    // MARK: S4

    @Test func error103IsAScreenFaultForTheMaker() throws {
        #expect(try next("oshi-code", ["oshi-code": "e103"]) == "oshi-103")
        let fault = try step("oshi-103")
        #expect(text(fault).contains("画面（スクリーンキーボード）の故障"))
        #expect(StepPath.next(after: fault, answers: [:]) == "desk-maker")
        #expect(fault.rules.contains("S4"))
    }

    @Test func aReaderThatDoesNotReactIsPoweredThenReplugged() throws {
        #expect(try next("oshi-code", ["oshi-code": "no-reaction"]) == "oshi-no-reaction")
        let body = try step("oshi-no-reaction").body.joined(separator: "\n")
        let power = try #require(body.range(of: "電源"))
        let usb = try #require(body.range(of: "USB ケーブルを抜いて、差し直す"))
        let restart = try #require(body.range(of: "再起動"))
        #expect(power.lowerBound < usb.lowerBound && usb.lowerBound < restart.lowerBound)
        #expect(try next("oshi-no-reaction", ["oshi-no-reaction": "not-fixed"]) == "desk-maker")
    }

    @Test(arguments: ["oshi-restart", "oshi-no-reaction"])
    func theRestartOrderIsRouterReaderTerminalRececon(id: String) throws {
        let body = try step(id).body.joined(separator: "\n")
        let order = ["オン資ルーター", "カードリーダー", "オン資端末", "レセコン端末"]
        let positions = try order.map { name in
            try #require(body.range(of: name, range: (body.range(of: "再起動")?.lowerBound ?? body.startIndex)..<body.endIndex)).lowerBound
        }
        #expect(positions == positions.sorted())
    }

    @Test func noEligibilityForEveryoneAfterACodeChangeGoesToTheUsualDesk() throws {
        #expect(try next("oshi-code", ["oshi-code": "no-eligibility"]) == "oshi-no-eligibility")
        #expect(text(try step("oshi-no-eligibility")).contains("医療機関コードが変わった"))
        #expect(try next("oshi-no-eligibility", ["oshi-no-eligibility": "code-changed"]) == "desk-usual")
    }

    @Test func eligibilityResultsAreNotFaults() throws {
        #expect(try next("oshi-code", ["oshi-code": "eligibility"]) == "oshi-eligibility")
        let result = try step("oshi-eligibility")
        let body = text(result)
        for word in ["故障ではありません", "「無効」", "「無効(新しい資格あり)」", "「複数該当」", "枝番", "患者さん"] {
            #expect(body.contains(word), "\(word)")
        }
        #expect(try next("oshi-eligibility", ["oshi-eligibility": "fixed"]) == "solved")
        // Never the maker: the reader is fine.
        #expect(try next("oshi-eligibility", ["oshi-eligibility": "not-fixed"]) == "desk-oshi-portal")
        #expect(try step("desk-oshi-portal").desk == "portal")
    }

    // MARK: S1, C8, T9

    @Test func theOutageStepSaysReadTheNoticeFromAnotherDevice() throws {
        let body = text(try step("outage"))
        #expect(body.contains("スマートフォンや別のパソコン"))
        #expect(body.contains("お知らせ"))
    }

    @Test func theOutageWaitExplainsSeparateSystemsAndWhereExtensionsAreAnnounced() throws {
        let wait = try step("outage-wait")
        let body = text(wait)
        #expect(body.contains("別のシステム"))
        #expect(body.contains("もう片方は送れることがあります"))
        #expect(body.contains("ネットワークは共通"))
        #expect(body.contains("三師会"))
        #expect(body.contains("12日 21:00"))
        #expect(body.contains("ホームページ"))
        #expect(wait.rules.contains("C8") && wait.rules.contains("S1"))
    }

    @Test func aSlowSendIsNotAborted() throws {
        let slow = try step("slow")
        #expect(text(slow).contains("止めずに待ってください"))
        #expect(text(slow).contains("15分"))
        #expect(slow.rules.contains("T9"))
    }

    // MARK: T7

    @Test func ipv6OnAnIPv4ConnectionIsReachedAfterCables() throws {
        #expect(try next("physical", ["physical": "not-fixed", "line-type": "ipvpn-v4"]) == "ipv6-setting")
        #expect(text(try step("ipv6-setting")).contains("IPv6 が有効になっていたら無効に"))
        #expect(try next("physical", ["physical": "not-fixed", "line-type": "ipsec"]) == "vpn-note")
    }

    // MARK: S3

    @Test func catvLinesCanOnlyUseIPsec() throws {
        #expect(text(try step("line-type", in: setup)).contains("フレッツ以外の回線では IPsec+IKE 接続方式しか使えません"))
        #expect(text(try step("line-type", in: setup)).contains("変更届"))
    }

    @Test func ipsecComesAsRouterOrPCKey() throws {
        let provider = text(try step("ipsec-provider", in: setup))
        #expect(provider.contains("ルータタイプ（例 SecureMinder）"))
        #expect(provider.contains("PC キータイプ（例 FENICS）"))
        #expect(provider.contains("単独のカードリーダーは動かないことがあります"))
    }

    @Test func theIPsecChecklistCoversWiFiTheDeskAndTheSwitch() throws {
        let checklist = try step("ipsec-setup", in: setup)
        let ids = Set(checklist.items.map(\.id))
        #expect(ids.isSuperset(of: ["type", "wifi", "desk", "oshi", "change-notice", "vpn-browse"]))
        #expect(text(checklist).contains("プロバイダ（ケーブルテレビ局など）は、オンライン請求の相談は受けていません"))
        // Only what applies to every IPsec clinic is required.
        #expect(checklist.items.filter { !$0.required }.map(\.id).sorted() == ["change-notice", "oshi", "wifi"])
    }

    @Test func theVPNNoteInTroubleNamesTheRightDesk() throws {
        let note = text(try step("vpn-note"))
        #expect(note.contains("Wi-Fi"))
        #expect(note.contains("機器の納入元か IPsec+IKE の事業者に相談します"))
        #expect(try next("vpn-note", ["vpn-note": "not-fixed"]) == "certificate")
    }
}
