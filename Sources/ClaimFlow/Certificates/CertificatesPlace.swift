/// Where the clerk stands on the register screen (issue 14): the highlighted PC, what is being
/// corrected, and what was typed. Saved like the changes screen's place, so Esc, F2 and quitting
/// keep a draft.
public struct CertificatesPlace: Codable, Equatable, Sendable {
    /// The highlighted entry's id; nil: the first entry.
    public var selected: Int?
    public var stage: CertificatesStage
    /// What was typed, for which value of which entry.
    public var draft: CertificateDraft?

    public init(selected: Int? = nil, stage: CertificatesStage = .list, draft: CertificateDraft? = nil) {
        self.selected = selected
        self.stage = stage
        self.draft = draft
    }
}

/// The steps of correcting an entry: pick it, pick the value, type it, confirm.
public enum CertificatesStage: Codable, Equatable, Sendable {
    case list
    /// Enter on an entry: the values that can be corrected, one per row.
    case choosing(cursor: Int)
    case typing(CertificateField)
    /// The screen says what will change; Enter records it.
    case confirming(CertificateField)
}

/// A value of an entry the screen corrects; each makes a `CertificateEdit`.
public enum CertificateField: String, Codable, Sendable, CaseIterable {
    case issued, downloaded, expires
    case backedUp = "backed-up"
    /// Switches between 請求用 and オン資と兼用: nothing to type, only a confirmation.
    case role
    case name

    public var takesText: Bool { self != .role }

    /// A date as clerks type it, or a PC name (the add flow's 30).
    public var maxLength: Int { self == .name ? 30 : 16 }

    /// The edit the typed text makes for `certificate`: a date read as clerks type it (issue 15),
    /// the name, or the other role.
    public func edit(typed: String, on certificate: Certificate) -> Result<CertificateEdit, ClerkDate.Problem> {
        switch self {
        case .role:
            return .success(CertificateEdit(role: certificate.role == .claims ? .sharedWithEligibility : .claims))
        case .name:
            return .success(CertificateEdit(rename: typed))
        case .issued: return ClerkDate.read(typed).map { CertificateEdit(issued: $0) }
        case .downloaded: return ClerkDate.read(typed).map { CertificateEdit(downloaded: $0) }
        case .expires: return ClerkDate.read(typed).map { CertificateEdit(expiresOnNotice: $0) }
        case .backedUp: return ClerkDate.read(typed).map { CertificateEdit(backedUpOn: $0) }
        }
    }

    /// What the field starts from: the recorded value to correct; a date not yet recorded starts
    /// empty (an estimated expiry is not the notice's date).
    func prefill(_ certificate: Certificate) -> String {
        switch self {
        case .issued: return certificate.issued.description
        case .downloaded: return certificate.downloaded?.description ?? ""
        case .expires: return certificate.expiresOnNotice?.description ?? ""
        case .backedUp: return certificate.backedUpOn?.description ?? ""
        case .role: return ""
        case .name: return certificate.pc
        }
    }
}

/// Text typed for a value of an entry, and where the caret stands (nil: at the end).
public struct CertificateDraft: Codable, Equatable, Sendable {
    public var field: CertificateField
    public var certificateID: Int
    public var text: String
    public var caret: Int?

    public init(field: CertificateField, certificateID: Int, text: String, caret: Int? = nil) {
        self.field = field
        self.certificateID = certificateID
        self.text = text
        self.caret = caret
    }
}

extension CertificatesPlace {
    /// The row to highlight: the selected entry, else the first.
    public func highlightedIndex(in certificates: [Certificate]) -> Int? {
        if let selected, let index = certificates.firstIndex(where: { $0.id == selected }) { return index }
        return certificates.isEmpty ? nil : 0
    }

    /// The field of `field` on `certificate`: what was typed for it, else the value it starts from.
    public func fieldContent(_ field: CertificateField, on certificate: Certificate) -> FieldContent {
        let typed = draft.flatMap { $0.field == field && $0.certificateID == certificate.id ? FieldDraft(text: $0.text, caret: $0.caret) : nil }
        return .of(draft: typed, earlier: field.prefill(certificate))
    }
}
