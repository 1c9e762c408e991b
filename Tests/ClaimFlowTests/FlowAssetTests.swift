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
