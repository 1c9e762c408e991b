@testable import ClaimFlow
import Testing

/// `{{name}}` is read by one scanner for the validator and for `Facts.fill` (issue 19): the names
/// the validator checks are exactly the ones fill replaces, and what is not a token stays text.
@Suite struct FactTokensTests {
    func facts() throws -> Facts {
        Facts(AppState(), Context(catalog: try shippedCatalog(), now: try #require(LocalDateTime(parsing: "2026-12-07T10:00"))))
    }
    let today = "2026年12月7日(月) 10:00"

    @Test func namesAreWhatFillReplaces() throws {
        let facts = try facts()
        let text = "今日は{{today}}、{{nofact}}。閉じない {{today"
        #expect(FactNames.names(in: text) == ["today", "nofact"])
        #expect(facts.fill(text) == "今日は\(today)、{{nofact}}。閉じない {{today")
    }

    @Test func textAroundTokensIsKeptWhole() throws {
        let facts = try facts()
        #expect(facts.fill("{{today}}") == today)
        #expect(facts.fill("あ{{today}}い{{today}}う") == "あ\(today)い\(today)う")
        #expect(facts.fill("}}{{ {{today}}") == "}}{{ {{today}}", "the first {{ runs to the first }}: its name is \" {{today\"")
        #expect(FactNames.names(in: "}}{{ {{today}}") == [" {{today"])
        #expect(facts.fill("波括弧なし") == "波括弧なし")
    }

    /// Texts are first searched for a brace sixteen bytes at a time: a token is found wherever it
    /// starts, in a block of sixteen or in the bytes after the last whole block.
    @Test func tokensAreFoundAtEveryOffset() {
        for padding in 0...40 {
            let text = String(repeating: "あ", count: padding / 3) + String(repeating: "a", count: padding % 3) + "{{today}}"
            #expect(FactNames.names(in: text) == ["today"], "\(padding)")
            #expect(FactNames.names(in: String(text.dropLast())) == [], "\(padding)")
        }
        #expect(FactNames.names(in: String(repeating: "a", count: 31) + "{") == [])
    }
}
