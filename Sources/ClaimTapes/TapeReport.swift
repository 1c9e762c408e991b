/// The results of a run for a CI server: JUnit XML (one test case per tape) and TAP 14.
public enum TapeReport {
    /// JUnit XML: `<testsuites>` → one `<testsuite>` → one `<testcase>` per tape; a failing tape
    /// has one `<failure>` whose text lists every failure with file, line and screen.
    public static func junit(_ results: [TapeResult], suite: String = "seikyu play") -> String {
        let failing = results.filter { !$0.failures.isEmpty }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"\(escape(suite))\" tests=\"\(results.count)\" failures=\"\(failing)\" errors=\"0\">\n"
        xml += "  <testsuite name=\"\(escape(suite))\" tests=\"\(results.count)\" failures=\"\(failing)\" errors=\"0\" skipped=\"0\">\n"
        for result in results {
            let name = escape(result.file)
            xml += "    <testcase classname=\"tapes\" name=\"\(name)\" file=\"\(name)\" assertions=\"\(result.passed + result.failures.count)\""
            if result.failures.isEmpty && result.notes.isEmpty {
                xml += "/>\n"
                continue
            }
            xml += ">\n"
            if let first = result.failures.first {
                let summary = "\(first.file):\(first.line): \(first.message)"
                    + (result.failures.count > 1 ? "（ほか \(result.failures.count - 1) 件）" : "")
                xml += "      <failure message=\"\(escape(summary))\" type=\"TapeFailure\">"
                xml += escape(result.failures.map(\.description).joined(separator: "\n\n"), attribute: false)
                xml += "</failure>\n"
            }
            if !result.notes.isEmpty {
                xml += "      <system-out>\(escape(result.notes.joined(separator: "\n"), attribute: false))</system-out>\n"
            }
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    /// TAP 14: the version, the plan, `ok`/`not ok` per tape, a YAML block for each failure.
    public static func tap(_ results: [TapeResult]) -> String {
        var lines = ["TAP version 14", "1..\(results.count)"]
        for (index, result) in results.enumerated() {
            let description = result.file.replacing("#", with: "\\#")
            let mark = result.failures.isEmpty ? "ok" : "not ok"
            lines.append("\(mark) \(index + 1) - \(description)")
            for note in result.notes { lines.append("# " + note.replacing("\n", with: " ")) }
            guard !result.failures.isEmpty else { continue }
            lines.append("  ---")
            lines.append("  passed: \(result.passed)")
            lines.append("  failures:")
            for failure in result.failures {
                lines.append("    - at: \(yamlString("\(failure.file):\(failure.line)"))")
                lines.append("      message: \(yamlString(failure.message))")
                if let screen = failure.screen {
                    // One quoted string per screen line: leading spaces survive every YAML reader.
                    lines.append("      screen:")
                    for line in screen.split(separator: "\n", omittingEmptySubsequences: false) {
                        lines.append("        - " + yamlString(String(line)))
                    }
                }
            }
            lines.append("  ...")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text safe in an XML attribute or element; characters XML 1.0 forbids are dropped.
    static func escape(_ text: String, attribute: Bool = true) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += attribute ? "&#10;" : "\n"
            case "\t", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A double-quoted YAML string on one line.
    static func yamlString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
