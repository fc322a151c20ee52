import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `begeleid watch --port 0` as its own process, on a copy of the ringweg
/// fixture: started through /bin/sh, so that a test can lower `ulimit -n`
/// first; what it prints is collected in a file. Waiting for it is async,
/// so a test never holds one of the few threads that the in-process previews
/// of other tests need.
final class WatchProcess: @unchecked Sendable {
    let root: URL
    let process = Process()
    private(set) var port: UInt16 = 0
    private let output: URL

    /// `copies` more copies of the notes (`ringweg-1.md` …) make every build take longer;
    /// `templates` puts a copy of the repository's `Templates/` beside `Input/`, which `watch` then uses.
    init(fileLimit: Int? = nil, copies: Int = 0, templates: Bool = false) throws {
        root = Fixtures.temporaryFolder("watch")
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let notes = Fixtures.folder.appendingPathComponent("sessies/ringweg.md")
        for name in ["ringweg"] + (0..<copies).map({ "ringweg-\($0 + 1)" }) {
            try FileManager.default.copyItem(at: notes, to: sessions.appendingPathComponent(name + ".md"))
        }
        if templates {
            try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("Templates"),
                                             to: root.appendingPathComponent("Templates"))
        }
        output = root.appendingPathComponent("terminal.txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let limit = fileLimit.map { "ulimit -n \($0) && " } ?? ""
        process.arguments = ["-c", limit + "exec \"$0\" watch --input Input --output Output --port 0", Binary.url.path]
        process.currentDirectoryURL = root
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    /// Waits (without holding a thread) for the line with the address; returns the port.
    func started() async throws -> UInt16 {
        let start = Date()
        while port == 0 {
            if let range = terminal.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                port = UInt16(terminal[range].split(separator: ":").last!.dropLast()) ?? 0
            } else if !process.isRunning || Date().timeIntervalSince(start) > 300 {
                throw POSIXError(.ETIMEDOUT)
            } else {
                try await Task.sleep(for: .milliseconds(20))
            }
        }
        return port
    }

    /// What it printed so far.
    var terminal: String {
        String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
    }

    /// Waits up to `seconds` for `text` to appear in the terminal.
    func waitFor(_ text: String, seconds: Double) async throws -> Bool {
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            if terminal.contains(text) { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return terminal.contains(text)
    }

    /// User and system CPU seconds the process used so far (Linux).
    var cpuSeconds: Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        return ((Double(fields[11]) ?? 0) + (Double(fields[12]) ?? 0)) / ticks
    }

    /// Ctrl-C: sends SIGINT and returns the seconds until the process ended (nil: not within 10 s).
    func interrupt() -> Double? {
        let start = Date()
        kill(process.processIdentifier, SIGINT)
        while process.isRunning {
            if Date().timeIntervalSince(start) > 10 { return nil }
            usleep(5_000)
        }
        return Date().timeIntervalSince(start)
    }

    /// Ends the process (if still running) and removes its folder.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilGone()
        }
        try? FileManager.default.removeItem(at: root)
    }
}

extension Process {
    /// Waits until the process has ended, by looking every 2 ms. Not `waitUntilExit()`: on Linux that
    /// spins a run loop on the calling thread, and creating one on a thread of Swift's shared pool
    /// crashed the test process once (SIGILL in `__CFRunLoopCopyMode`, CI of 2026-12-02).
    func waitUntilGone() {
        while isRunning { usleep(2_000) }
    }
}
