import Dispatch
import Foundation

/// Work spread over every core, results in the order of the input, so the
/// output is the same bytes as one core would write.
public enum Parallel {
    public static func map<Element: Sendable, Result: Sendable>(
        _ items: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard items.count > 1, cores > 1 else { return items.map(transform) }
        // Each index is written by the one iteration that has it, into memory made for the results up front:
        // no lock (a lock per result was a tenth of `stat`-ing a thousand folders). `concurrentPerform` returns
        // when every iteration is done, so the caller sees them all.
        return Array(unsafeUninitializedCapacity: items.count) { buffer, count in
            let results = Results(buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                results.put(index, transform(items[index]))
            }
            count = items.count
        }
    }

    /// The cores this process may use, asked once (each ask reads a file of the kernel's).
    public static let cores = ProcessInfo.processInfo.activeProcessorCount

    /// Where `map`'s results go: each index initialized once, by one worker.
    private struct Results<Value>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Value>
        init(_ base: UnsafeMutablePointer<Value>) { self.base = base }
        func put(_ index: Int, _ value: consuming Value) { (base + index).initialize(to: value) }
    }

    /// `body` begun on a worker of its own while the caller goes on; `Started.result()` waits for it.
    public static func start<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) -> Started<Value> {
        let started = Started<Value>()
        DispatchQueue.global().async { started.finish(Swift.Result { try body() }) }
        return started
    }

    /// Lets go of `value` on a worker (freeing what a build held, thousands of findings and outlines, took the
    /// last milliseconds of a one-file rebuild; a process that ends meanwhile need not wait for it). The caller
    /// must hold no other reference: pass it with `consume`.
    public static func letGo<Value>(_ value: consuming Value) {
        let box = Held(value)
        DispatchQueue.global(qos: .utility).async { box.value = nil }
    }

    private final class Held<Value>: @unchecked Sendable {
        var value: Value?
        init(_ value: consuming Value) { self.value = value }
    }

    /// Work begun by `start`: its value or its error, once it is done.
    public final class Started<Value: Sendable>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var outcome: Swift.Result<Value, any Error>?

        fileprivate func finish(_ outcome: Swift.Result<Value, any Error>) {
            self.outcome = outcome
            done.signal()
        }

        /// Whether the work is done (`result` would not wait).
        public var isDone: Bool {
            guard done.wait(timeout: .now()) == .success else { return false }
            done.signal()
            return true
        }

        /// Waits until the work is done, its result left for `result` (which may have taken it already).
        public func waitUntilDone() {
            done.wait()
            done.signal()
        }

        /// Waits until the work is done, and hands its result over (not kept here after: call it once; `isDone` and
        /// `waitUntilDone` still answer after it).
        public func result() throws -> Value {
            waitUntilDone()
            defer { outcome = nil }
            return try outcome!.get()
        }
    }
}
