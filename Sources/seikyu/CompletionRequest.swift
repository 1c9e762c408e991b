import ArgumentParser

/// swift-argument-parser looks for `--generate-completion-script` before every parse by parsing
/// the arguments twice more, as two commands of its own (issue 19: with their reflection and
/// conformance look-ups, 8 M of the 63 M instructions of a start). It skips that look for a root
/// command with a super-command name, so the root wears one only while arguments that cannot ask
/// for a script are parsed; any argument that may ask for one gets the library's own check.
/// Help and error texts are made after the parse, from the ordinary configuration.
enum CompletionRequest {
    /// True only inside `parse`, and only when no argument names the completion option.
    nonisolated(unsafe) static var parsingWithoutCheck = false

    static let checked = configuration()
    static let unchecked = configuration(superCommandName: "seikyu")

    static func parse(_ arguments: some Collection<String>) throws -> ParsableCommand {
        let arguments = Array(arguments)
        parsingWithoutCheck = !mayAskForScript(arguments)
        defer { parsingWithoutCheck = false }
        return try Seikyu.parseAsRoot(arguments)
    }

    /// The library matches the option's long name only, whole or with `=value`; anything that
    /// merely starts like it takes the checked path too, so no request is ever missed.
    static func mayAskForScript(_ arguments: [String]) -> Bool {
        arguments.contains { $0.hasPrefix("--generate-completion-script") }
    }

    private static func configuration(superCommandName: String? = nil) -> CommandConfiguration {
        var configuration = CommandConfiguration(
            commandName: "seikyu",
            abstract: "レセプトオンライン請求の手引き — セットアップ・月次請求・接続トラブル",
            version: SeikyuVersion.number,
            subcommands: Seikyu.subcommands,
            defaultSubcommand: RunCommand.self
        )
        configuration._superCommandName = superCommandName
        return configuration
    }
}
