import BegeleidModel
@testable import BegeleidPipeline
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// A result that counts its instances.
private final class Counted: @unchecked Sendable {
    static let lock = NSLock()
    nonisolated(unsafe) static var alive = 0
    let value: Int
    init(_ value: Int) { self.value = value; Self.lock.withLock { Self.alive += 1 } }
    deinit { Self.lock.withLock { Self.alive -= 1 } }
}

/// Issue 18: the work spread over the cores gives what one core would, in order (Parallel.map writes each result
/// where it belongs, without a lock), and the folders' `stat` asked in their parent answers as `stat` of the path.
struct ParallelMapTests {
    @Test func theResultsAreInTheOrderOfTheItems() {
        for count in [0, 1, 2, 3, 7, 64, 1_000, 20_001] {
            let items = (0..<count).map { "item \($0) " + String(repeating: "é", count: $0 % 17) }
            // Strings of their own (made on the worker) and uneven work: a later item may be done first.
            let results = Parallel.map(items) { item -> (String, [Int]) in
                let spins = item.utf8.count % 5 == 0 ? 2_000 : 1
                var total = 0
                for step in 0..<spins { total &+= step &* item.utf8.count }
                return (item.uppercased(), [total, item.utf8.count])
            }
            #expect(results.count == count)
            #expect(results.map(\.0) == items.map { $0.uppercased() })
            #expect(results.map { $0.1[1] } == items.map(\.utf8.count))
        }
    }

    @Test func everyResultIsMadeOnceAndLetGoOf() {
        // Every result the workers make is in the array once, and freed with it.
        do {
            let results = Parallel.map(Array(0..<5_000)) { Counted($0) }
            #expect(results.map(\.value) == Array(0..<5_000))
            #expect(Counted.lock.withLock { Counted.alive } == 5_000)
        }
        #expect(Counted.lock.withLock { Counted.alive } == 0)
    }

    @Test func aFolderIsStampedAsStatSaysOfItsPath() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("folder-stamps-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        for name in ["a", "b c", "é", "nested/deeper"] {
            try manager.createDirectory(at: root.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        try Data("x".utf8).write(to: root.appendingPathComponent("file"))
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("link").path, withDestinationPath: root.appendingPathComponent("a").path)
        let base = root.path
        let paths = ["a", "b c", "é", "nested/deeper", "nested", "file", "link", "missing", "missing/a", "a/.", "a/..", "nested/deeper/"]
            .map { base + "/" + $0 } + [base, "/", "relative/a", "", "//", base + "//a"]
        let stamps = FolderStamps.now(paths)
        for path in paths {
            var info = stat()
            let expected = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR ? FileStamp(info) : nil
            #expect(stamps[path] == expected, "\(path)")
        }
        #expect(stamps[base + "/file"] == nil && stamps[base + "/missing"] == nil && stamps[base + "/link"] != nil)
    }

    @Test func notesAreStampedAsEachOnItsOwn() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("note-stamps-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sessies/sub"), withIntermediateDirectories: true)
        for name in ["a.md", "b c.md", "é.md", "sub/d.md"] { try Data(name.utf8).write(to: root.appendingPathComponent("sessies/" + name)) }
        let base = root.path + "/sessies"
        let paths = ["a.md", "b c.md", "é.md", "sub/d.md", "sub/../a.md", "missing.md", "sub", ".", "a.md/"].map { base + "/" + $0 }
        // Just written: not settled now, settled in a minute.
        for now in [Date(), Date().addingTimeInterval(60)] {
            let stamps = FileStamp.of(paths, now: now)
            #expect(stamps == paths.map { FileStamp.of($0, now: now) })
            #expect(stamps.compactMap { $0 }.count == (now > Date() ? 7 : 0), "\(stamps)")
        }
    }

    @Test func pathsInMoreFoldersThanAreOpenedAreAskedWhole() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("many-folders-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let count = StatInFolders.openAtMost * 2 + 3
        var paths: [String] = []
        for index in 0..<count {
            let folder = root.appendingPathComponent("map \(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("\(index)".utf8).write(to: folder.appendingPathComponent("note.md"))
            paths += [folder.appendingPathComponent("note.md").path, folder.appendingPathComponent("missing.md").path]
        }
        let stamps = FileStamp.of(paths, now: Date().addingTimeInterval(60))
        #expect(stamps == paths.map { FileStamp.of($0, now: Date().addingTimeInterval(60)) })
        #expect(stamps.compactMap { $0 }.count == count)
    }
}
