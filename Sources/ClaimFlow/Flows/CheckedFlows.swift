/// The shipped flows (Assets/flows) are checked by the test suite — every check FlowCatalog makes, then
/// this digest of their names and bytes (CheckedFlowsTests). A start that reads byte-identical files
/// need not check them again (issue 19: the checks were 4.7 M of the 40 M instructions of a start, done
/// at every start on the same bytes). Any other flow file — a trainer's own, an edited one — has another
/// digest and is checked in full, as before.
public enum CheckedFlows {
    /// Written by hand from CheckedFlowsTests' message whenever a flow file changes.
    public static let digest: UInt64 = 0x9f0e_bc79_acb9_cc4e

    /// Over each file's name, its length and its bytes, in name order, eight bytes at a step (a multiply
    /// and a shift each, as FNV-1a does a byte): 0.1 M instructions for the 137 KB shipped, and any change
    /// of a byte or a name gives another value.
    public static func digest(of files: [(name: String, data: some Collection<UInt8>)]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x0000_0100_0000_01b3
            hash ^= hash >> 29
        }
        func mix(bytes: UnsafeRawBufferPointer) {
            var offset = 0
            while offset + 8 <= bytes.count {
                mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                offset += 8
            }
            var tail: UInt64 = 0
            for byte in bytes[offset...].reversed() { tail = tail << 8 | UInt64(byte) }
            mix(tail)
        }
        for file in files.sorted(by: { $0.name < $1.name }) {
            var name = file.name
            name.withUTF8 { mix(bytes: UnsafeRawBufferPointer($0)) }
            mix(UInt64(file.data.count))
            let mixed: Void? = file.data.withContiguousStorageIfAvailable { mix(bytes: UnsafeRawBufferPointer($0)) }
            if mixed == nil { Array(file.data).withUnsafeBytes { mix(bytes: $0) } }
        }
        return hash
    }
}
