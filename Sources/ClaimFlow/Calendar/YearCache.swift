import Foundation

/// A small thread-safe memo of holidays by year (pure: the same year always gives the same days).
final class YearCache: @unchecked Sendable {
    private let lock = NSLock()
    private var years: [Int: [CivilDate: String]] = [:]

    func value(for year: Int, compute: () -> [CivilDate: String]) -> [CivilDate: String] {
        lock.lock()
        if let known = years[year] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let computed = compute()
        lock.lock()
        years[year] = computed
        lock.unlock()
        return computed
    }
}
