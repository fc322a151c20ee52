import Foundation
import Testing

/// Issue 14, item 3: two builds into one output folder. With `watch` and
/// `make` overlapping, the last to finish wrote the cache and reports with old
/// text were called unchanged forever. Now one build waits for the other (or
/// stops, with `--no-wait`), and the cache describes only what its own build wrote.
extension KillTests {
    /// `count` notes whose case text says `version`.
    static func notes(_ count: Int, version: String, in input: URL) throws {
        let sessions = input.appendingPathComponent("sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        for number in 1...count {
            let text = Sessions.valid
                .replacing1("titel: Digital twin voor de ringweg", with: "titel: Sessie \(number)")
                .replacing1("De gemeente bouwt een digitaal model van het verkeer.", with: "Tekst van \(version).")
            try Data(text.utf8).write(to: sessions.appendingPathComponent("sessie-\(number).md"))
        }
    }

    /// Whether another process holds the output folder's lock (tried without waiting).
    static func isLocked(_ output: URL) -> Bool {
        let descriptor = open(output.appendingPathComponent(".begeleid/slot").path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return false
        }
        return true
    }

    static func start(_ arguments: [String], in folder: URL, stderr: URL) throws -> Process {
        let process = Process()
        process.executableURL = Binary.url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        return process
    }

    @Test func aPausedBuildHoldsTheFolderAndTheNextOneWaits() throws {
        let folder = Fixtures.temporaryFolder("lock")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("Input")
        let output = folder.appendingPathComponent("Output")
        try Self.notes(400, version: "versie A", in: input)
        let arguments = ["build", "--input", input.path, "--output", output.path]

        // Build A starts on the old notes and is paused (SIGSTOP) while it holds the folder.
        let first = try Self.start(arguments, in: folder, stderr: folder.appendingPathComponent("a.err"))
        while first.isRunning, !Self.isLocked(output) { usleep(200) }
        kill(first.processIdentifier, SIGSTOP)
        #expect(Self.isLocked(output), "build A finished before it could be paused: make the corpus larger")

        // The notes change while A sleeps.
        try Self.notes(400, version: "versie B", in: input)
        // With --no-wait a second build stops at once (exit 2) and writes nothing.
        let refused = try Binary.run(arguments + ["--no-wait"], in: folder, timeout: 60)
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("andere build"), "\(refused.stderr)")
        // Without it, build B waits, and says so.
        let waitingLog = folder.appendingPathComponent("b.err")
        let second = try Self.start(arguments, in: folder, stderr: waitingLog)
        usleep(1_500_000)
        #expect(second.isRunning, "build B did not wait for A")
        #expect(try String(contentsOf: waitingLog, encoding: .utf8).contains("wacht"))

        kill(first.processIdentifier, SIGCONT)
        first.waitUntilGone()
        second.waitUntilGone()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0)

        // B ran after A: every report says B; and a further build finds them all up to date and keeps them.
        let stale = { () -> [String] in
            Fixtures.contents(of: output).filter { name, data in
                name.hasSuffix("rapport.md") && !String(decoding: data, as: UTF8.self).contains("versie B")
            }.map(\.key).sorted()
        }
        #expect(stale().isEmpty, "reports with old text: \(stale().prefix(5))")
        let again = try Binary.run(arguments, in: folder, timeout: 300)
        #expect(again.status == 0)
        #expect(stale().isEmpty)
    }

    /// Two builds started together on different notes, many times: whichever
    /// runs last decides every report, and the cache agrees with the files.
    @Test func twoBuildsAtOnceLeaveNoReportTheCacheMisdescribes() throws {
        let folder = Fixtures.temporaryFolder("lock-race")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = ["A", "B"].map { folder.appendingPathComponent("Input\($0)") }
        try Self.notes(150, version: "versie A", in: inputs[0])
        try Self.notes(150, version: "versie B", in: inputs[1])
        let output = folder.appendingPathComponent("Output")
        for round in 0..<4 {
            let processes = try inputs.enumerated().map { index, input in
                try Self.start(["build", "--input", input.path, "--output", output.path], in: folder,
                               stderr: folder.appendingPathComponent("\(round)-\(index).err"))
            }
            processes.forEach { $0.waitUntilGone() }
            #expect(processes.allSatisfy { $0.terminationStatus == 0 })
            // A later build of B must give B's reports everywhere, whatever the cache says.
            #expect(try Binary.run(["build", "--input", inputs[1].path, "--output", output.path], in: folder, timeout: 300).status == 0)
            let wrong = Fixtures.contents(of: output).filter { name, data in
                name.hasSuffix("rapport.md") && !String(decoding: data, as: UTF8.self).contains("versie B")
            }.map(\.key)
            #expect(wrong.isEmpty, "round \(round): \(wrong.count) reports with the other notes' text")
        }
    }
}
