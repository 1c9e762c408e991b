
/// The tables of `seikyu.sqlite` and how each version of the program reaches them. A migration,
/// once shipped, never changes: a new shape is a new migration (DatabaseMigrator records, in GRDB's table,
/// which ran). A database that knows migrations this program does not is never written to.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: progress, records, audit trail") { db in
            // Bumped by every write; a window that sees it move reloads before its next key.
            try db.execute(sql: """
                CREATE TABLE revision (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
                INSERT INTO revision (id, value) VALUES (1, 0);
                """)
            // Where the program was (restored on the next start).
            try db.execute(sql: """
                CREATE TABLE place (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    location TEXT NOT NULL,
                    menu_cursor INTEGER NOT NULL);
                """)
            // One row per flow started (setup, monthly, trouble): the step and the way there.
            try db.execute(sql: """
                CREATE TABLE flow_progress (
                    flow TEXT PRIMARY KEY,
                    current_step TEXT NOT NULL,
                    history TEXT NOT NULL,
                    cursor INTEGER NOT NULL,
                    draft TEXT NOT NULL,
                    completed INTEGER NOT NULL,
                    updated_at TEXT NOT NULL);
                """)
            // One row per answered step; a secret is stored as the fact that it was typed, never its text.
            try db.execute(sql: """
                CREATE TABLE answers (
                    flow TEXT NOT NULL REFERENCES flow_progress(flow) ON DELETE CASCADE,
                    step TEXT NOT NULL,
                    answer TEXT,
                    answered_at TEXT,
                    PRIMARY KEY (flow, step));
                """)
            // 変更予定・変更履歴 [S0].
            try db.execute(sql: """
                CREATE TABLE changes (
                    id INTEGER PRIMARY KEY,
                    date TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    note TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    done_on TEXT);
                """)
            // 受領書 (C9) and announced extensions of the window (C8).
            try db.execute(sql: """
                CREATE TABLE receipts (
                    month TEXT PRIMARY KEY,
                    received_at TEXT NOT NULL,
                    reference TEXT NOT NULL);
                CREATE TABLE extensions (
                    month TEXT PRIMARY KEY,
                    record TEXT NOT NULL);
                """)
            // Every "it won't connect" run, in order (T11), and the desks' numbers the clinic keeps (T10).
            try db.execute(sql: """
                CREATE TABLE triages (
                    seq INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    outcome TEXT NOT NULL,
                    desk TEXT,
                    record TEXT NOT NULL);
                CREATE TABLE contacts (
                    desk TEXT PRIMARY KEY,
                    record TEXT NOT NULL);
                """)
            // The certificate register (issue 14): which PC holds which certificate until when.
            try db.execute(sql: """
                CREATE TABLE certificates (
                    id INTEGER PRIMARY KEY,
                    pc TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    downloaded_on TEXT,
                    expires_on TEXT,
                    note TEXT NOT NULL DEFAULT '');
                """)
            // The audit trail: append-only, and the schema itself refuses any change (design.md §6).
            try db.execute(sql: """
                CREATE TABLE audit (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    flow TEXT NOT NULL,
                    step TEXT NOT NULL,
                    item TEXT,
                    action TEXT NOT NULL,
                    by TEXT);
                CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                """)
            // Windows open on this folder; a row whose process is gone means an unclean stop.
            try db.execute(sql: """
                CREATE TABLE open_windows (pid INTEGER PRIMARY KEY, started_at TEXT NOT NULL);
                """)
            // Schema-1 JSON folders taken in (issue 11): when, and where the old files went.
            try db.execute(sql: """
                CREATE TABLE imports (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    moved_to TEXT NOT NULL,
                    audit_lines INTEGER NOT NULL,
                    unreadable_lines INTEGER NOT NULL);
                """)
        }
        migrator.registerMigration("v2: submissions per payer, profile") { db in
            // C8: an extension may be for one payer's system only: (month, payer), '' for both.
            // C3: one row per claim month and payer (sent, result, 請求確定, 受領書, 返戻). The
            // receipts of v1 had no payer: they move over as "payer unknown" (payer ''), unchanged.
            try db.execute(sql: """
                CREATE TABLE submissions (
                    month TEXT NOT NULL,
                    payer TEXT NOT NULL,
                    record TEXT NOT NULL,
                    PRIMARY KEY (month, payer));
                INSERT INTO submissions (month, payer, record)
                    SELECT month, '', json_object('month', month,
                        'receipt', json_object('number', reference, 'recordedAt', received_at))
                    FROM receipts;
                DROP TABLE receipts;
                CREATE TABLE profile (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE extensions_per_payer (
                    month TEXT NOT NULL,
                    payer TEXT NOT NULL,
                    record TEXT NOT NULL,
                    PRIMARY KEY (month, payer));
                INSERT INTO extensions_per_payer (month, payer, record) SELECT month, '', record FROM extensions;
                DROP TABLE extensions;
                ALTER TABLE extensions_per_payer RENAME TO extensions;
                """)
        }
        migrator.registerMigration("v3: a counter per section") { db in
            // Issue 11: a window that sees the revision move reloads only the sections whose
            // counter moved, so two windows taking turns do not read years of history per key.
            // Columns of the revision row, set by the same statement that moves the revision
            // (`ProgressRows.markSaved`). Not triggers: compiled into every statement that writes
            // a table, they made a saved key cost half as much again (callgrind, 0 years).
            // Written out, not taken from ProgressRows.Section: a shipped migration never changes.
            for section in ["place", "flows", "changes", "submissions", "profile", "extensions", "triages", "contacts"] {
                try db.execute(sql: "ALTER TABLE revision ADD COLUMN \(section) INTEGER NOT NULL DEFAULT 0")
            }
        }
        migrator.registerMigration("v4: date answers") { _ in
            // Issue 10: an answer may now be {"kind":"date","value":"2027-04-01"}, which an
            // older seikyu cannot read. The migration changes no row: answers written before it
            // hold the same date as {"kind":"text"} and still read (`Answer.dateValue`); which
            // steps are dates is known from the flows, not here. It is recorded so that an older
            // seikyu sees a newer database and leaves it alone, instead of calling it corrupt.
        }
        migrator.registerMigration("v5: drafts per step") { db in
            // Issue 15: what was typed and not yet accepted is kept per step, with its caret, so
            // Esc, F2 and a restart lose nothing and no step shows another's text. The one draft
            // of a flow before this belonged to its current step. A secret's draft never comes
            // here (design.md §6).
            try db.execute(sql: """
                CREATE TABLE drafts (
                    flow TEXT NOT NULL REFERENCES flow_progress(flow) ON DELETE CASCADE,
                    step TEXT NOT NULL,
                    text TEXT NOT NULL,
                    caret INTEGER,
                    PRIMARY KEY (flow, step));
                INSERT INTO drafts (flow, step, text) SELECT flow, current_step, draft FROM flow_progress WHERE draft <> '';
                ALTER TABLE flow_progress DROP COLUMN draft;
                """)
        }
        migrator.registerMigration("v6: the way back to the summary") { db in
            // Issue 15: an answer opened from a summary remembers the way back (`Revisit`, JSON),
            // so a restart in the middle of changing it still returns to the summary.
            try db.execute(sql: "ALTER TABLE flow_progress ADD COLUMN revisit TEXT")
        }
        migrator.registerMigration("v7: change states") { db in
            // Issue 15: a change is planned, done or cancelled, and only the clerk moves it from
            // planned [S0]. Until now a change counted as done when confirmed (done_on) or dated on
            // or before the day it was recorded: those rows become done, with done_on the day it
            // was made (its date); every other row stays planned, whatever the date is today.
            // `history` holds earlier dates and notes (a postponement keeps the original date).
            // The place row gains where the clerk stands on the changes screen (ChangesPlace).
            try db.execute(sql: """
                ALTER TABLE changes ADD COLUMN state TEXT NOT NULL DEFAULT 'planned'
                    CHECK (state IN ('planned', 'done', 'cancelled'));
                ALTER TABLE changes ADD COLUMN history TEXT NOT NULL DEFAULT '[]';
                UPDATE changes SET state = 'done', done_on = date
                    WHERE done_on IS NOT NULL OR date <= substr(recorded_at, 1, 10);
                ALTER TABLE place ADD COLUMN changes_place TEXT;
                """)
        }
        migrator.registerMigration("v8: the certificate register, one record per PC") { db in
            // Issue 14: v1's `certificates` table was never written (no issue date, role or
            // backup column); it is replaced by one JSON record per PC, like the other
            // registers, with its own counter so a window reloads it only when it moved.
            try db.execute(sql: """
                DROP TABLE certificates;
                CREATE TABLE certificates (id INTEGER PRIMARY KEY, pc TEXT NOT NULL, record TEXT NOT NULL);
                ALTER TABLE revision ADD COLUMN certificates INTEGER NOT NULL DEFAULT 0;
                """)
        }
        migrator.registerMigration("v9: where the clerk stands on the certificate register") { db in
            // Issue 14: the register screen keeps its highlighted PC, stage and half-typed date
            // like the changes screen (CertificatesPlace).
            try db.execute(sql: "ALTER TABLE place ADD COLUMN certificates_place TEXT")
        }
        return migrator
    }
}
