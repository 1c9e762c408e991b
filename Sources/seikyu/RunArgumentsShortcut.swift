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
        var values: [String: String] = [:]
        var flags: Set<String> = []
        while let argument = rest.popFirst() {
            if argument == "--plain" || argument == "--demo" {
                guard flags.insert(argument).inserted else { return nil }
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
            guard ["--data-dir", "--now", "--assets"].contains(name), values[name] == nil, acceptable(value) else { return nil }
            values[name] = value
        }
        let settings = Settings(dataDir: values["--data-dir"], now: values["--now"], assets: values["--assets"],
                                plain: flags.contains("--plain"))
        return InteractiveStart(settings: settings, demo: flags.contains("--demo"))
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
