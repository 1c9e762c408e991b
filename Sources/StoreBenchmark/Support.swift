import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct Options {
    var keys = 2000
    var warmUp = 50
    var years = [0, 1, 5, 50]
    var diskDirectory = "/var/tmp"
    var tmpfsDirectory: String? = "/dev/shm"
    /// Draw the frame after each key (timed apart), as the program does.
    var frames = true
    /// The keys are pressed in this many rounds, each history size in turn, so that a slow spell
    /// of the disk or of the machine falls on every size alike.
    var rounds = 20

    init(_ arguments: [String]) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            func value() -> String {
                guard let next = rest.popFirst() else { fail("\(argument) needs a value") }
                return next
            }
            switch argument {
            case "--keys": keys = Int(value()) ?? keys
            case "--years": years = value().split(separator: ",").compactMap { Int($0) }
            case "--disk-dir": diskDirectory = value()
            case "--tmpfs-dir": tmpfsDirectory = value()
            case "--no-tmpfs": tmpfsDirectory = nil
            case "--no-frames": frames = false
            case "--rounds": rounds = max(Int(value()) ?? rounds, 1)
            default: fail("unknown argument \(argument)")
            }
        }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("seikyu-bench-store: \(message)\n".utf8))
    exit(1)
}

func note(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// CLOCK_MONOTONIC in milliseconds (the wall clock of this machine is not to be trusted).
func milliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((p / 100 * Double(sorted.count - 1)).rounded()))]
}

/// The filesystem type and device of the mount that holds `path` (/proc/self/mounts).
func filesystem(of path: String) -> String {
    let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return "?" }
    var best: (point: String, text: String) = ("", "?")
    for line in mounts.split(separator: "\n") {
        let fields = line.split(separator: " ").map(String.init)
        guard fields.count >= 3 else { continue }
        let point = fields[1].replacingOccurrences(of: "\\040", with: " ")
        let inside = point == "/" || real == point || real.hasPrefix(point + "/")
        if inside && point.count >= best.point.count { best = (point, "\(fields[2]) (\(fields[0]) on \(point))") }
    }
    return best.text
}

func yearsLabel(_ n: Int) -> String { n == 1 ? "1 year" : "\(n) years" }

/// The 1-minute load average (/proc/loadavg): other work on the machine shows in the p99.
func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init) ?? "?"
}

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
}

struct Timings {
    var keys: [Double] = []
    var frames: [Double] = []
    var p50: Double { percentile(keys, 50) }
    var p99: Double { percentile(keys, 99) }
}
