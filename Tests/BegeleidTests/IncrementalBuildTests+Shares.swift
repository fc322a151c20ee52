@testable import BegeleidPipeline
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Issue 18, items 5 and 6: each session's share of `data/` comes from the cache
/// (made when the session was rendered), and a file is read again only on doubt.
extension IncrementalBuildTests {
    /// `data/` and the rest of the output, without the cache.
    private func output(_ root: URL, _ folder: String = "Output") -> [String: Data] {
        Fixtures.contents(of: root.appendingPathComponent(folder)).filter { !$0.key.hasPrefix(".begeleid/") }
    }

    /// A file touched (its times changed, its bytes not) is read again and found unchanged: nothing is rendered.
    @Test func aTouchedButUnchangedFileIsNotRenderedAgain() throws {
        let root = try input()
        #expect(try Binary.run(["build"], in: root).status == 0)
        let before = output(root)
        let notes = root.appendingPathComponent("Input/sessies/breda-sentimentmeter.md")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: notes.path)
        let run = try Binary.run(["build"], in: root)
        #expect(run.status == 0 && run.stdout == "4 sessies, alle ongewijzigd; overzicht: Output/index.html\n", "\(run.stdout)\(run.stderr)")
        #expect(output(root) == before)
    }

    /// In one process (as `watch` builds): notes rewritten with their size and modification time
    /// restored differ in their change time, so they are read again, not taken for unchanged.
    @Test func aChangeWithSizeAndTimeRestoredIsReadAgainInOneProcess() throws {
        let root = try input()
        // As the live preview does.
        Building.keepFileStamps()
        // Stamps taken within a second of a change are not trusted: let the copies settle.
        Thread.sleep(forTimeInterval: 1.2)
        let options = Building.Options(input: root.appendingPathComponent("Input").path,
                                       output: root.appendingPathComponent("Output").path, strict: false, language: .dutch)
        let first = try Building.run(options, renderer: Fixtures.renderer)
        #expect(first.upToDate == 0 && first.rendered.count == 4)
        let notes = root.appendingPathComponent("Input/sessies/zwolle-digital-twin-ringweg.md")
        let stamp = try #require(FileStamp.of(notes.path))
        #expect(FileStamp.memo.hash(of: notes.path, stamp: stamp) != nil, "the first build noted the file's stamp and hash")
        var info = stat()
        #expect(stat(notes.path, &info) == 0)
        let text = try String(contentsOf: notes, encoding: .utf8)
        let changed = text.replacing1("Digital twin voor de doorstroming op de ringweg", with: "Digital twin voor de doorstroming op de RINGWEG")
        let handle = try FileHandle(forWritingTo: notes)
        try handle.write(contentsOf: Data(changed.utf8))
        try handle.close()
        // The modification time set back to the nanosecond (access time too).
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, notes.path, &times, 0) == 0)
        Thread.sleep(forTimeInterval: 1.2)
        let now = try #require(FileStamp.of(notes.path))
        #expect(now.size == stamp.size && now.modified == stamp.modified && now.inode == stamp.inode && now != stamp)
        let second = try Building.run(options, renderer: Fixtures.renderer)
        #expect(second.upToDate == 3)
        let report = try String(contentsOf: root.appendingPathComponent("Output/sessies/zwolle-digital-twin-ringweg/rapport.html"), encoding: .utf8)
        #expect(report.contains("<h1>Digital twin voor de doorstroming op de RINGWEG</h1>"))
        // Unchanged since, the files are taken by their stamps: all up to date.
        #expect(try Building.run(options, renderer: Fixtures.renderer).upToDate == 4)
    }

    /// A stamp taken right after a change is not kept: a second change in the same tick could look the same.
    @Test func aFileJustChangedHasNoStamp() throws {
        let root = try input()
        let notes = root.appendingPathComponent("Input/sessies/breda-sentimentmeter.md")
        #expect(FileStamp.of(notes.path) == nil)
        #expect(FileStamp.of(notes.path, now: Date().addingTimeInterval(5)) != nil)
        #expect(FileStamp.of(root.appendingPathComponent("geen.md").path, now: Date().addingTimeInterval(5)) == nil)
    }

    /// A cache of another format is not read: everything is rendered again. So is the JSON of the formats before 9,
    /// in the same place (an older version's cache), which the build replaces by its own.
    @Test func aCacheOfAnOlderFormatIsIgnored() throws {
        let root = try input()
        #expect(try Binary.run(["build"], in: root).status == 0)
        let cache = root.appendingPathComponent("Output/" + BuildCache.path)
        var read = try #require(BuildCache(bytes: Array(Data(contentsOf: cache))))
        #expect(read.format == BuildCache.currentFormat && !read.entries.isEmpty)
        read.format = 3
        try Data(read.encodedParts().joined()).write(to: cache)
        #expect(try BuildCache(bytes: Array(Data(contentsOf: cache)))?.format == 3)
        for _ in 0..<2 {
            let run = try Binary.run(["build"], in: root)
            #expect(run.status == 0 && run.stdout == "4 sessies gebouwd; overzicht: Output/index.html\n", "\(run.stdout)\(run.stderr)")
            try #"{"entries":{},"format":8,"key":""}"#.write(to: cache, atomically: true, encoding: .utf8)
        }
        #expect(try Binary.run(["build"], in: root).stdout == "4 sessies gebouwd; overzicht: Output/index.html\n")
        #expect(try BuildCache(bytes: Array(Data(contentsOf: cache)))?.format == BuildCache.currentFormat)
    }

    /// The shares depend on `waarden.yaml` (the names values count under), which is not in the cache's key:
    /// a change to it makes them again, and `data/` equals a full build's.
    @Test func aChangeOfTheSynonymsRemakesTheShares() throws {
        let root = try input()
        #expect(try Binary.run(["build"], in: root).status == 0)
        let before = try Data(contentsOf: root.appendingPathComponent("Output/data/waarden.csv"))
        try "Vertrouwen: [Privacy]\n".write(to: root.appendingPathComponent("Input/waarden.yaml"), atomically: true, encoding: .utf8)
        let run = try Binary.run(["build"], in: root)
        #expect(run.status == 0 && run.stdout.contains("alle ongewijzigd"), "\(run.stdout)\(run.stderr)")
        let after = try Data(contentsOf: root.appendingPathComponent("Output/data/waarden.csv"))
        #expect(after != before && String(decoding: after, as: UTF8.self).contains("privacy,Privacy,Vertrouwen"))
        #expect(try Binary.run(["build", "--output", "Vol"], in: root).status == 0)
        let data = { (folder: String) in self.output(root, folder).filter { $0.key.hasPrefix("data/") } }
        #expect(data("Output").count == 8 && data("Output") == data("Vol"))
    }

    /// A damaged share in the cache (after the session's outline) is made again from that outline, and a
    /// kept file cut short from the notes: `data/` stays right, and once the tables need the share again
    /// (here: one is removed) the file is as the first build wrote it. (While no share changes, the tables
    /// stay as they were, BuildCache.Kept, and read no share.)
    @Test func aDamagedShareIsMadeAgain() throws {
        let root = try input()
        #expect(try Binary.run(["build"], in: root).status == 0)
        let before = output(root)
        let kept = root.appendingPathComponent("Output/.begeleid/schetsen/breda-sentimentmeter.md.bin")
        let original = try Data(contentsOf: kept)
        let share = try KeptSessions.share(in: [UInt8](original))
        #expect(share.count > 100)
        for damaged in [original.prefix(original.count - share.count) + Data("begeleid-deel 0\nkapot".utf8), original.prefix(100)] {
            try damaged.write(to: kept)
            let run = try Binary.run(["build"], in: root)
            #expect(run.status == 0 && run.stdout.contains("alle ongewijzigd"), "\(run.stdout)\(run.stderr)")
            #expect(output(root) == before)
            try FileManager.default.removeItem(at: root.appendingPathComponent("Output/data/effecten.csv"))
            #expect(try Binary.run(["build"], in: root).status == 0)
            #expect(output(root) == before)
            #expect(try Data(contentsOf: kept) == original, "made again whole and kept")
        }
    }
}
