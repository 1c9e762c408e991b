/// What the Swift code needs from the flow assets, declared in the JSON as a `"role"` on a flow, a
/// step or an option (issue 10): the code asks for "the designation date", never for a step id, so
/// the ids stay the assets' own. The catalog checks the roles when it loads (`RoleCheck`): a role
/// the code needs and no step carries is a load error naming the file and the role.

/// A flow the program itself opens or reads.
public enum FlowRole: String, Codable, Sendable, CaseIterable {
    case setup, monthly, trouble, changes, contacts, certificates, `extension`

    /// The menu's flows, in order (issue 2): three jobs, then the calendar, then the records.
    public static let jobs: [FlowRole] = [.setup, .monthly, .trouble]
    public static let records: [FlowRole] = [.changes, .contacts, .certificates]
}

/// A step whose answer the code reads.
public enum StepRole: String, Codable, Sendable, CaseIterable {
    // The setup profile, read by other flows, the timeline and the memo.
    case clinicName = "clinic-name"
    /// The clinic's own number, for a desk to call back (T11: the memo carries it).
    case clinicPhone = "clinic-phone"
    case scoreTable = "score-table"
    case clinicCode = "clinic-code"
    case receiptNumber = "receipt-number"
    /// 指定日 (S2): the timeline and the first claim month.
    case designation
    case lineType = "line-type"
    case ipsecProvider = "ipsec-provider"
    case networkID = "network-id"
    /// The setup's answers that fill the certificate register (issue 14, S2): whether the claim PC
    /// is shared with オン資 (its options carry `shared-terminal`), the PC's name, the notice's
    /// issue date and the download date.
    case sharedPC = "shared-pc"
    case claimPCName = "claim-pc-name"
    case claimCertificateIssued = "claim-certificate-issued"
    case claimCertificateDownloaded = "claim-certificate-downloaded"
    // The troubleshooting run, read by its record and memo (T10, T11).
    case symptom
    case symptomOther = "symptom-other"
    case shownMessage = "shown-message"
    case since
    /// T4: the network ID retyped in the triage, compared with the setup's `network-id` in the memo.
    case retypedNetworkID = "retyped-network-id"
    case triageLineType = "triage-line-type"
    case solved
    case outageWait = "outage-wait"
    // What finishing a flow records (CompletionAction).
    case changeDate = "change-date"
    case changeKind = "change-kind"
    case changeNote = "change-note"
    case extensionPayer = "extension-payer"
    case extensionUntilDay = "extension-until-day"
    case extensionClose = "extension-close"
    case contactDesk = "contact-desk"
    case contactPhone = "contact-phone"
    case contactHours = "contact-hours"
    /// The certificate register (issue 14): PC name, its role, the notice's dates, the USB backup.
    case certificatePC = "certificate-pc"
    case certificateRole = "certificate-role"
    case certificateIssued = "certificate-issued"
    case certificateDownloaded = "certificate-downloaded"
    case certificateExpires = "certificate-expires"
    case certificateBackedUp = "certificate-backed-up"

    /// Where a role belongs: a flow the code knows by its role, or any flow that records a kind of thing.
    public enum Scope: Equatable, Sendable {
        case flow(FlowRole)
        case completion(CompletionAction)
    }

    public var scope: Scope {
        switch self {
        case .clinicName, .clinicPhone, .scoreTable, .clinicCode, .receiptNumber, .designation, .lineType, .ipsecProvider, .networkID,
             .sharedPC, .claimPCName, .claimCertificateIssued, .claimCertificateDownloaded:
            return .flow(.setup)
        case .symptom, .symptomOther, .shownMessage, .since, .retypedNetworkID, .triageLineType, .solved, .outageWait:
            return .flow(.trouble)
        case .changeDate, .changeKind, .changeNote: return .completion(.recordChange)
        case .extensionPayer, .extensionUntilDay, .extensionClose: return .completion(.recordExtension)
        case .contactDesk, .contactPhone, .contactHours: return .completion(.recordContact)
        case .certificatePC, .certificateRole, .certificateIssued, .certificateDownloaded, .certificateExpires, .certificateBackedUp:
            return .completion(.recordCertificate)
        }
    }

    /// The kind of step the code reads the role's answer as.
    public var kind: StepKind {
        switch self {
        case .clinicName, .clinicPhone, .clinicCode, .receiptNumber, .designation, .networkID, .symptomOther, .shownMessage,
             .retypedNetworkID, .changeDate, .changeNote, .contactPhone,
             .certificatePC, .certificateIssued, .certificateDownloaded, .certificateExpires,
             .claimPCName, .claimCertificateIssued, .claimCertificateDownloaded:
            return .text
        case .scoreTable, .lineType, .ipsecProvider, .symptom, .since, .triageLineType, .changeKind,
             .extensionPayer, .extensionUntilDay, .extensionClose, .contactDesk, .contactHours,
             .certificateRole, .certificateBackedUp, .sharedPC:
            return .choice
        case .solved: return .summary
        case .outageWait: return .info
        }
    }

    /// A role the flow may leave out: the code then does without (an extension for both payers).
    public var optional: Bool { self == .extensionPayer }

    /// Option roles the step must carry.
    public var optionRoles: [OptionRole] {
        switch self {
        case .scoreTable: return [.dentalTable, .pharmacyTable]
        case .lineType, .triageLineType: return [.ipsecLine]
        case .sharedPC: return [.sharedTerminal]
        default: return []
        }
    }
}

/// An option the code compares an answer with.
public enum OptionRole: String, Codable, Sendable, CaseIterable {
    /// 点数表: the manual to name (S2).
    case dentalTable = "dental-table"
    case pharmacyTable = "pharmacy-table"
    /// IPsec+IKE: the network desk is the provider's (T10).
    case ipsecLine = "ipsec-line"
    /// A troubleshooting check that solved the problem (the record says which).
    case fixedIt = "fixed-it"
    /// The symptoms the memo words by their meaning: error 651 (T3) and error 691 (T4).
    case error651 = "error-651"
    case error691 = "error-691"
    /// The オン資 card reader or terminal (S4): the memo goes to its maker, without claim credentials.
    case cardReader = "card-reader"
    /// The claim PC is also the オン資 terminal (S2): the register's role オン資と兼用.
    case sharedTerminal = "shared-terminal"

    /// The step roles whose options may carry it; nil: any choice step of a flow of that role.
    var allowedOn: [StepRole]? {
        switch self {
        case .dentalTable, .pharmacyTable: return [.scoreTable]
        case .ipsecLine: return [.lineType, .triageLineType]
        case .error651, .error691, .cardReader: return [.symptom]
        case .sharedTerminal: return [.sharedPC]
        case .fixedIt: return nil
        }
    }

    /// The flow whose choice steps may carry it when `allowedOn` is nil.
    var flow: FlowRole { self == .fixedIt ? .trouble : .setup }
}
