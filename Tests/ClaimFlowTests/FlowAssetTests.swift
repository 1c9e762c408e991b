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
        #expect(MainMenu.flows(catalog).map(\.role) == [.setup, .monthly, .trouble, .changes, .contacts, .certificates])
    }

    @Test func anUnknownNextStepNamesTheStep() {
        let error = decode("""
        {"id":"x","title":"X","summary":"","steps":[{"id":"a","kind":"info","title":"A","next":"nowhere"}]}
        """)
        #expect(error == FlowAssetError(file: "flows/broken.json", stepID: "a", .nextStepMissing("nowhere")))
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

    /// Issue 16: a password field that would also go to the audit trail is refused at load.
    @Test func aFieldBothSecretAndAuditedIsRefused() {
        let error = decode("""
        {"id":"x","title":"X","summary":"","steps":[{"id":"p","kind":"text","title":"P",
         "field":{"label":"パスワード","validator":"nonEmpty","maxLength":20,"secret":true,"audit":true}}]}
        """)
        #expect(error?.stepID == "p")
        #expect(error?.problem.contains("secret と audit の両方は付けられません") == true, "\(String(describing: error))")
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

/// What the code needs from the assets is declared in them as roles and checked at load (issue 10).
@Suite struct FlowRoleTests {
    func shippedFiles(replacing old: String, with new: String, in name: String) throws -> [(name: String, data: Data)] {
        try shippedFiles(replacing: [(old, new)], in: name)
    }

    /// The shipped flows, with replacements made in order in one file.
    func shippedFiles(replacing pairs: [(String, String)], in name: String) throws -> [(name: String, data: Data)] {
        let folder = URL(fileURLWithPath: assetsDirectory).appendingPathComponent("flows")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.map { file in
            var text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            if file == name {
                for (old, new) in pairs {
                    #expect(text.contains(old), "\(file) still holds \(old)")
                    text = text.replacingOccurrences(of: old, with: new)
                }
            }
            return ("flows/" + file, Data(text.utf8))
        }
    }

    /// A step id renamed everywhere in its own file; its role (and an identifier kind of the same
    /// name) stay as they were.
    func renaming(_ step: String, to new: String, in file: String) throws -> [(name: String, data: Data)] {
        var pairs = [("\"\(step)\"", "\"\(new)\""), ("\"role\": \"\(new)\"", "\"role\": \"\(step)\"")]
        if step == "network-id" { pairs.append(("\"identifier\": \"\(new)\"", "\"identifier\": \"\(step)\"")) }
        return try shippedFiles(replacing: pairs, in: file)
    }

    func load(_ files: [(name: String, data: Data)]) -> Result<FlowCatalog, FlowAssetError> {
        do {
            return .success(try FlowCatalog.decode(files: files, checkingContract: true))
        } catch {
            return .failure(error)
        }
    }

    func loadError(_ files: [(name: String, data: Data)]) -> FlowAssetError? {
        if case .failure(let error) = load(files) { return error }
        return nil
    }

    @Test func theShippedFlowsCarryEveryRole() throws {
        let catalog = try load(shippedFiles(replacing: "", with: "", in: "")).get()
        for role in FlowRole.allCases { #expect(catalog.flow(role: role) != nil, "\(role)") }
        for role in StepRole.allCases where !role.optional {
            if case .flow = role.scope { #expect(catalog.step(role: role) != nil, "\(role)") }
        }
    }

    @Test(arguments: [("setup.json", "\"role\": \"designation\"", "designation"),
                      ("trouble.json", "\"role\": \"solved\"", "solved"),
                      ("changes.json", "\"role\": \"change-date\"", "change-date")])
    func aRoleNoStepCarriesStopsStartUpNamingTheFileAndTheRole(file: String, declaration: String, role: String) throws {
        let error = loadError(try shippedFiles(replacing: declaration + ",", with: "", in: file))
        #expect(error?.file == "flows/" + file)
        #expect(error?.problem.contains("役割 \"\(role)\" の手順がありません") == true, "\(String(describing: error))")
        #expect(error?.problem.contains("プログラムが使います") == true)
    }

    /// The code follows the role, not the id: a step renamed in one flow keeps every rule working.
    @Test func renamingAStepThatCarriesARoleKeepsTheRule() throws {
        let catalog = try load(renaming("designation", to: "designation-day", in: "setup.json")).get()
        #expect(catalog.step(role: .designation)?.step.id == "designation-day")
        var progress = SavedProgress()
        var run = FlowProgress(start: "designation-day", at: december3)
        run.answers["designation-day"] = .text("2027-04-01")
        progress.flows["setup"] = run
        // S2: the first claim month is the month after the designation.
        #expect(ClaimDuty(progress, catalog: catalog).hasClaim(year: 2027, month: 4) == false)
        #expect(ClaimDuty(progress, catalog: catalog).hasClaim(year: 2027, month: 5) == true)
    }

    /// A step another flow names (the triage copies the setup's line type; T4 compares the network ID).
    @Test(arguments: ["line-type", "network-id"])
    func renamingAStepAnotherFlowNamesStopsStartUpNamingFileAndStep(step: String) throws {
        let error = loadError(try renaming(step, to: "renamed-step", in: "setup.json"))
        #expect(error?.file == "flows/trouble.json")
        #expect(error?.problem.contains("setup/\(step)") == true, "\(String(describing: error))")
        #expect(error?.stepID != nil)
    }

    @Test func aRoleOnAStepOfTheWrongKindNamesTheStep() throws {
        let error = loadError(try shippedFiles(replacing: "\"role\": \"outage-wait\"", with: "\"role\": \"shown-message\"", in: "trouble.json"))
        #expect(error?.file == "flows/trouble.json")
        // Either the duplicate or the kind is named, on a real step.
        #expect(error?.stepID == "outage-wait" || error?.stepID == "message")
    }

    @Test func removingAnOptionRoleTheCodeComparesWithStopsStartUp() throws {
        let error = loadError(try shippedFiles(replacing: "\"role\": \"ipsec-line\",", with: "", in: "setup.json"))
        #expect(error?.stepID == "line-type")
        #expect(error?.problem.contains("ipsec-line") == true)
    }

    @Test func aFlowRoleNoFlowCarriesStopsStartUp() throws {
        let error = loadError(try shippedFiles(replacing: "\"role\": \"extension\",", with: "", in: "extension.json"))
        #expect(error?.problem.contains("役割 \"extension\" のフローがありません") == true)
    }

    @Test func anUnknownRoleIsADecodingErrorNamingTheStep() throws {
        let error = loadError(try shippedFiles(replacing: "\"role\": \"since\"", with: "\"role\": \"sinse\"", in: "trouble.json"))
        #expect(error?.file == "flows/trouble.json")
        #expect(error?.stepID == "started")
    }
}

/// The flow authors' guide names every role, so it cannot fall behind the code.
@Suite struct FlowGuideTests {
    @Test func docsFlowsNamesEveryRole() throws {
        let guide = try String(contentsOfFile: assetsDirectory + "/../docs/flows.md", encoding: .utf8)
        let roles = FlowRole.allCases.map(\.rawValue) + StepRole.allCases.map(\.rawValue) + OptionRole.allCases.map(\.rawValue)
        for role in roles { #expect(guide.contains("`\(role)`"), "docs/flows.md does not name \(role)") }
    }
}
