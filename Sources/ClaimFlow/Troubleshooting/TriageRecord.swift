/// One run of "it won't connect", kept so the next triage and the memo can say what happened
/// before ("same error on 11/10, solved by re-seating the cable").
public struct TriageRecord: Codable, Equatable, Sendable {
    public struct StepAnswer: Codable, Equatable, Sendable {
        public var step: String
        public var answer: String
    }

    public var at: LocalDateTime
    public var symptom: String
    /// The exact text or code the clerk saw (T11).
    public var message: String
    public var started: String
    public var steps: [StepAnswer]
    /// "解決: …" or "相談: <desk>" or "障害・混雑のため待つ".
    public var outcome: String
    public var deskID: String?
    /// The line type answered in the triage (its label), for a clinic without a setup profile.
    public var lineType: String?
    /// What the run was about, and so whom its memo is for (nil in records of earlier versions:
    /// the claim connection).
    public var topic: TriageTopic? = nil
    /// The error the symptom names, so the memo says what it means (T3, T4).
    public var error: ConnectionError? = nil
    /// T4: the network ID retyped in this run against the one recorded at setup; nil when the
    /// run did not ask for it.
    public var idComparison: NetworkIDComparison? = nil
    /// The memo's file name under memos/, decided with the record: one file per run.
    public var memoFile: String? = nil
    /// The memo as written to that file, so the screen and `seikyu memo` show the same text.
    public var memo: String? = nil

    /// What the memo is about: the claim connection, unless the run said otherwise.
    public var memoTopic: TriageTopic { topic ?? .claimConnection }
}

/// Whom a memo is for (T10): the claim connection's desks, or the オン資 card reader's maker (S4),
/// who must never receive the claim network's credentials.
public enum TriageTopic: String, Codable, Sendable {
    case claimConnection = "claim-connection"
    case cardReader = "card-reader"
}

/// The connection errors the memo explains by their meaning.
public enum ConnectionError: String, Codable, Sendable {
    /// T3: the network or the PC (cables, power).
    case e651 = "651"
    /// T4: network ID or password mismatch, or an authentication protocol that is not allowed.
    case e691 = "691"
}

/// T4: the network ID typed during the triage against the one recorded at setup, position by
/// position, as the compare step showed it.
public struct NetworkIDComparison: Codable, Equatable, Sendable {
    /// False when setup recorded no network ID: the typed one was checked for its shape only.
    public var recordedAtSetup: Bool
    /// One line per position that differs, worded by the identifier catalog (empty: the same).
    public var differences: [String]

    public init(recordedAtSetup: Bool, differences: [String]) {
        self.recordedAtSetup = recordedAtSetup
        self.differences = differences
    }

    /// - Parameter recorded: the setup's network ID, read through its role (nil: none recorded).
    public init(typed: String, recorded: String?) {
        guard let recorded, !recorded.isEmpty else {
            self.init(recordedAtSetup: false, differences: [])
            return
        }
        self.init(recordedAtSetup: true, differences: IdentifierComparison(typed: typed, recorded: recorded).lines)
    }
}

extension TriageRecord {
    /// The memo's file name: `memo-20261209-1500.txt`, then `-2`, `-3`… for the second and third
    /// run of the same minute, counted from the runs already recorded. The name belongs to the
    /// run, so the store never needs to replace a file (it also never does: `writeMemo`).
    static func memoFileName(at: LocalDateTime, earlier: [TriageRecord]) -> String {
        let sameMinute = earlier.filter { $0.at == at }.count
        return "memo-\(at.compactStamp)" + (sameMinute == 0 ? "" : "-\(sameMinute + 1)") + ".txt"
    }
}
