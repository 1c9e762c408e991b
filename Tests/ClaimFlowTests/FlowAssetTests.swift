import ClaimFlow
import Foundation
import Testing

/// A broken asset is a clear error naming the file, the step and the problem.
@Suite struct FlowAssetTests {
    func decode(_ json: String) -> FlowAssetError? {
        do {
            _ = try FlowCatalog.decode(files: [("flows/broken.json", Data(json.utf8))])
            return nil
        } catch {
            return error
        }
    }

    @Test func theShippedFlowsAreValid() throws {
        let catalog = try shippedCatalog()
        #expect(MainMenu.flowIDs.allSatisfy { catalog.flow($0) != nil })
    }

    @Test func anUnknownNextStepNamesTheStep() {
        let error = decode("""
        {"id":"x","title":"X","summary":"","steps":[{"id":"a","kind":"info","title":"A","next":"nowhere"}]}
        """)
        #expect(error == FlowAssetError(file: "flows/broken.json", stepID: "a", problem: "次の手順 \"nowhere\" がありません。"))
    }

    @Test func aMissingFieldNamesTheStepByItsID() {
        let error = decode("""
        {"id":"x","title":"X","summary":"","steps":[{"id":"a","kind":"info","title":"A","next":"b"},{"id":"b","kind":"choice"}]}
        """)
        #expect(error?.stepID == "b")
        #expect(error?.problem.contains("title") == true)
    }

    @Test func aCycleIsRejected() {
        let error = decode("""
        {"id":"x","title":"X","summary":"","steps":[{"id":"a","kind":"info","title":"A","next":"b"},
         {"id":"b","kind":"info","title":"B","next":"a"}]}
        """)
        #expect(error?.problem.contains("輪") == true)
    }

    @Test func conditionsMustNameRealOptions() {
        let error = decode("""
        {"id":"x","title":"X","summary":"","steps":[
         {"id":"c","kind":"choice","title":"C","options":[{"id":"yes","label":"はい"}],
          "next":[{"when":{"c":"maybe"},"goto":"d"},{"goto":"d"}]},
         {"id":"d","kind":"info","title":"D"}]}
        """)
        #expect(error?.stepID == "c")
        #expect(error?.problem.contains("maybe") == true)
    }

    @Test func brokenJSONSaysSo() {
        #expect(decode("{\"id\": ")?.problem.contains("JSON") == true)
    }

    @Test func anUnknownValidatorIsNamed() {
        let error = decode("""
        {"id":"x","title":"X","summary":"","steps":[{"id":"t","kind":"text","title":"T","field":{"label":"L","validator":"magic"}}]}
        """)
        #expect(error?.stepID == "t")
    }
}

/// T8, S2 (corrected): the two root certificates go to 信頼されたルート証明機関, the user's
/// certificate to 個人. No text may send all three to the roots' store.
@Suite struct CertificateStoreTests {
    /// Every string in every asset file (flows, contacts, calendar), whatever its key.
    func assetStrings() throws -> [(file: String, text: String)] {
        var found: [(String, String)] = []
        func walk(_ value: Any, _ file: String) {
            if let text = value as? String { found.append((file, text)) }
            if let list = value as? [Any] { list.forEach { walk($0, file) } }
            if let object = value as? [String: Any] { object.values.forEach { walk($0, file) } }
        }
        let root = URL(fileURLWithPath: assetsDirectory)
        let files = try FileManager.default.subpathsOfDirectory(atPath: assetsDirectory).filter { $0.hasSuffix(".json") }
        for file in files {
            walk(try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent(file))), file)
        }
        return found
    }

    @Test func theUserCertificateIsNeverSentToTheRootStore() throws {
        let texts = try assetStrings()
        #expect(texts.count > 500)
        for (file, text) in texts {
            #expect(!text.contains("3つとも"), "\(file): \(text)")
            if text.contains("利用者の電子証明書"), text.contains("信頼されたルート証明機関") {
                #expect(text.contains("「個人」"), "\(file): \(text)")
            }
        }
    }

    @Test func theSetupStepNamesBothStores() throws {
        let step = try #require(try shippedCatalog().flow("setup")?.step("certificates"))
        let texts = step.body + step.items.map(\.text)
        #expect(texts.contains { $0.contains("ルート証明書2つは「信頼されたルート証明機関」") })
        #expect(texts.contains { $0.contains("利用者の電子証明書") && $0.contains("「個人」") })
        #expect(!texts.contains { $0.contains("利用者の電子証明書") && $0.contains("信頼されたルート証明機関") })
    }
}

/// The code's needs from the assets are checked at load (issue 10, FlowContract).
@Suite struct FlowContractTests {
    func shippedFiles(replacing old: String, with new: String, in name: String) throws -> [(name: String, data: Data)] {
        let folder = URL(fileURLWithPath: assetsDirectory).appendingPathComponent("flows")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.map { file in
            var text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            if file == name { text = text.replacingOccurrences(of: old, with: new) }
            return ("flows/" + file, Data(text.utf8))
        }
    }

    func loadError(_ files: [(name: String, data: Data)]) -> FlowAssetError? {
        do {
            _ = try FlowCatalog.decode(files: files, checkingContract: true)
            return nil
        } catch {
            return error
        }
    }

    @Test func theShippedFlowsKeepTheContract() throws {
        #expect(loadError(try shippedFiles(replacing: "", with: "", in: "")) == nil)
    }

    @Test(arguments: [("setup.json", "\"designation\"", "designation"), ("trouble.json", "\"desk-network\"", "desk-network"),
                      ("setup.json", "\"score-table\"", "score-table")])
    func renamingAStepTheCodeUsesStopsStartUp(file: String, quoted: String, step: String) throws {
        let error = loadError(try shippedFiles(replacing: quoted, with: "\"renamed-step\"", in: file))
        #expect(error?.file == "flows/" + file)
        #expect(error?.stepID == step)
        #expect(error?.description.contains("プログラムが使います") == true)
    }

    @Test func removingAnOptionTheCodeComparesWithStopsStartUp() throws {
        let error = loadError(try shippedFiles(replacing: "\"id\": \"ipsec\"", with: "\"id\": \"ipsec-ike\"", in: "setup.json"))
        #expect(error?.stepID == "line-type")
        #expect(error?.problem.contains("ipsec") == true)
    }
}
