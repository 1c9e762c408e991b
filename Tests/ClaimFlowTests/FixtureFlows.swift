import ClaimFlow
import Foundation

/// Small flows written for the engine tests, so each engine rule is tested on a flow that shows
/// exactly that rule, and a wording or order change in Assets/flows cannot break (or hide) it.
/// They are JSON, read by the same decoder and validator as the shipped assets. Their ids are
/// menu entries (setup, monthly, trouble) so the menu opens them as it opens the real ones.
enum FixtureFlows {
    /// Branches by the line chosen: v4 asks an ID and has it read back, v6 shows one info step,
    /// vpn asks the provider first. The checklist shows `contract` only for vpn and `router`
    /// for the others; `spare` is optional.
    ///
    ///     v4:  intro, name, line, equipment, id, id-readback, done   (7 steps)
    ///     v6:  intro, name, line, equipment, auth, done               (6 steps)
    ///     vpn: intro, name, line, provider, equipment, vpn-note, done (7 steps)
    static let branching = """
    {"id": "setup", "role": "setup", "title": "枝分かれ", "summary": "試験用", "steps": [
      {"id": "intro", "kind": "info", "title": "はじめに", "next": "name"},
      {"id": "name", "kind": "text", "title": "名前", "field": {"label": "名前", "maxLength": 20}, "next": "line"},
      {"id": "line", "kind": "choice", "title": "回線",
       "options": [{"id": "v4", "label": "IPv4"}, {"id": "v6", "label": "IPv6"}, {"id": "vpn", "label": "VPN"}],
       "next": [{"when": {"line": "vpn"}, "goto": "provider"}, {"goto": "equipment"}]},
      {"id": "provider", "kind": "choice", "title": "事業者",
       "options": [{"id": "p1", "label": "一社目"}, {"id": "p2", "label": "二社目"}], "next": "equipment"},
      {"id": "equipment", "kind": "checklist", "title": "機器", "items": [
        {"id": "pc", "text": "端末"},
        {"id": "contract", "text": "VPN の契約", "when": {"line": "vpn"}},
        {"id": "router", "text": "ルータ", "when": {"line": "!vpn"}},
        {"id": "spare", "text": "予備の機器", "required": false}],
       "next": [{"when": {"line": "v4"}, "goto": "id"}, {"when": {"line": "v6"}, "goto": "auth"}, {"goto": "vpn-note"}]},
      {"id": "id", "kind": "text", "title": "ID",
       "field": {"label": "ID", "identifier": "network-id", "maxLength": 40}, "next": "id-readback"},
      {"id": "id-readback", "kind": "readback", "title": "読み上げ", "source": "id",
       "field": {"label": "確かめた人"}, "next": "done"},
      {"id": "auth", "kind": "info", "title": "認証", "next": "done"},
      {"id": "vpn-note", "kind": "info", "title": "VPN の注意", "next": "done"},
      {"id": "done", "kind": "summary", "title": "まとめ"}
    ]}
    """

    /// Done again and again: finishing clears its answers.
    static let repeatable = """
    {"id": "monthly", "role": "monthly", "title": "毎月", "summary": "試験用", "repeatable": true, "steps": [
      {"id": "payers", "kind": "choice", "title": "請求先",
       "options": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}], "next": "note"},
      {"id": "note", "kind": "text", "title": "メモ", "field": {"label": "メモ"}, "next": "end"},
      {"id": "end", "kind": "info", "title": "おわり"}
    ]}
    """

    /// Starts with the line chosen in `branching` (the load requires every option of it here too).
    static let prefilled = """
    {"id": "trouble", "role": "trouble", "title": "困ったとき", "summary": "試験用", "prefill": {"line": "setup/line"}, "steps": [
      {"id": "line", "kind": "choice", "title": "回線",
       "options": [{"id": "v4", "label": "IPv4"}, {"id": "v6", "label": "IPv6"}, {"id": "vpn", "label": "VPN"}], "next": "check"},
      {"id": "check", "kind": "info", "title": "確かめる"}
    ]}
    """

    /// One 医療機関コード field (I1), then an end.
    static let clinicCode = """
    {"id": "setup", "role": "setup", "title": "コード", "summary": "試験用", "steps": [
      {"id": "code", "kind": "text", "title": "医療機関コード",
       "field": {"label": "医療機関コード", "validator": "clinicCode", "maxLength": 20, "identifier": "clinic-code"}, "next": "after"},
      {"id": "after", "kind": "info", "title": "つぎ"}
    ]}
    """

    /// Answers that depend on answers: `checks` shows one item per line (v4, v6) and one always;
    /// after it, a provider of the vpn branch chooses a note. Switching the line away from vpn
    /// leaves the provider's answer off the path, where it must steer nothing.
    ///
    ///     vpn: line, provider, checks, (p1-note when p1), done
    ///     v4, v6: line, checks, done
    static let dependent = """
    {"id": "setup", "role": "setup", "title": "依存", "summary": "試験用", "steps": [
      {"id": "line", "kind": "choice", "title": "回線",
       "options": [{"id": "v4", "label": "IPv4"}, {"id": "v6", "label": "IPv6"}, {"id": "vpn", "label": "VPN"}],
       "next": [{"when": {"line": "vpn"}, "goto": "provider"}, {"goto": "checks"}]},
      {"id": "provider", "kind": "choice", "title": "VPN の事業者を選ぶ", "short": "事業者",
       "options": [{"id": "p1", "label": "一社目"}, {"id": "p2", "label": "二社目"}], "next": "checks"},
      {"id": "checks", "kind": "checklist", "title": "試験をする", "short": "試験", "items": [
        {"id": "v4-test", "text": "IPv4 の試験", "when": {"line": "v4"}},
        {"id": "v6-test", "text": "IPv6 の試験", "when": {"line": "v6"}},
        {"id": "always", "text": "いつもの確認"}],
       "next": [{"when": {"provider": "p1"}, "goto": "p1-note"}, {"goto": "done"}]},
      {"id": "p1-note", "kind": "choice", "title": "一社目の注意",
       "options": [{"id": "read", "label": "読んだ"}], "next": "done"},
      {"id": "done", "kind": "summary", "title": "まとめ"}
    ]}
    """

    /// Copies the line and the provider of `branching` when it starts; on v4 the ID is typed again
    /// and compared with the one recorded at setup (like the triage's 691 check).
    ///
    ///     v4: line, retype, check, end      vpn: line, check, provider, end      v6: line, check, end
    static let copiesFromSetup = """
    {"id": "trouble", "role": "trouble", "title": "困ったとき", "summary": "試験用",
     "prefill": {"line": "setup/line", "provider": "setup/provider"}, "steps": [
      {"id": "line", "kind": "choice", "title": "回線",
       "options": [{"id": "v4", "label": "IPv4"}, {"id": "v6", "label": "IPv6"}, {"id": "vpn", "label": "VPN"}],
       "next": [{"when": {"line": "v4"}, "goto": "retype"}, {"goto": "check"}]},
      {"id": "retype", "kind": "text", "title": "ID を打ち直す",
       "field": {"label": "ID", "identifier": "network-id", "maxLength": 40, "compareWith": "setup/id"}, "next": "check"},
      {"id": "check", "kind": "info", "title": "確かめる",
       "next": [{"when": {"line": "vpn"}, "goto": "provider"}, {"goto": "end"}]},
      {"id": "provider", "kind": "choice", "title": "事業者",
       "options": [{"id": "p1", "label": "一社目"}, {"id": "p2", "label": "二社目"}], "next": "end"},
      {"id": "end", "kind": "info", "title": "おわり"}
    ]}
    """

    static func catalog(_ flows: String...) throws -> FlowCatalog {
        try FlowCatalog.decode(files: flows.enumerated().map { ("fixture-\($0.offset).json", Data($0.element.utf8)) })
    }

    /// The three flows that work together: branching setup, a repeatable one, a prefilled one.
    static func standard() throws -> FlowCatalog { try catalog(branching, repeatable, prefilled) }
}
