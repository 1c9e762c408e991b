import Foundation
import Testing

/// Installing (issue 19): packaging/install.sh puts the binary in PREFIX/bin and the Assets in
/// PREFIX/share/seikyu, where the program finds them from any folder; the manual page names
/// every command and option the binary has; `--version` agrees with the manual page.
@Suite struct InstallTests {
    static let binary = TmuxTerminal.binary
    static let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let manualPage = sourceTree + "/packaging/seikyu.1"

    func shell(_ script: String) -> Command.Finished {
        Command.run(["/bin/sh", "-c", script])
    }

    /// The manual page as a reader sees its words: roff escapes and font changes removed.
    static func manualWords() throws -> String {
        var text = try String(contentsOfFile: manualPage, encoding: .utf8)
        for escape in ["\\fB", "\\fI", "\\fR", "\\:", "\\c"] { text = text.replacingOccurrences(of: escape, with: "") }
        return text.replacingOccurrences(of: "\\-", with: "-")
    }

    @Test func versionMatchesTheManualPage() throws {
        let finished = Command.run([Self.binary, "--version"])
        #expect(finished.status == 0)
        let version = finished.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil, "\(version)")
        #expect(try Self.manualWords().contains(".TH SEIKYU 1 2026-11-22 \"seikyu \(version)\""), "seikyu.1 の .TH を \(version) にしてください")
    }

    /// Every subcommand and every long option any help screen lists is named in seikyu.1, so a
    /// new option cannot ship undocumented.
    @Test func manualPageNamesEveryCommandAndOption() throws {
        let manual = try Self.manualWords()
        var queue: [[String]] = [[]]
        var missing: [String] = []
        var seen = 0
        while let path = queue.popLast() {
            let help = Command.run([Self.binary] + path + ["--help"]).output
            seen += 1
            if let start = help.range(of: "サブコマンド:\n") {
                let names = help[start.upperBound...].split(separator: "\n").prefix { $0.hasPrefix("  ") }
                    .filter { !$0.hasPrefix("   ") && !$0.contains("サブコマンドの説明は") }.compactMap { $0.split(separator: " ").first.map(String.init) }
                queue += names.map { path + [$0] }
                missing += names.filter { !manual.contains($0) }.map { (path + [$0]).joined(separator: " ") }
            }
            let options = help.matches(of: /--[a-z][a-z-]*/).map { String($0.output) }
            missing += Set(options).filter { !manual.contains($0) }.map { (path + [$0]).joined(separator: " ") }
        }
        #expect(seen >= 14)
        #expect(missing.isEmpty, "seikyu.1 に書いてありません: \(missing.sorted())")
    }

    @Test func installedProgramFindsItsAssetsFromAnyFolder() throws {
        let stage = Command.scratch("seikyu-install"), empty = Command.scratch("seikyu-empty")
        defer {
            _ = shell("rm -rf '\(stage)' '\(empty)'")
        }
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let install = shell("DESTDIR='\(stage)' SEIKYU_BINARY='\(Self.binary)' '\(Self.sourceTree)/packaging/install.sh' /usr")
        #expect(install.status == 0, "\(install.errors)")
        let root = stage + "/usr"
        for file in ["bin/seikyu", "share/seikyu/flows/monthly.json", "share/seikyu/calendar.json", "share/man/man1/seikyu.1.gz",
                     "share/bash-completion/completions/seikyu", "share/zsh/vendor-completions/_seikyu",
                     "share/fish/vendor_completions.d/seikyu.fish"] {
            #expect(FileManager.default.fileExists(atPath: root + "/" + file), "\(file)")
        }
        let completion = try String(contentsOfFile: root + "/share/bash-completion/completions/seikyu", encoding: .utf8)
        #expect(completion.contains("calendar") && completion.contains("--data-dir"))

        // From an empty folder, found on PATH (argv[0] is then only "seikyu"), with nothing
        // saying where the Assets are.
        let onPath = "cd '\(empty)' && env -u SEIKYU_ASSETS PATH='\(root)/bin':\"$PATH\" seikyu"
        let calendar = shell(onPath + " calendar 2027")
        #expect(calendar.status == 0, "\(calendar.errors)")
        #expect(calendar.output.contains("2027"))
        #expect(shell(onPath + " --version").output == Command.run([Self.binary, "--version"]).output)
        // ... and it is the installed copy it reads: break that copy and the error names it.
        try Data("{".utf8).write(to: URL(fileURLWithPath: root + "/share/seikyu/calendar.json"))
        let broken = shell(onPath + " calendar 2027")
        #expect(broken.status == 1)
        #expect(broken.errors.contains(root + "/share/seikyu"), "\(broken.errors)")

        let uninstall = shell("DESTDIR='\(stage)' '\(Self.sourceTree)/packaging/install.sh' --uninstall /usr")
        #expect(uninstall.status == 0, "\(uninstall.errors)")
        #expect(shell("find '\(stage)' -type f").output.isEmpty, "取り除かれなかったファイルがあります")
    }
}
