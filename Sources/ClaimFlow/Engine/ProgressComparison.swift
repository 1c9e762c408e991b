/// Comparisons of two progresses that leave out where the clerk stands. A session makes them on
/// every key (is this worth an fsync? does today's snapshot still hold?), so they compare field
/// by field instead of copying the progress with its places reset: copying and zeroing the cursors
/// inside shared dictionaries copied them, a tenth of a headless key (issue 19).
/// `ProgressComparisonTests` fails when a field is added to `SavedProgress` and not listed here.
extension SavedProgress {
    /// True when something worth an fsync changed: answers, steps, records, drafts. Moving the
    /// highlight alone is not progress; it is written with the next save.
    public func differsDurably(from other: SavedProgress) -> Bool {
        !(location == other.location
            && sameRecords(as: other)
            && changesPlace.apartFromSelection == other.changesPlace.apartFromSelection
            && certificatesPlace.apartFromSelection == other.certificatesPlace.apartFromSelection
            && Self.sameFlowsApartFromCursors(flows, other.flows))
    }

    /// The same records: everything but the flows, the screen, the highlighted rows and the places.
    public func sameRecords(as other: SavedProgress) -> Bool {
        schemaVersion == other.schemaVersion && changes == other.changes && submissions == other.submissions
            && payers == other.payers && extensions == other.extensions && triages == other.triages
            && contacts == other.contacts && certificates == other.certificates
    }

    /// True when two sets of flows differ at most in where each flow's highlight stands. A window's
    /// flows after a key are mostly a copy of the ones before (same keys in the same order), walked
    /// side by side; otherwise each flow is looked up.
    public static func sameFlowsApartFromCursors(_ a: [String: FlowProgress], _ b: [String: FlowProgress]) -> Bool {
        guard a.count == b.count else { return false }
        var mine = a.startIndex, theirs = b.startIndex
        while mine != a.endIndex {
            guard a.keys[mine] == b.keys[theirs] else { return sameFlowsByID(a, b) }
            if !a.values[mine].sameApartFromCursor(b.values[theirs]) { return false }
            a.formIndex(after: &mine)
            b.formIndex(after: &theirs)
        }
        return true
    }

    private static func sameFlowsByID(_ a: [String: FlowProgress], _ b: [String: FlowProgress]) -> Bool {
        for (id, flow) in a {
            guard let theirs = b[id], flow.sameApartFromCursor(theirs) else { return false }
        }
        return true
    }
}

extension FlowProgress {
    /// Field by field (`ProgressComparisonTests` lists the fields): no copy to reset the cursor in.
    func sameApartFromCursor(_ other: FlowProgress) -> Bool {
        current == other.current && completed == other.completed && updatedAt == other.updatedAt && history == other.history
            && answers == other.answers && drafts == other.drafts && revisit == other.revisit && answeredAt == other.answeredAt
    }
}

extension ChangesPlace {
    /// The place without the highlighted row.
    var apartFromSelection: ChangesPlace { ChangesPlace(stage: stage, draft: draft) }
}

extension CertificatesPlace {
    /// The place without the highlighted row.
    var apartFromSelection: CertificatesPlace { CertificatesPlace(stage: stage, draft: draft) }
}

extension AppState {
    /// True when two states differ at most in where the highlight stands in each flow's list: a window
    /// then draws the same screen with the highlight moved (`ScreenMemo`). Field by field, as above;
    /// `ProgressComparisonTests` fails when a field is added to `AppState` and not listed here.
    public func sameApartFromCursors(_ other: AppState) -> Bool {
        showingHelp == other.showingHelp && showingMemo == other.showingMemo && revealSecret == other.revealSecret
            && calendarOffset == other.calendarOffset && bodyScroll == other.bodyScroll && notice == other.notice
            && secretDraft == other.secretDraft && storeProblem == other.storeProblem && warnedText == other.warnedText
            && secrets == other.secrets
            && progress.location == other.progress.location && progress.menuCursor == other.progress.menuCursor
            && progress.changesPlace == other.progress.changesPlace && progress.certificatesPlace == other.progress.certificatesPlace
            && progress.sameRecords(as: other.progress)
            && SavedProgress.sameFlowsApartFromCursors(progress.flows, other.progress.flows)
    }
}
