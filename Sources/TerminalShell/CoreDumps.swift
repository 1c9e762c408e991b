import CTerminalGuard

/// Issue 16: both cores (SIGSEGV, SIGABRT) held the network password typed in setup. Called
/// first thing at start, before anything can be typed.
public enum CoreDumps {
    /// True when the process can no longer write a core file (nor be attached to).
    @discardableResult
    public static func forbid() -> Bool {
        seikyu_forbid_core_dumps() == 0
    }
}
