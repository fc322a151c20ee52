@testable import BegeleidPipeline
import Foundation
import Testing

/// The writer's path pieces cut from the bytes (issue 18), held to Foundation's answers on paths made
/// of what could make a difference: slashes at either end and doubled, `.` and `..`, names with dots.
@Suite("Output paths as Foundation gives them", .serialized)
struct OutputPathTests {
    private static let pieces = ["/", "/", "a", "Output", "sessies", ".", "..", "x.y", ".begeleid", "é", "//", " "]

    @Test func foldersAndNamesAsFoundation() {
        // Paths below a folder, as every path the writer asks about, without a doubled `/` (the writer's
        // paths have none). Foundation's `deletingLastPathComponent` traps on some of those (`o//é`,
        // `///a//`), on a relative path of one name (`a`, `a/`) and on an empty one.
        let names = ["a", "Output", ".", "..", "x.y", ".begeleid", "é", " ", "rapport.html"]
        var random = SeededRandom(seed: 47)
        for _ in 0..<20_000 {
            let start = ["", "Output/sessies", "/tmp/out"][random.next(below: 3)]
            let rest = (0..<random.next(below: 5)).map { _ in "/" + names[random.next(below: names.count)] }.joined()
            let path = start + rest + (random.next(below: 4) == 0 ? "/" : "")
            guard !path.isEmpty else { continue }
            #expect(OutputPaths.folder(of: path) == (path as NSString).deletingLastPathComponent, "\(path.debugDescription)")
            #expect(OutputPaths.name(of: path) == (path as NSString).lastPathComponent, "\(path.debugDescription)")
        }
    }

    @Test func relativePathsAsStandardizedURLs() {
        let reference = { (folder: String, root: String) -> Substring? in
            let base = URL(fileURLWithPath: root).standardizedFileURL.path
            let full = URL(fileURLWithPath: folder).standardizedFileURL.path
            if full == base { return "" }
            return full.hasPrefix(base + "/") ? full.dropFirst(base.count + 1) : nil
        }
        let roots = ["Output", "/tmp/out", "out/", "a/../Output", "./o", "/"]
        var random = SeededRandom(seed: 53)
        var plain = 0
        for _ in 0..<5_000 {
            let root = roots[random.next(below: roots.count)]
            let rest = (0..<random.next(below: 6)).map { _ in Self.pieces[random.next(below: Self.pieces.count)] }.joined()
            // (Never an empty folder: the writer asks for the folder of a file it writes.)
            for folder in [root + "/" + rest, root + rest, rest] where !folder.isEmpty {
                #expect(OutputPaths.relative(folder, below: root) == reference(folder, root), "\(folder.debugDescription) below \(root.debugDescription)")
            }
            if OutputPaths.relative(root + "/sessies/" + rest.filter(\.isLetter), below: root) != nil { plain += 1 }
        }
        #expect(plain > 1_000)
    }

    @Test func parentsOfFolders() {
        let cases: [(String, String?)] = [
            ("/tmp/o//é", "/tmp/o"), ("/tmp/o//é/", "/tmp/o"), ("a/b", "a"), ("a", nil), ("/a", "/"), ("/", "/"), ("//a", "/"),
            ("Output/sessies//", "Output"), ("", nil),
        ]
        for (folder, parent) in cases { #expect(OutputPaths.parent(ofFolder: folder) == parent, "\(folder.debugDescription)") }
    }

    /// An output folder whose parents are missing, behind a doubled `/` and a name that is not ASCII: made,
    /// where Foundation's `deletingLastPathComponent` trapped (a build into `o//é` crashed).
    @Test func foldersMadeBehindADoubledSlash() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("begeleid-paths-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        let root = base + "/o//é"
        #expect(OutputWriter.makeFolder(root + "/sessies/x", below: root))
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: base + "/o/é/sessies/x", isDirectory: &isFolder) && isFolder.boolValue)
    }
}
