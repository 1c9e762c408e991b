import Dispatch

/// Work started on another thread and its result taken when it is needed: the start-up reads and
/// decodes the flows on the second core while this one opens the data folder (issue 19).
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let work: @Sendable () -> Value
    private let finished = DispatchSemaphore(value: 0)
    /// Written once by the worker before `finished` is signalled, read only after waiting for it.
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        DispatchQueue.global(qos: .userInitiated).async {
            self.value = work()
            self.finished.signal()
        }
    }

    func wait() -> Value {
        finished.wait()
        finished.signal() // a second wait returns at once
        return value ?? work()
    }
}
