@testable import ClaimFlow
@testable import ClaimScreens
import ClaimStore
import Testing

/// The changes screen's keys (issue 15, 5): a few letters on the list, characters into the field
/// while a date or note is typed, and q still quits outside the field.
@Suite struct ChangesKeyTests {
    let catalog: FlowCatalog
    init() throws { catalog = try AssetFolder.loadFlows(from: assetsDirectory) }

    func onTheList(_ stage: ChangesStage = .list) -> AppState {
        var state = AppState()
        state.progress.location = .changes
        state.progress.changesPlace.stage = stage
        return state
    }

    @Test func lettersOnTheListAddOrActOnTheHighlightedChange() {
        let state = onTheList()
        let expected: [(Character, Event)] = [("a", .openFlow(.changes)), ("p", .operateOnChange(.postpone)), ("e", .operateOnChange(.editDate)),
                                              ("m", .operateOnChange(.editNote)), ("d", .operateOnChange(.markDone)),
                                              ("c", .operateOnChange(.cancel)), ("q", .quit), ("x", .unusable(keyName: "x"))]
        for (key, event) in expected {
            #expect(KeyMap.action(for: .character(key), in: state, catalog) == .event(event), "\(key)")
        }
        #expect(!KeyMap.isTyping(state, catalog))
        // The same letters mean nothing special on the menu.
        #expect(KeyMap.action(for: .character("p"), in: AppState(), catalog) == .event(.unusable(keyName: "p")))
    }

    @Test func whileTypingEveryCharacterGoesIntoTheField() {
        let state = onTheList(.typing(.editNote))
        #expect(KeyMap.isTyping(state, catalog))
        #expect(!KeyMap.isTypingSecret(state, catalog))
        for key: Character in ["a", "p", "q", "5"] {
            #expect(KeyMap.action(for: .character(key), in: state, catalog) == .event(.insert(String(key))))
        }
        #expect(KeyMap.action(for: .left, in: state, catalog) == .event(.caretLeft))
        #expect(!KeyMap.isTyping(onTheList(.confirming(.editNote)), catalog))
    }
}
