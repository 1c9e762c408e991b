import ArgumentParser
import ClaimFlow
import ClaimScreens
import Foundation
import TerminalShell

/// `seikyu` with no subcommand: the interactive program.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "画面を開きます（既定）")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let catalog = try reportingFailure { try options.catalog() }
        let clock = try options.clock()
        let store: FileProgressStore
        do {
            store = try FileProgressStore(directory: options.dataDirectory())
        } catch {
            throw ExitWith(message: error.problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
        }
        let session = Session(catalog: catalog, store: store, clock: clock, rules: try reportingFailure { try options.rules() },
                              desks: try reportingFailure { try options.desks() })
        let terminal: Terminal
        do {
            terminal = try Terminal(environment: options.environment)
        } catch {
            throw ExitWith(message: error.japanese, status: ExitStatus.failure)
        }
        let status = InteractiveLoop.run(session, on: terminal)
        terminal.stop()
        if let notice = session.loadNotice, notice.level == .error {
            FileHandle.standardError.write(Data((notice.lines.joined(separator: "\n") + "\n").utf8))
        }
        if status == 0 {
            print("進み具合を保存しました: \(store.directory)")
        }
        throw ExitCode(status)
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
