/// The names the reducer calls its messages by; each forwards to the reducer catalog
/// (`Messages.reducer`, ReducerMessages.swift), where the sentences live.
enum Wording {
    static var closeHelp: String { Messages.reducer.closeHelp }
    static var calendarKeys: String { Messages.reducer.calendarKeys }
    static var changesKeys: String { Messages.reducer.changesKeys }
    static var noChangesYet: String { Messages.reducer.noChangesYet }
    static var menuEscape: String { Messages.reducer.menuEscape }
    static var controlDropped: String { Messages.reducer.controlDropped }
    static var converted: String { Messages.reducer.converted }
    static var nothingToConvert: String { Messages.reducer.nothingToConvert }
    static var convertHint: String { Messages.reducer.convertHint }
    static var enterAgainToKeep: String { Messages.reducer.enterAgainToKeep }
    static var fixAndRetry: String { Messages.reducer.fixAndRetry }
    static var demoReset: String { Messages.reducer.demoReset }
    static var memoKeys: String { Messages.reducer.memoKeys }
    static var noMemoYet: String { Messages.reducer.noMemoYet }

    static func memoSaved(_ path: String) -> String { Messages.reducer.memoSaved(path) }
    static func flowMissing(_ id: String) -> String { Messages.reducer.flowMissing(id) }
    static func pickRange(_ count: Int) -> String { Messages.reducer.pickRange(count) }
    static func unusableOnMenu(_ key: String) -> String { Messages.reducer.unusableOnMenu(key) }
    static func uncheckedRequired(_ item: String) -> String { Messages.reducer.uncheckedRequired(item) }
    static func flowCompleted(_ title: String) -> String { Messages.reducer.flowCompleted(title) }
    static func tooLong(_ limit: Int) -> String { Messages.reducer.tooLong(limit) }
    static func unusable(_ event: Event, stepKind: StepKind) -> String { Messages.reducer.unusable(event, stepKind: stepKind) }
}
