/// The words of the role check (RoleCheck): what a flow author reads when an asset lacks what the
/// program needs. Each names the role as it is written in the JSON.
enum RoleMessages {
    /// Why the program needs a role, in the words of the error message.
    static func use(_ role: StepRole) -> String {
        switch role {
        case .clinicName: return "相談メモに医療機関名を書きます"
        case .clinicPhone: return "相談メモに折り返しの電話番号を書きます"
        case .scoreTable: return "点数表に合う操作手順書を示します"
        case .clinicCode: return "相談メモに医療機関コードを書きます"
        case .receiptNumber: return "コードがまだのとき受付番号を書きます"
        case .designation: return "指定日から日程・最初の請求月・変更禁止の期間を計算します"
        case .lineType: return "回線の種類で窓口と確かめる順番を決めます"
        case .ipsecProvider: return "IPsec+IKE の窓口を決めます"
        case .networkID: return "691 のときに入力と見比べます"
        case .sharedPC: return "請求用端末がオン資と兼用かを証明書の台帳に登録します"
        case .claimPCName: return "請求用端末の名前で証明書の台帳に登録します"
        case .claimCertificateIssued: return "請求用端末の証明書の発行日からダウンロード期限を計算します"
        case .claimCertificateDownloaded: return "請求用端末の証明書をダウンロードした日を登録します"
        case .symptom: return "記録と相談メモに症状を書きます"
        case .symptomOther: return "「その他」の症状を書きます"
        case .shownMessage: return "表示された文言を書きます"
        case .since: return "いつからかを書きます"
        case .retypedNetworkID: return "打ち直したネットワークID とセットアップの記録の違いを相談メモに書きます"
        case .triageLineType: return "回線の種類で窓口を決めます"
        case .solved: return "解決した記録を残します"
        case .outageWait: return "障害・混雑の記録を残します"
        case .changeDate: return "変更の日付を記録します"
        case .changeKind: return "変更の種類を記録します"
        case .changeNote: return "変更のメモを記録します"
        case .extensionPayer: return "どの請求先の延長かを記録します"
        case .extensionUntilDay: return "延長の最終日を記録します"
        case .extensionClose: return "延長の終了時刻を記録します"
        case .contactDesk: return "どの窓口の番号かを記録します"
        case .contactPhone: return "窓口の電話番号を記録します"
        case .contactHours: return "窓口の受付時間を記録します"
        case .certificatePC: return "証明書の台帳に端末の名前を登録します"
        case .certificateRole: return "端末が請求用かオン資と兼用かを登録します"
        case .certificateIssued: return "発行日からダウンロード期限を計算します"
        case .certificateDownloaded: return "ダウンロードしたかを登録します"
        case .certificateExpires: return "有効期限から更新のお知らせを計算します"
        case .certificateBackedUp: return "USB メモリへのバックアップを登録します"
        }
    }

    static func use(_ role: OptionRole) -> String {
        switch role {
        case .dentalTable: return "歯科の操作手順書を示します"
        case .pharmacyTable: return "調剤の操作手順書を示します"
        case .ipsecLine: return "IPsec+IKE のときは事業者の窓口を示します"
        case .fixedIt: return "どの確認で直ったかを記録します"
        case .error651: return "相談メモにエラー 651 の意味を書きます"
        case .error691: return "相談メモにエラー 691 の意味を書きます"
        case .cardReader: return "相談メモをカードリーダーのメーカーあてにし、請求のネットワークID を書きません"
        case .sharedTerminal: return "オン資と兼用の端末として証明書の台帳に登録します"
        }
    }

    static func missing(_ role: StepRole) -> String {
        "役割 \"\(role.rawValue)\" の手順がありません。プログラムが使います（\(use(role))）。"
            + "その手順に \"role\": \"\(role.rawValue)\" を書いてください。"
    }

    static func duplicate(_ role: StepRole, otherStep: String) -> String {
        "役割 \"\(role.rawValue)\" は手順 \"\(otherStep)\" にもあります。1つの手順にだけ書いてください。"
    }

    static func outOfScope(_ role: StepRole) -> String {
        let place: String
        switch role.scope {
        case .flow(let flow): place = "\"role\": \"\(flow.rawValue)\" のフロー"
        case .completion(let action): place = "\"onComplete\": \"\(action.rawValue)\" のフロー"
        }
        return "役割 \"\(role.rawValue)\" はこのフローでは使えません。\(place)に書いてください。"
    }

    static func wrongKind(_ role: StepRole) -> String {
        "役割 \"\(role.rawValue)\" の手順の種類は \"\(role.kind.rawValue)\" のはずです（\(use(role))）。"
    }

    static func missingOption(_ option: OptionRole, on role: StepRole) -> String {
        "役割 \"\(option.rawValue)\" の選択肢がありません。プログラムが使います（\(use(option))）。"
            + "その選択肢に \"role\": \"\(option.rawValue)\" を書いてください。"
    }

    static func optionOutOfPlace(_ option: OptionRole, option id: String) -> String {
        "選択肢 \"\(id)\" の役割 \"\(option.rawValue)\" は、この手順では使えません（\(use(option))）。"
    }

    static let emptyDesk = "desk が空です。contacts.json の窓口の id か \"line\"（回線の窓口）を書いてください。"

    static func missingReference(_ reference: String, kind: StepKind) -> String {
        "\"\(reference)\" の手順がありません（\(kind.rawValue) の手順のはずです）。手順の id を変えたときは、ここも直してください。"
    }

    static func prefillOptionMissing(_ option: String, from reference: String) -> String {
        "\"\(reference)\" の選択肢 \"\(option)\" が、この手順にありません。同じ選択肢を用意してください。"
    }

    static func missingFlow(_ role: FlowRole) -> String {
        "役割 \"\(role.rawValue)\" のフローがありません（プログラムが開きます）。そのフローに \"role\": \"\(role.rawValue)\" を書いてください。"
    }

    static func duplicateFlow(_ role: FlowRole, otherFile: String) -> String {
        "役割 \"\(role.rawValue)\" のフローが \(otherFile) にもあります。1つにしてください。"
    }
}
