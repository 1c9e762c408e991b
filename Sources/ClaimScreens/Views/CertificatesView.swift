import ClaimFlow

/// The register screen (issue 14; domain "Setup", certificates [S2]): every PC with its role and
/// expiry (推定 when it is issue + 3 years), the other dates under the highlighted one; on it, the
/// values that can be corrected, the field, and what Enter will record.
enum CertificatesView {
    static var words: any CertificateMessages { Messages.certificates }

    static func screen(_ state: AppState, _ context: ViewContext) -> Screen {
        let progress = state.progress
        let place = progress.certificatesPlace
        let index = place.highlightedIndex(in: progress.certificates)
        let entry = index.map { progress.certificates[$0] }
        var body: [Block] = []
        var focus: Int?
        var hints = listHints
        switch place.stage {
        case .list:
            // With no PC yet there is nothing to pick or correct: only a (add) is offered.
            let empty = progress.certificates.isEmpty
            body = [.paragraph(CertificateScreenWords.rule),
                    .paragraph(empty ? CertificateScreenWords.emptyKeyGuide : CertificateScreenWords.keyGuide, .dim), .blank]
            if empty {
                body.append(.paragraph(words.noPCsYet))
                hints = emptyListHints
            }
            for (row, listed) in progress.certificates.enumerated() {
                if row == index { focus = body.count }
                body.append(.item(marker: "\(row + 1).", text: CertificateScreenWords.row(listed), selected: row == index,
                                  detail: CertificateScreenWords.dates(listed)))
            }
        case .choosing(let cursor):
            if let entry { body += [.paragraph(CertificateScreenWords.row(entry)), .paragraph(CertificateScreenWords.dates(entry), .dim), .blank] }
            for (row, field) in CertificateField.allCases.enumerated() {
                if row == cursor { focus = body.count }
                body.append(.item(marker: "\(row + 1).", text: words.fieldName(field), selected: row == cursor))
            }
            hints = Hints.choice
        case .typing(let field):
            if let entry {
                let content = place.fieldContent(field, on: entry)
                body += [.paragraph(CertificateScreenWords.row(entry)), .paragraph(CertificateScreenWords.dates(entry), .dim), .blank]
                focus = body.count
                body.append(.field(label: words.fieldName(field), value: content.text, note: CertificateScreenWords.note(field),
                                   caret: content.caret, replacing: content.replacesOnTyping))
                if content.replacesOnTyping { body.append(.paragraph(Messages.screen.text(.fieldReplacesOnTyping), .dim)) }
            }
            hints = Hints.text
        case .confirming(let field):
            if let entry { body += confirmation(field, entry, place) }
            body += [.blank, .paragraph(Messages.screen.text(.changesConfirm))]
            hints = Hints.changeConfirm
        }
        return Screen(place: CertificateScreenWords.place, heading: CertificateScreenWords.heading(place.stage, entry), body: body,
                      focus: focus, hints: hints)
    }

    /// What Enter will record, worked out from what was typed.
    static func confirmation(_ field: CertificateField, _ entry: Certificate, _ place: CertificatesPlace) -> [Block] {
        let typed = place.fieldContent(field, on: entry).text
        guard case .success(let edit) = field.edit(typed: typed, on: entry) else { return [] }
        let after = edit.applied(to: entry)
        return [.paragraph(CertificateScreenWords.row(entry)), .blank, .paragraph(words.proposal(field, after: after))]
            + words.differences(entry, after).map { .paragraph($0, .dim) }
    }

    /// Up/Down pick a PC, Enter opens what can be corrected, a adds one.
    static let listHints = [KeyHint("Enter", CertificateScreenWords.fixKey), KeyHint("上下", Messages.screen.key(.select)),
                            KeyHint("a", CertificateScreenWords.addKey), Hints.hint("Esc", .toMenu), Hints.hint("F1", .help),
                            Hints.hint("F10/q", .quit)]
    static let emptyListHints = [KeyHint("a", CertificateScreenWords.addKey), Hints.hint("Esc", .toMenu), Hints.hint("F1", .help),
                                 Hints.hint("F10/q", .quit)]
}

/// The register screen's own words (plain polite Japanese).
enum CertificateScreenWords {
    static let place = "端末と電子証明書"
    static let rule = "電子証明書は端末1台に1枚です。ダウンロードは発行から180日以内、有効期限はおよそ3年で、90日前から更新できます。"
    static let keyGuide = "上下 端末を選ぶ  Enter 直す項目を選ぶ  a 端末を追加する  Esc メニューへ"
    static let emptyKeyGuide = "a 端末を追加する  Esc メニューへ"
    static let fixKey = "直す"
    static let addKey = "追加"
    static let help = "上下キーで端末を選び、Enter で直す項目（発行日・ダウンロードした日・有効期限・バックアップした日・使い方・名前）を選びます。"
        + "入力した内容を画面で確かめてから Enter で記録します。a で端末を追加します。"

    static func heading(_ stage: CertificatesStage, _ entry: Certificate?) -> String {
        guard let entry else { return "登録した端末と電子証明書" }
        switch stage {
        case .list: return "登録した端末と電子証明書"
        case .choosing: return "「\(entry.pc)」の何を直しますか"
        case .typing(let field): return "「\(entry.pc)」の" + Messages.certificates.fieldName(field)
        case .confirming: return "記録する内容を確かめる"
        }
    }

    /// 「さくら1号機（請求用） 有効期限 2029-01-10（発行から3年の推定）」
    static func row(_ entry: Certificate) -> String {
        "\(entry.pc)（\(entry.role.japanese)）  有効期限 " + Messages.certificates.expiry(entry.expiry, estimated: entry.expiryIsEstimated)
    }

    /// The other dates: issue, download (or its deadline), the USB backup.
    static func dates(_ entry: Certificate) -> String {
        let download = entry.downloaded.map { "ダウンロード \($0)" }
            ?? (entry.installedDateUnknown ? "インストール済み（日付なし）" : "ダウンロード まだ（期限 \(entry.downloadBy)）")
        return "発行 \(entry.issued)・\(download)・USB \(Messages.certificates.backup(entry))"
    }

    static func note(_ field: CertificateField) -> String? {
        switch field {
        case .expires: return "発行通知書の日付を入力します。わからなければ Esc で戻ります（発行から3年と推定します）。"
        case .name, .role: return nil
        default: return "2027/4/1 や 令和9年4月1日 の形でも入力できます。"
        }
    }
}
