/// The shipped flows (Assets/flows) are checked by the test suite — every check FlowCatalog makes, then
/// this digest of their names and bytes (CheckedFlowsTests). A start that reads byte-identical files
/// need not check them again (issue 19: the checks were 4.7 M of the 40 M instructions of a start, done
/// at every start on the same bytes). Any other flow file — a trainer's own, an edited one — has another
/// digest and is checked in full, as before.
public enum CheckedFlows {
    /// Written by hand from CheckedFlowsTests' message whenever a flow file changes.
    public static let digest: UInt64 = 0xf209_8242_14de_a148

    /// FNV-1a (64 bits) over each file's name, a zero byte, its length and its bytes, in name order: cheap
    /// (0.4 M instructions for the 137 KB shipped), and any change of a byte or a name gives another value.
    public static func digest(of files: [(name: String, data: some Collection<UInt8>)]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        for file in files.sorted(by: { $0.name < $1.name }) {
            for byte in file.name.utf8 { mix(byte) }
            mix(0)
            var length = UInt64(file.data.count)
            for _ in 0..<8 { mix(UInt8(truncatingIfNeeded: length)); length >>= 8 }
            let mixed: Void? = file.data.withContiguousStorageIfAvailable { bytes in
                for byte in bytes { mix(byte) }
            }
            if mixed == nil { for byte in file.data { mix(byte) } }
        }
        return hash
    }
}
