@testable import BegeleidPipeline
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Issue 18: whether a cache entry's files are still there is told a folder at a time (FolderStamps): a
/// folder's stamp in `.begeleid/stempels` vouches for the files listed in it until the folder changes.
extension IncrementalBuildTests {
    private func folderLines(_ root: URL) throws -> [String] {
        let stamps = try String(contentsOf: root.appendingPathComponent("Output/.begeleid/stempels"), encoding: .utf8)
        return stamps.split(separator: "\n").filter { $0.hasPrefix("map\t") }.map { String($0.split(separator: "\t").last ?? "") }
    }

    /// Removes `relative` (in the output folder) and sets its folder's access and modification times back to what
    /// they were: only the change time tells.
    private func removeUnseen(_ relative: String, in root: URL) throws {
        let file = root.appendingPathComponent("Output/" + relative)
        let folder = file.deletingLastPathComponent().path
        var info = stat()
        #expect(stat(folder, &info) == 0)
        try FileManager.default.removeItem(at: file)
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, folder, &times, 0) == 0)
    }

    @Test func aFolderStampVouchesOnlyUntilTheFolderChanges() throws {
        let root = try input()
        #expect(try Binary.run(["build"], in: root).status == 0)
        // Folders changed within a tenth of a second are not stamped: let them settle, then build again.
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try Binary.run(["build"], in: root).stdout == "4 sessies, alle ongewijzigd; overzicht: Output/index.html\n")
        let folders = try folderLines(root)
        #expect(folders.count == 5, "\(folders)")
        #expect(folders.contains { $0.hasSuffix("/Output/sessies/breda-sentimentmeter") })
        #expect(folders.contains { $0.hasSuffix("/Output/.begeleid/schetsen") })

        // A report removed, its folder's modification time set back: the change time differs, so it is made again.
        try removeUnseen("sessies/breda-sentimentmeter/rapport.html", in: root)
        let rebuilt = try Binary.run(["build"], in: root)
        #expect(rebuilt.stdout == "4 sessies gebouwd (3 ongewijzigd); overzicht: Output/index.html\n", "\(rebuilt.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Output/sessies/breda-sentimentmeter/rapport.html").path))
        // The folders written just now are not vouched for; the others keep their stamps.
        let after = try folderLines(root)
        #expect(!after.contains { $0.hasSuffix("/Output/sessies/breda-sentimentmeter") } && !after.contains { $0.hasSuffix("/schetsen") })
        #expect(after.filter { $0.contains("/Output/sessies/") }.count == 3, "\(after)")

        // The same for a kept outline, in the folder the outlines share.
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try Binary.run(["build"], in: root).stdout == "4 sessies, alle ongewijzigd; overzicht: Output/index.html\n")
        #expect(try folderLines(root).count == 5)
        try removeUnseen(".begeleid/schetsen/zwolle-digital-twin-ringweg.md.bin", in: root)
        let again = try Binary.run(["build"], in: root)
        #expect(again.stdout == "4 sessies gebouwd (3 ongewijzigd); overzicht: Output/index.html\n", "\(again.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Output/.begeleid/schetsen/zwolle-digital-twin-ringweg.md.bin").path))
    }

    @Test func aFolderIsStampedOnlyOnceItsClockHasMovedOn() {
        let now: Int64 = 1_800_000_000_123_456_789
        let fine = { (age: Int64) in FileStamp(size: 0, modified: now - age, changed: now - age, inode: 1, device: 1) }
        #expect(!FolderStamps.settled(fine(50_000_000), now: now))
        #expect(FolderStamps.settled(fine(150_000_000), now: now))
        // Times in whole hundredths of a second (a file system keeping no finer) wait two seconds.
        let second: Int64 = 1_800_000_000_000_000_000
        let coarse = FileStamp(size: 0, modified: second, changed: second, inode: 1, device: 1)
        #expect(!FolderStamps.settled(coarse, now: second + 1_500_000_000))
        #expect(FolderStamps.settled(coarse, now: second + 2_500_000_000))
    }
}

/// What the last build left is read while `build`'s arguments are parsed, from the folder they most likely name.
@Suite struct PrefetchGuessTests {
    @Test func theLikelyOutputFolderIsTheOneTheArgumentsName() {
        #expect(Prefetch.likelyOutput(of: []) == "Output")
        #expect(Prefetch.likelyOutput(of: ["--input", "In", "--output", "Uit"]) == "Uit")
        #expect(Prefetch.likelyOutput(of: ["--output=Uit", "--strict"]) == "Uit")
        // A public build keeps nothing; a folder named twice, or after `--`, is not guessed at.
        #expect(Prefetch.likelyOutput(of: ["--public"]) == nil)
        #expect(Prefetch.likelyOutput(of: ["--output", "A", "--output", "B"]) == nil)
        #expect(Prefetch.likelyOutput(of: ["--", "--output", "A"]) == "Output")
    }
}
