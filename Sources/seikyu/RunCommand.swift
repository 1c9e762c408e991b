import ArgumentParser
import ClaimFlow
import ClaimStore
import ClaimRuntime
import ClaimScreens
import FoundationEssentials
import Glibc
import TerminalShell

/// `seikyu` with no subcommand: the interactive program.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "画面を開きます（既定）")

    @OptionGroup var options: GlobalOptions

    @Flag(help: "サンプルの医療機関で動かす（本物のデータは読み書きしません。F12 で最初から）")
    var demo = false

    func run() throws {
        throw ExitCode(try InteractiveStart(settings: options.settings, demo: demo).run())
    }
}

/// Prints a message to standard error and exits with a status.
struct ExitWith: Error, CustomStringConvertible {
    var message: String
    var status: Int32
    var description: String { message }
}

/// Turns any failure into a Japanese message on standard error and exit status 1.
func reportingFailure<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let failure as Failure {
        throw ExitWith(message: failure.description, status: ExitStatus.failure)
    }
}
