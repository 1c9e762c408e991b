import Synchronization

/// A small thread-safe memo of holidays by year (pure: the same year always gives the same days).
/// Tapes are played on every core at once, so the memo is shared under a lock.
final class YearCache: Sendable {
    private let years = Mutex<[Int: [CivilDate: String]]>([:])

    func value(for year: Int, compute: () -> [CivilDate: String]) -> [CivilDate: String] {
        if let known = years.withLock({ $0[year] }) { return known }
        let computed = compute()
        years.withLock { $0[year] = computed }
        return computed
    }
}
