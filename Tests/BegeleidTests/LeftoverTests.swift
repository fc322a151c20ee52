import Foundation
import Testing

/// What an interrupted build leaves, made deterministic (KillTests shows the
/// same by chance, with kills at random moments): the temporary files of a
/// process that is gone are swept by the next build, those of a process still
/// writing are not; and a build that stops half-way leaves no build cache,
/// so the next build is a full one.
@Suite("Leftovers of an interrupted build", .serialized)
struct LeftoverTests {
    func input() throws -> URL {
        try Fixtures.input(["sessies/ringweg.md", "sessies/rdw-inspections.md"])
    }

    /// A process id that no process has: above the kernel's largest.
    static let deadPID: Int32 = Int32.max - 1

    @Test func theNextBuildSweepsTemporaryFilesOfAProcessThatIsGone() throws {
        let root = try input()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try Binary.run(["build"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        let output = root.appendingPathComponent("Output")
        let finished = Fixtures.contents(of: output)
        #expect(finished[".begeleid/cache.json"] != nil && finished.count > 10)
        // As a build killed half-way leaves it: no cache, temporary files beside their targets.
        try FileManager.default.removeItem(at: output.appendingPathComponent(".begeleid/cache.json"))
        let dead = ["sessies/ringweg/.rapport.html.\(Self.deadPID).tmp", ".index.html.\(Self.deadPID).tmp", "data/.sessies.json.\(Self.deadPID).tmp"]
        // One of a process that still runs (this test) must be left alone: it may be writing it right now.
        let live = "sessies/ringweg/.rapport.md.\(getpid()).tmp"
        for name in dead + [live] {
            try Data("half".utf8).write(to: output.appendingPathComponent(name))
        }
        let next = try Binary.run(["build"], in: root)
        #expect(next.status == 0, "\(next.stderr)")
        let after = Fixtures.contents(of: output)
        for name in dead { #expect(after[name] == nil, "\(name) left behind") }
        #expect(after[live] != nil, "the temporary file of a running process was removed")
        // (The notes' stamps say what `stat` said of files at each build: they are no part of what is compared.)
        #expect(after.filter { $0.key != live && $0.key != Fixtures.stamps } == finished.filter { $0.key != Fixtures.stamps },
                "the rest is the finished build again")
    }

    @Test func aBuildThatStopsHalfWayLeavesNoCache() throws {
        let root = try input()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let first = try Binary.run(["build"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".begeleid/cache.json").path))
        // The notes change; the build is stopped at its last file (overzicht.html cannot be replaced).
        let notes = root.appendingPathComponent("Input/sessies/ringweg.md")
        let text = try String(contentsOf: notes, encoding: .utf8)
        try Data(text.replacing1("Digital twin voor de doorstroming op de ringweg", with: "Tweede versie").utf8).write(to: notes)
        let overview = output.appendingPathComponent("overzicht.html")
        try FileManager.default.removeItem(at: overview)
        try FileManager.default.createDirectory(at: overview.appendingPathComponent("blokkade"), withIntermediateDirectories: true)
        let stopped = try Binary.run(["build"], in: root)
        #expect(stopped.status == 2, "\(stopped.stdout)\(stopped.stderr)")
        #expect(stopped.stderr.contains("overzicht.html"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(".begeleid/cache.json").path),
                "a build that did not finish left a cache behind")
        #expect(Fixtures.contents(of: output).keys.filter(KillTests.isTemporary).isEmpty)
        // Unblocked and the notes changed back: the next build is full, and its reports are the first ones.
        try FileManager.default.removeItem(at: overview)
        try Data(text.utf8).write(to: notes)
        let again = try Binary.run(["build"], in: root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "2 sessies gebouwd; overzicht: Output/index.html\n")
        let report = try String(contentsOf: output.appendingPathComponent("sessies/ringweg/rapport.html"), encoding: .utf8)
        #expect(!report.contains("Tweede versie") && report.contains("Digital twin voor de doorstroming op de ringweg"))
    }
}
