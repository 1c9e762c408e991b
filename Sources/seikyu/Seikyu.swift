import ArgumentParser
import CTerminalGuard
import FoundationEssentials
import Glibc
import TerminalShell

/// `seikyu` — the command line (design.md §3).
@main
struct Seikyu: ParsableCommand {
    static var configuration: CommandConfiguration {
        CompletionRequest.parsingWithoutCheck ? CompletionRequest.unchecked : CompletionRequest.checked
    }

    static let subcommands: [ParsableCommand.Type] = [
        RunCommand.self, PlayCommand.self, StatusCommand.self, CalendarCommand.self, ChangesCommand.self, CertsCommand.self,
        CheckIDCommand.self, MemoCommand.self, RecordCommand.self, MonthCommand.self, ExportCommand.self, BackupCommand.self,
    ]

    /// Help and usage errors in Japanese, usage errors with status 2 (design.md §3), not
    /// ArgumentParser's English and its 64 (CommandLineReply).
    static func main() {
        CoreDumps.forbid() // before a password can be typed or read (issue 16)
        seikyu_use_one_malloc_arena() // before the start's second thread
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            if let everydayStart = RunArgumentsShortcut.start(arguments) {
                Glibc.exit(try everydayStart.run())
            } else {
                var command = try CompletionRequest.parse(arguments)
                try command.run()
            }
        } catch let failure as ExitWith {
            StandardStream.error.write(failure.message + "\n")
            Glibc.exit(failure.status)
        } catch let code as ExitCode {
            // A command's own ending (quitting the screens, a tape's result) has no message: the library's
            // reply would build the help screens first to find that out (4.8 M instructions at every quit).
            Glibc.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
        } catch let failure as Failure {
            StandardStream.error.write(failure.description + "\n")
            Glibc.exit(ExitStatus.failure)
        } catch {
            let reply = CommandLineReply(for: error, of: Seikyu.self, width: CommandLineReply.terminalWidth())
            reply.write()
            Glibc.exit(reply.status)
        }
    }
}

enum ExitStatus {
    static let ok: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 2
    static let interrupted: Int32 = 130
}
