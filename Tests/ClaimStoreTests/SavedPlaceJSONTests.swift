import ClaimFlow
@testable import ClaimStore
import Foundation
import Testing

/// Issue 19: the saved place is read without Codable; every case as the store writes it
/// (`ProgressRows.text`, JSONEncoder) must read back as itself, as Codable reads it.
@Suite struct SavedPlaceJSONTests {
    func readBack<Value: Codable & Equatable>(_ value: Value, _ read: (JSONValue) throws(AssetReadError) -> Value) throws {
        let text = try ProgressRows.text(value)
        #expect(try read(JSONParser.parse(text.utf8)) == value, "\(text)")
        #expect(try JSONDecoder().decode(Value.self, from: Data(text.utf8)) == value, "\(text)")
    }

    @Test func everyLocationReadsBack() throws {
        for location in [Location.menu, .calendar, .changes, .certificates, .flow("setup")] {
            try readBack(location, SavedPlaceJSON.location)
        }
    }

    @Test func everyPlaceOnTheChangesScreenReadsBack() throws {
        let stages: [ChangesStage] = [.list, .choosing(cursor: 2)] + ChangeOperation.allCases.flatMap { [.typing($0), .confirming($0)] }
        for stage in stages {
            try readBack(ChangesPlace(stage: stage), SavedPlaceJSON.changesPlace)
            try readBack(ChangesPlace(selected: 7, stage: stage, draft: ChangeDraft(operation: .editNote, changeID: 7, text: "回線\"工事\"", caret: 2)),
                         SavedPlaceJSON.changesPlace)
            try readBack(ChangesPlace(selected: nil, stage: stage, draft: ChangeDraft(operation: .postpone, changeID: 3, text: "")),
                         SavedPlaceJSON.changesPlace)
        }
    }

    @Test func everyPlaceOnTheCertificatesScreenReadsBack() throws {
        let stages: [CertificatesStage] = [.list, .choosing(cursor: 1)] + CertificateField.allCases.flatMap { [.typing($0), .confirming($0)] }
        for stage in stages {
            try readBack(CertificatesPlace(stage: stage), SavedPlaceJSON.certificatesPlace)
            try readBack(CertificatesPlace(selected: 4, stage: stage, draft: CertificateDraft(field: .name, certificateID: 4, text: "受付PC", caret: 1)),
                         SavedPlaceJSON.certificatesPlace)
            try readBack(CertificatesPlace(selected: nil, stage: stage, draft: CertificateDraft(field: .expires, certificateID: 2, text: "2027/3/31")),
                         SavedPlaceJSON.certificatesPlace)
        }
    }

    @Test func aHistoryReadsBack() throws {
        for history in [[], ["check"], ["a", "b\\c", "日本語"]] as [[String]] {
            #expect(try SavedPlaceJSON.strings(JSONParser.parse(ProgressRows.text(history).utf8)) == history)
        }
    }

    /// What Codable refused is refused: the store then reports the database as unreadable.
    @Test func whatCodableRefusedIsRefused() throws {
        for text in [#"{"screen":"nowhere"}"#, #"{"flow":"setup"}"#, #"{"screen":"flow"}"#] {
            #expect(throws: AssetReadError.self) { try SavedPlaceJSON.location(JSONParser.parse(text.utf8)) }
            #expect(throws: (any Error).self) { try JSONDecoder().decode(Location.self, from: Data(text.utf8)) }
        }
        for text in [#"{"stage":{"list":{},"choosing":{"cursor":1}}}"#, #"{"stage":{"typing":{"_0":"colour"}}}"#, #"{"selected":1}"#] {
            #expect(throws: AssetReadError.self) { try SavedPlaceJSON.certificatesPlace(JSONParser.parse(text.utf8)) }
            #expect(throws: (any Error).self) { try JSONDecoder().decode(CertificatesPlace.self, from: Data(text.utf8)) }
        }
        for text in [#"{"stage":{"stage":"typing"}}"#, #"{"stage":{"stage":"choosing","cursor":"1"}}"#, #"{}"#] {
            #expect(throws: AssetReadError.self) { try SavedPlaceJSON.changesPlace(JSONParser.parse(text.utf8)) }
            #expect(throws: (any Error).self) { try JSONDecoder().decode(ChangesPlace.self, from: Data(text.utf8)) }
        }
    }
}
