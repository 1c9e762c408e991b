#if canImport(Glibc)
import Glibc
#endif

/// Work started on another thread and its result taken when it is needed: the start-up decodes flows on
/// the second core while this one opens the data folder (issue 19). A thread of its own, not Dispatch's
/// pool: the pool's first use starts a manager thread that then starts a worker, 1–3 ms before the work
/// begins (strace), longer than the work saved.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let work: @Sendable () -> Value
    /// Written by the thread before it ends, read only after joining it.
    private var value: Value?
    private var thread: pthread_t?

    init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        let start = ThreadStart { [self] in value = work() }
        let context = Unmanaged.passRetained(start).toOpaque()
        var thread = pthread_t()
        if pthread_create(&thread, nil, { context in
            guard let context else { return nil }
            Unmanaged<ThreadStart>.fromOpaque(context).takeRetainedValue().run()
            return nil
        }, context) == 0 {
            self.thread = thread
        } else {
            Unmanaged<ThreadStart>.fromOpaque(context).release() // no thread: `wait` does the work itself
        }
    }

    func wait() -> Value {
        if let thread {
            pthread_join(thread, nil)
            self.thread = nil
        }
        return value ?? work()
    }
}

/// What a new thread runs (a C start routine cannot capture a generic type).
private final class ThreadStart {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}
