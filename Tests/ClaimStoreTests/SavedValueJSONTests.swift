import ClaimFlow
@testable import ClaimStore
import Foundation
import Testing

/// Issue 19: answers and payers are read without Codable; every value as the store writes it
/// (`ProgressRows.text`, JSONEncoder) must read back as itself, as Codable reads it.
@Suite struct SavedValueJSONTests {
    func readBack<Value: Codable & Equatable>(_ value: Value, _ read: (JSONValue) throws(AssetReadError) -> Value) throws {
        let text = try ProgressRows.text(value)
        #expect(try read(JSONParser.parse(text.utf8)) == value, "\(text)")
        #expect(try JSONDecoder().decode(Value.self, from: Data(text.utf8)) == value, "\(text)")
    }

    @Test func everyAnswerReadsBack() throws {
        let answers: [Answer] = [.choice("hikari"), .checked([]), .checked(["pc", "router", "\"引用\""]), .text("さくら歯科\n2階"),
                                 .text(""), .date(CivilDate(year: 2027, month: 4, day: 1)!), .secretEntered, .confirmed]
        for answer in answers {
            try readBack(answer, SavedValueJSON.answer)
        }
    }

    @Test func everyListOfPayersReadsBack() throws {
        for payers: [Payer] in [[], [.shaho], [.kokuho], [.shaho, .kokuho]] {
            try readBack(payers, SavedValueJSON.payers)
        }
        for text in [#"["shaho","jibai"]"#, #""shaho""#, #"[1]"#] {
            #expect(throws: AssetReadError.self) { try SavedValueJSON.payers(JSONParser.parse(text.utf8)) }
            #expect(throws: (any Error).self) { try JSONDecoder().decode([Payer].self, from: Data(text.utf8)) }
        }
    }

    @Test func anAnswerCodableRefusesIsRefused() throws {
        for text in [#"{"kind":"guess","value":"a"}"#, #"{"kind":"date","value":"2027-02-30"}"#, #"{"kind":"checked","value":"pc"}"#,
                     #"{"value":"a"}"#, #"{"kind":"choice"}"#] {
            #expect(throws: AssetReadError.self) { try SavedValueJSON.answer(JSONParser.parse(text.utf8)) }
            #expect(throws: (any Error).self) { try JSONDecoder().decode(Answer.self, from: Data(text.utf8)) }
        }
    }
}
