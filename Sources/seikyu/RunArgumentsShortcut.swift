/// The everyday start — `seikyu`, maybe with `--data-dir`, `--now`, `--assets`, `--plain`, `--demo` — read
/// directly into the same settings swift-argument-parser would give `RunCommand`. The library finds a command's
/// options by reflecting over its properties (Mirror, dynamic casts, conformance look-ups: 11.6 M of the
/// 40 M instructions of a start, issue 19). Anything else — another command, help, a name it does not know,
/// an option given twice, a value that starts with "-" or is a command's name — returns nil and goes to the
/// library, so every error and help text stays its. CommandLineTests check the two agree.
enum RunArgumentsShortcut {
    static func start(_ arguments: [String]) -> InteractiveStart? {
        var rest = arguments[...]
        if rest.first == "run" { rest = rest.dropFirst() }
        // Three named values, not a Dictionary: a Dictionary of Strings built here took its metadata by
        // mangled name and checked String's Hashable conformance across the binary's records (0.6 M
        // instructions and pages of metadata resident, issue 19).
        var dataDir: String?, now: String?, assets: String?
        var plain = false, demo = false
        while let argument = rest.popFirst() {
            if argument == "--plain" {
                guard !plain else { return nil }
                plain = true
                continue
            }
            if argument == "--demo" {
                guard !demo else { return nil }
                demo = true
                continue
            }
            var name = argument
            var value: String
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            } else {
                guard let next = rest.popFirst() else { return nil }
                value = next
            }
            guard acceptable(value) else { return nil }
            switch name {
            case "--data-dir" where dataDir == nil: dataDir = value
            case "--now" where now == nil: now = value
            case "--assets" where assets == nil: assets = value
            default: return nil
            }
        }
        let settings = Settings(dataDir: dataDir, now: now, assets: assets, plain: plain)
        return InteractiveStart(settings: settings, demo: demo)
    }

    /// Seikyu's subcommands and help (RunArgumentsShortcutTests keep it equal to `Seikyu.subcommands`):
    /// a value spelled like one is left to the library. Asking the library would run its code.
    static let commandNames: Set<String> = [
        "run", "play", "status", "calendar", "changes", "certs", "check-id", "memo", "record", "month", "export", "backup", "help",
    ]

    /// A value the library would take as it is: not empty, not like an option, not a command's name.
    private static func acceptable(_ value: String) -> Bool {
        !value.isEmpty && !value.hasPrefix("-") && !commandNames.contains(value)
    }
}
