@testable import BegeleidPipeline
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Issue 18, item 6: from one build to the next (two processes), the notes' stamps (`.begeleid/stempels`)
/// vouch for the files that did not change, which are then not read; any doubt means reading.
extension IncrementalBuildTests {
    /// How many notes files a build read, from its phase table (BEGELEID_PHASES).
    private func filesRead(_ root: URL) throws -> Int {
        var environment = ProcessInfo.processInfo.environment
        environment["BEGELEID_PHASES"] = "1"
        let run = try Binary.run(["build"], in: root, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        let line = run.stderr.split(separator: "\n").first { $0.hasPrefix("invoer/input\t") }
        return line.flatMap { Int($0.split(separator: "\t")[1]) } ?? 0
    }

    @Test func aSecondBuildReadsOnlyWhatItsStampsDoNotVouchFor() throws {
        let root = try input()
        // Stamps taken within a second of a change are not kept: let the copies settle.
        Thread.sleep(forTimeInterval: 1.2)
        #expect(try filesRead(root) == 4)
        let stamps = try String(contentsOf: root.appendingPathComponent("Output/.begeleid/stempels"), encoding: .utf8)
        let lines = stamps.split(separator: "\n")
        #expect(lines.filter { !$0.hasPrefix("uitvoer\t") && !$0.hasPrefix("map\t") }.count == 4 && stamps.contains("/Input/sessies/breda-sentimentmeter.md\n"))
        // And what `data/sessies.json` was when the build was done (CollectionFile copies from it).
        #expect(lines.filter { $0.hasPrefix("uitvoer\t") && $0.hasSuffix("/Output/data/sessies.json") }.count == 1)
        #expect(try filesRead(root) == 0, "every file vouched for by its stamp")

        // Rewritten with the same length and its modification time set back: the change time differs, so it is read.
        let notes = root.appendingPathComponent("Input/sessies/zwolle-digital-twin-ringweg.md")
        var info = stat()
        #expect(stat(notes.path, &info) == 0)
        let text = try String(contentsOf: notes, encoding: .utf8)
        let handle = try FileHandle(forWritingTo: notes)
        try handle.write(contentsOf: Data(text.replacing1("op de ringweg", with: "op de RINGWEG").utf8))
        try handle.close()
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, notes.path, &times, 0) == 0)
        Thread.sleep(forTimeInterval: 1.2)
        #expect(try filesRead(root) == 1)
        let report = try String(contentsOf: root.appendingPathComponent("Output/sessies/zwolle-digital-twin-ringweg/rapport.html"), encoding: .utf8)
        #expect(report.contains("op de RINGWEG"))

        // A damaged stamp file vouches for nothing it cannot show: its readable lines stand, the rest is read.
        let file = root.appendingPathComponent("Output/.begeleid/stempels")
        let written = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        try (written.dropFirst().joined(separator: "\n") + "\nkapot\tx\n\u{0}").write(to: file, atomically: true, encoding: .utf8)
        #expect(try filesRead(root) == 1)
    }

    @Test func theStampFileReadsBackWhatItWrote() {
        let entries = [("/a/b c.md", FileStamp(size: 1, modified: -2, changed: 3, inode: 4, device: 5), "ff"),
                       ("/x/ë.md", FileStamp(size: 0, modified: 0, changed: 0, inode: .max, device: 0), "0")]
        let read = StampFile.parse(StampFile.encode(entries))
        #expect(read.map(\.path) == entries.map(\.0) && read.map(\.stamp) == entries.map(\.1) && read.map(\.hash) == entries.map(\.2))
        // A path no line can hold is left out; a relative one is never read back.
        #expect(StampFile.parse(StampFile.encode([("/a\nb.md", entries[0].1, "1")])).isEmpty)
        #expect(StampFile.parse(Data("1\t1\t1\t1\t1\t1\trelatief.md\n".utf8)).isEmpty)
    }
}
