/// The words said when a finished flow records something (CompletionAction): its message catalog.
enum CompletionWords {
    /// T10: the clinic's own number, and the shipped one it replaces.
    static func contactRecorded(_ desk: String, on date: CivilDate, replacing shipped: String?) -> String {
        "「\(desk)」の電話番号を登録しました（\(date.description) に確認）。" + (shipped.map { "資料の番号 \($0) の代わりに使います。" } ?? "")
    }

    /// C8: an announced extension, for one payer or both.
    static func extensionRecorded(month: Int, payer: Payer?, untilDay: Int, closeMinute: Int) -> String {
        let whose = payer.map { "\($0.japanese)の" } ?? ""
        return "\(month)月の\(whose)送信期限を \(untilDay)日 \(Hours.text(closeMinute)) まで延長として記録しました。"
    }

    /// Issue 14: a PC added to the register, with the deadlines computed from it.
    static func certificateRecorded(_ certificate: Certificate) -> String {
        let expiry = Messages.certificates.expiry(certificate.expiry, estimated: certificate.expiryIsEstimated)
        let download = !certificate.isInstalled ? "ダウンロード期限は \(certificate.downloadBy.japanese)、" : ""
        return "「\(certificate.pc)」を登録しました。\(download)有効期限は \(expiry) です。"
    }
}
