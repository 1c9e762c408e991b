import ClaimFlow
import Foundation
import Testing

/// F1 help on every step of every shipped flow (issue 15, item 4), checked when the assets load.
@Suite struct StepHelpTests {
    /// The shipped flow files, with `edit` applied to the parsed JSON of one of them.
    func shippedFiles(editing name: String, _ edit: (inout [String: Any]) -> Void) throws -> [(name: String, data: Data)] {
        let folder = URL(fileURLWithPath: assetsDirectory).appendingPathComponent("flows")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.map { file in
            var data = try Data(contentsOf: folder.appendingPathComponent(file))
            if file == name, var root = try JSONSerialization.jsonObject(with: data) as? [String: Any] {
                edit(&root)
                data = try JSONSerialization.data(withJSONObject: root)
            }
            return ("flows/" + file, data)
        }
    }

    /// The shipped flows with the help of one step replaced (nil removes it).
    func loadError(file: String, step: String, help: [String]?) throws -> FlowAssetError? {
        var found = false
        let files = try shippedFiles(editing: file) { root in
            guard var steps = root["steps"] as? [[String: Any]], let index = steps.firstIndex(where: { $0["id"] as? String == step }) else { return }
            found = true
            steps[index]["help"] = help
            root["steps"] = steps
        }
        #expect(found, "\(file) has no step \(step)")
        do {
            _ = try FlowCatalog.decode(files: files, checkingContract: true)
            return nil
        } catch {
            return error
        }
    }

    @Test func everyShippedStepHasHelp() throws {
        let catalog = try shippedCatalog()
        #expect(catalog.flows.count == 7)
        for flow in catalog.flows {
            for step in flow.steps {
                #expect(!step.help.isEmpty, "\(flow.id)/\(step.id)")
                // Plain text: help is not filled with facts, so a {{name}} would show as written.
                #expect(!step.help.contains { $0.contains("{{") }, "\(flow.id)/\(step.id)")
            }
        }
    }

    @Test(arguments: [("trouble.json", "outage"), ("setup.json", "line-type"), ("changes.json", "confirm")])
    func aStepWithoutHelpStopsStartUpNamingFileAndStep(file: String, step: String) throws {
        let error = try loadError(file: file, step: step, help: nil)
        #expect(error == FlowAssetError(file: "flows/" + file, stepID: step, .helpMissing))
        #expect(error?.description.contains("flows/\(file): 手順 \"\(step)\": help がありません。") == true, "\(String(describing: error))")
    }

    @Test func blankHelpLinesAreNoHelp() throws {
        let error = try loadError(file: "monthly.json", step: "returns", help: ["", "  "])
        #expect(error?.stepID == "returns")
        #expect(error?.reason == .helpMissing)
    }

    /// The engine's own fixtures are not shipped assets: they load without help.
    @Test func engineFixturesNeedNoHelp() throws {
        let flow = """
        {"id": "x", "title": "X", "summary": "", "steps": [{"id": "a", "kind": "info", "title": "A"}]}
        """
        #expect(throws: Never.self) { try FlowCatalog.decode(files: [("flows/x.json", Data(flow.utf8))]) }
    }

    /// The facts of the hardest steps are said where the clerk asks for them (F1).
    @Test func theLineTypeCertificateAndConfirmationTestHelpSayHowToTellAndWhereToLook() throws {
        let setup = try #require(try shippedCatalog().flow("setup"))
        let lineType = try #require(setup.step("line-type")).help.joined(separator: "\n")
        // I2, I4, S0, S3: IPv4 has a network ID (PPPoE); IPv6 has none (IPoE); CATV is IPsec+IKE.
        #expect(lineType.contains("ネットワークID（8文字 + @ + 8文字）とネットワークパスワードの書面があれば、IPv4（PPPoE 接続）です。"))
        #expect(lineType.contains("ネットワークID を使わないなら、光回線 IPv6 です。"))
        #expect(lineType.contains("ケーブルテレビ（CATV）などフレッツ以外の回線"))
        let certificates = try #require(setup.step("certificates")).help.joined(separator: "\n")
        // S2, T8 (corrected): two roots in 信頼されたルート証明機関, the user's certificate in 個人.
        #expect(certificates.contains("ルート証明書2つは「信頼されたルート証明機関」、利用者の電子証明書は「個人」です。"))
        #expect(certificates.contains("証明書ストア"))
        // No menu path the sources do not give.
        #expect(!certificates.contains("インターネット オプション"))
        let confirmation = try #require(setup.step("confirmation-test")).help.joined(separator: "\n")
        // S2, C6: optional, after the 導通試験, 5th to month end 8:00–21:00.
        #expect(confirmation.contains("導通試験のあとにできる試験です。任意"))
        #expect(confirmation.contains("毎月5日〜月末の 8:00〜21:00"))
    }
}
