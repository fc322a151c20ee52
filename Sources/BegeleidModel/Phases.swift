import Foundation

/// Where a build's CPU time goes, by phase (issue 18): off unless the
/// environment has `BEGELEID_PHASES=1`, then `begeleid build` prints a table
/// on standard error at its end and `make bench` reads it.
///
/// Time is the thread's own CPU time (`CLOCK_THREAD_CPUTIME_ID`), so phases
/// on parallel workers add up to the process's CPU, not to wall time. A phase
/// measured inside another counts only for itself: the outer one is charged
/// what is left (self time), so the rows add up to the measured total.
///
/// A second table gives each phase's span on the wall clock: from the start of
/// its first call to the end of its last, in milliseconds since the process
/// began (`begin`) or the last `reset`. It shows what waits for what, which CPU
/// time cannot: in a one-file rebuild most phases are short and the longest
/// span, not the most CPU, sets the time.
public enum Phases {
    /// Asked with `getenv`: `ProcessInfo.environment` copied every variable into a dictionary, a twentieth of
    /// the CPU `begeleid --version` takes.
    public static let enabled = getenv("BEGELEID_PHASES").map { String(cString: $0) }.map { !$0.isEmpty && $0 != "0" } ?? false

    /// Runs `body` as phase `name`. Costs one branch when disabled.
    @inline(__always)
    public static func measure<T, E: Error>(_ name: StaticString, _ body: () throws(E) -> T) throws(E) -> T {
        guard enabled else { return try body() }
        let frame = Frame.push()
        defer { Frame.pop(frame, name: "\(name)") }
        return try body()
    }

    /// Phase name, calls and CPU nanoseconds (self time), heaviest first, ties by name.
    public static func totals() -> [(name: String, calls: Int, nanoseconds: UInt64)] {
        store.lock.lock()
        defer { store.lock.unlock() }
        return store.totals.map { ($0.key, $0.value.calls, $0.value.nanoseconds) }
            .sorted { $0.nanoseconds != $1.nanoseconds ? $0.nanoseconds > $1.nanoseconds : $0.name < $1.name }
    }

    /// The table printed at the end of a build: µs of CPU per session for each phase.
    public static func table(sessions: Int) -> String {
        let rows = totals()
        let per = Double(max(sessions, 1))
        let total = rows.reduce(UInt64(0)) { $0 + $1.nanoseconds }
        var text = "fase/phase\taanroepen/calls\tµs CPU per sessie/session\n"
        for row in rows {
            text += "\(row.name)\t\(row.calls)\t\(String(format: "%.0f", Double(row.nanoseconds) / 1000 / per))\n"
        }
        text += "totaal/total\t-\t\(String(format: "%.0f", Double(total) / 1000 / per))\n"
        text += "\nfase/phase\tvan/from ms\ttot/to ms\tmuurtijd/wall ms\n"
        for span in spans() {
            let (from, to) = (Double(span.from) / 1e6, Double(span.to) / 1e6)
            text += "\(span.name)\t\(String(format: "%.1f", from))\t\(String(format: "%.1f", to))\t\(String(format: "%.1f", to - from))\n"
        }
        return text
    }

    /// Each phase's span on the wall clock, in nanoseconds since `begin` (or `reset`), earliest first, ties by name.
    public static func spans() -> [(name: String, from: UInt64, to: UInt64)] {
        store.lock.lock()
        defer { store.lock.unlock() }
        let origin = store.origin
        return store.spans.map { ($0.key, $0.value.from &- min(origin, $0.value.from), $0.value.to &- min(origin, $0.value.to)) }
            .sorted { $0.from != $1.from ? $0.from < $1.from : $0.name < $1.name }
    }

    /// Where the spans count from: called first thing in the process (when enabled).
    public static func begin() {
        guard enabled else { return }
        let now = wallClock()
        store.lock.lock()
        store.origin = now
        store.lock.unlock()
    }

    /// Starts counting afresh, spans from now (the live preview prints a table per rebuild).
    public static func reset() {
        guard enabled else { return }
        let now = wallClock()
        store.lock.lock()
        store.totals = [:]
        store.spans = [:]
        store.origin = now
        store.lock.unlock()
    }

    // MARK: - Bookkeeping (only when enabled)

    private final class Store: @unchecked Sendable {
        let lock = NSLock()
        var totals: [String: (calls: Int, nanoseconds: UInt64)] = [:]
        var spans: [String: (from: UInt64, to: UInt64)] = [:]
        var origin = Phases.wallClock()
    }

    private static let store = Store()

    private static func wallClock() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    private static func threadCPU() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// One running phase on this thread: its start and the time its inner phases took.
    private final class Frame {
        let start = Phases.threadCPU()
        let wallStart = Phases.wallClock()
        var inner: UInt64 = 0
        let parent: Frame?

        init(parent: Frame?) { self.parent = parent }

        private static let key = "begeleid.phases.frame"

        static func push() -> Frame {
            let frame = Frame(parent: Thread.current.threadDictionary[key] as? Frame)
            Thread.current.threadDictionary[key] = frame
            return frame
        }

        static func pop(_ frame: Frame, name: String) {
            let elapsed = Phases.threadCPU() &- frame.start
            let wallEnd = Phases.wallClock()
            Thread.current.threadDictionary[key] = frame.parent
            frame.parent?.inner += elapsed
            let own = elapsed &- min(frame.inner, elapsed)
            store.lock.lock()
            let before = store.totals[name] ?? (0, 0)
            store.totals[name] = (before.calls + 1, before.nanoseconds + own)
            let span = store.spans[name] ?? (frame.wallStart, wallEnd)
            store.spans[name] = (min(span.from, frame.wallStart), max(span.to, wallEnd))
            store.lock.unlock()
        }
    }
}
