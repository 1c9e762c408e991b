import ClaimFlow
import Foundation
import Testing

/// Issue 19: the assets are read by a small JSON reader of the program's own, not JSONDecoder.
/// It must read exactly what JSONSerialization reads, and refuse what it refuses.
@Suite struct JSONParserTests {
    /// The tree as plain values, to compare with what JSONSerialization made of the same bytes.
    func plain(_ value: JSONValue) -> Any {
        switch value {
        case .null: return NSNull()
        case .bool(let flag): return flag
        case .number(let text): return Double(text) ?? .nan
        case .string(let text): return text
        case .array(let elements): return elements.map(plain)
        case .object(let members): return Dictionary(members.map { ($0.key, plain($0.value)) }, uniquingKeysWith: { _, last in last })
        }
    }

    func same(_ ours: Any, _ theirs: Any) -> Bool {
        switch (ours, theirs) {
        case (let a as [Any], let b as [Any]): return a.count == b.count && zip(a, b).allSatisfy(same)
        case (let a as [String: Any], let b as [String: Any]):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map { same(value, $0) } ?? false }
        case (let a as String, let b as String): return a == b
        case (let a as Bool, let b as NSNumber): return a == b.boolValue
        case (let a as Double, let b as NSNumber): return a == b.doubleValue
        case (is NSNull, is NSNull): return true
        default: return false
        }
    }

    @Test func everyShippedAssetReadsAsJSONSerializationReadsIt() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: assetsDirectory).filter { $0.hasSuffix(".json") }
        #expect(files.count >= 10)
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: assetsDirectory + "/" + file))
            let ours = try JSONParser.parse(data)
            let theirs = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
            #expect(same(plain(ours), theirs), "\(file)")
        }
    }

    @Test func escapesAndNumbers() throws {
        let text = #"{"a": "q\"b\\s\/n\nt\tu\u00e9\u3042\ud83d\ude00", "n": [-0, 12, 3.5e2, 1E-2], "t": true, "f": false, "z": null}"#
        let value = try JSONParser.parse(Array(text.utf8))
        #expect(value["a"] == .string("q\"b\\s/n\nt\tuéあ😀"))
        #expect(value["n"] == .array([.number("-0"), .number("12"), .number("3.5e2"), .number("1E-2")]))
        #expect(value["t"] == .bool(true) && value["f"] == .bool(false) && value["z"] == .null)
    }

    @Test(arguments: ["", "{", "{,}", "[,]", "[1,,]", "[1 2]", "01", "1.", "-", "\"a", "\"\\x\"", "\"\\ud83d\"", "{\"a\" 1}",
                      "tru", "nul", "[1]]", "{} {}", "\"tab\there\"", "// comment\n{}", "[\"\u{FFFD}\"", "'a'"])
    func refusesWhatIsNotJSON(_ text: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)) == nil, "JSONSerialization reads \(text)")
    }

    /// Foundation forgives a comma before the closing bracket; a flow that loaded before still loads.
    @Test func aTrailingCommaIsForgivenAsBefore() throws {
        #expect(try JSONParser.parse(Array(#"{"a": [1, 2,], "b": {"c": true,},}"#.utf8))
                == .object([("a", .array([.number("1"), .number("2")])), ("b", .object([("c", .bool(true))]))]))
        #expect((try? JSONSerialization.jsonObject(with: Data(#"{"a": [1, 2,], "b": {"c": true,},}"#.utf8))) != nil)
    }

    @Test func invalidUTF8IsRefused() throws {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
        // Also after an escape, in a key, and outside any string.
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse([0x22, 0x5C, 0x6E, 0xC3, 0x22]) }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(#"{"a"#.utf8) + [0xE3, 0x81] + Array(#"": 1}"#.utf8)) }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse([0x5B, 0xFF, 0x5D]) }
        #expect(try JSONParser.parse(Array(#"["日本\n語", "\u3042"]"#.utf8)) == .array([.string("日本\n語"), .string("あ")]))
    }

    @Test func theErrorNamesTheLine() {
        #expect(throws: JSONParser.SyntaxError(line: 3)) { try JSONParser.parse(Array("{\n\"a\": 1,\n\"b\": }".utf8)) }
    }

    @Test func deepNestingIsRefusedNotRecursedInto() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(deep.utf8)) }
    }
}

/// A broken flow says in Japanese what is wrong and where (issue 19: the decoder's English is gone).
@Suite struct FlowJSONErrorTests {
    func error(_ json: String) -> FlowAssetError? {
        do {
            _ = try FlowCatalog.decode(files: [("flows/broken.json", Data(json.utf8))])
            return nil
        } catch {
            return error
        }
    }

    @Test func anUnknownRoleListsTheRolesThereAre() throws {
        let found = try #require(error(#"{"id":"x","title":"X","steps":[{"id":"a","kind":"info","title":"A","role":"sinse"}]}"#))
        #expect(found.stepID == "a")
        #expect(found.reason == .unknownValue(field: "role", value: "sinse", allowed: StepRole.allCases.map(\.rawValue)))
        #expect(found.description.hasPrefix("flows/broken.json: 手順 \"a\": 項目 \"role\" の \"sinse\" は使えません。使えるのは "))
        #expect(!found.description.contains("Cannot"))
    }

    @Test func aValueOfTheWrongKindNamesItsMember() {
        let found = error(#"{"id":"x","title":"X","steps":[{"id":"a","kind":"text","title":"A","field":{"label":"L","maxLength":"20"}}]}"#)
        #expect(found == FlowAssetError(file: "flows/broken.json", stepID: "a", .wrongType(field: "maxLength", expected: .integer, found: .string)))
        #expect(found?.problem == "項目 \"maxLength\" には整数を書いてください（いまは文字列です）。")
    }

    @Test func aStepWithoutAnIDIsNamedByItsPlace() {
        let found = error(#"{"id":"x","title":"X","steps":[{"id":"a","kind":"info","title":"A"},{"kind":"info","title":"B"}]}"#)
        #expect(found == FlowAssetError(file: "flows/broken.json", stepID: "#2", .missingKey("id")))
    }

    @Test func aMalformedWhenSaysWhyInJapanese() {
        let found = error(#"{"id":"x","title":"X","steps":[{"id":"a","kind":"info","title":"A","next":[{"when":{"a":"!"},"goto":"a"}]}]}"#)
        #expect(found?.stepID == "a")
        #expect(found?.problem.contains("when の \"a\" には選択肢の id") == true, "\(String(describing: found))")
    }

    @Test func aNextThatIsNeitherAStepNorAListNamesNext() {
        let found = error(#"{"id":"x","title":"X","steps":[{"id":"a","kind":"info","title":"A","next":7}]}"#)
        #expect(found == FlowAssetError(file: "flows/broken.json", stepID: "a", .wrongType(field: "next", expected: .array, found: .number)))
    }

    /// Every `{{name}}` of a step's texts must be a fact; an unclosed `{{` is plain text.
    @Test func anUnknownFactIsNamedAndAKnownOneIsNot() {
        let known = Fact.allCases.map(\.rawValue).sorted()
        let found = error(#"{"id":"x","title":"X","steps":[{"id":"a","kind":"info","title":"A {{"# + known[0]
                          + #"}}","body":["{{ no }} and {{nosuch}} then {{open"]}]}"#)
        #expect(found == FlowAssetError(file: "flows/broken.json", stepID: "a", .unknownFact(name: " no ", known: known)))
        #expect(error(#"{"id":"x","title":"X {{"# + known[0] + #"}}","steps":[{"id":"a","kind":"info","title":"A","body":["{{"# + known[1] + #"}}{{"# + known[0] + #"}} {{open"]}]}"#) == nil)
    }

    @Test func nullCountsAsAbsent() {
        #expect(error(#"{"id":"x","title":"X","summary":null,"steps":[{"id":"a","kind":"info","title":"A","short":null}]}"#) == nil)
    }
}
