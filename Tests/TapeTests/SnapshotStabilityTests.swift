import ClaimTapes
import Foundation
import Testing

/// A golden snapshot is only worth keeping if the screen is the same on every run: nothing on
/// it may depend on the temporary data folder a tape runs in (issue 17, 1).
@Suite struct SnapshotStabilityTests {
    @Test(arguments: ["trouble-691-ipvpn-v4.tape", "line-type-change.tape", "memo-651.tape"])
    func twoRunsShowTheSameScreens(_ name: String) throws {
        let first = try player().play(file: tapeFolder + "/" + name, dataDirectory: nil)
        let second = try player().play(file: tapeFolder + "/" + name, dataDirectory: nil)
        #expect(first.failures.isEmpty && second.failures.isEmpty)
        #expect(first.snapshots.map(\.text) == second.snapshots.map(\.text))
        for snapshot in first.snapshots {
            #expect(!snapshot.text.contains("seikyu-play-"), "\(snapshot.name) shows the data folder:\n\(snapshot.text)")
        }
    }
}
