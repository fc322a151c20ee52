@testable import BegeleidServe
import BegeleidPipeline
import Foundation
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The live preview on an ephemeral port: what it serves, what it refuses,
/// and a saved file turning into a rebuilt page (or an error page and back).
@Suite("Live preview", .serialized)
struct PreviewTests {
    func input() throws -> URL {
        try Fixtures.input(["sessies/ringweg.md"])
    }

    func get(_ port: UInt16, _ path: String, method: String = "GET") async throws -> (status: Int, body: String, type: String) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        return (http.statusCode, String(decoding: data, as: UTF8.self), http.value(forHTTPHeaderField: "Content-Type") ?? "")
    }

    /// Polls until `condition` holds for the page (the watcher looks a few times a second; a
    /// rebuild on a machine busy with the rest of the suite may take seconds).
    func eventually(_ port: UInt16, _ path: String, _ condition: (String) -> Bool) async throws -> Bool {
        for _ in 0..<200 {
            if let page = try? await get(port, path), condition(page.body) { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    @Test func servesTheOutputRefusesTheRestAndFollowsEverySave() async throws {
        let root = try input()
        let output = root.appendingPathComponent("Output").path
        let live = try await LivePreview.start(root)
        let (preview, port) = (live.preview, live.port)
        defer { live.watching.cancel() }

        let index = try await get(port, "/")
        #expect(index.status == 200)
        #expect(index.type == "text/html; charset=utf-8")
        #expect(index.body.contains("/__begeleid/herladen"), "the server injects the reload script")
        let onDisk = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(!onDisk.contains("herladen") && !onDisk.contains("<script"), "never written into Output/")
        #expect(try await get(port, "/sessies/ringweg/waardenkaart.svg").type == "image/svg+xml")
        #expect(try await get(port, "/sessies/ringweg/rapport.html", method: "HEAD").status == 200)
        // A page that is not there is said in words, with the script that shows the report once it is back (blind tester 35).
        let missing = try await get(port, "/sessies/weg/rapport.html")
        #expect(missing.status == 404 && missing.type == "text/html; charset=utf-8" && missing.body.contains("Deze pagina is er (nu) niet")
                && missing.body.contains("/__begeleid/herladen"), "\(missing)")
        // So is an address without an extension (blind tester 38: `/nope` was a bare `404`); a missing image is not.
        for path in ["/nope", "/sessies/weg"] {
            let page = try await get(port, path)
            #expect(page.status == 404 && page.body.contains("Deze pagina is er (nu) niet"), "\(path): \(page)")
        }
        let image = try await get(port, "/sessies/weg/waardenkaart.svg")
        #expect(image.status == 404 && image.type == "text/plain; charset=utf-8" && !image.body.contains("<html"))

        for path in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/sessies/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
                     "/%252e%252e/etc/passwd", "//etc/passwd", "/.begeleid/cache.json", "/sessies/ringweg/..%2f..%2f..%2fetc%2fpasswd",
                     "/\(output)/index.html"] {
            #expect(try RawHTTP.status(port: port, request: "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n") == 404, "\(path)")
        }
        #expect(try RawHTTP.status(port: port, request: "POST /index.html HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Length: 0\r\n\r\n") == 405)
        #expect(try RawHTTP.status(port: port, request: "DELETE /index.html HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n") == 405)

        // A save is rebuilt and served.
        let notes = root.appendingPathComponent("Input/sessies/ringweg.md")
        let text = try String(contentsOf: notes, encoding: .utf8)
        try text.replacingOccurrences(of: "titel: Digital twin voor de doorstroming op de ringweg", with: "titel: Bijgewerkt in de zaal")
            .write(to: notes, atomically: true, encoding: .utf8)
        #expect(try await eventually(port, "/sessies/ringweg/rapport.html") { $0.contains("<h1>Bijgewerkt in de zaal</h1>") })
        // Notes with an error still show the report as it stands, the finding in the panel above it…
        try text.replacingOccurrences(of: "→ privacy", with: "→ privasy").write(to: notes, atomically: true, encoding: .utf8)
        #expect(try await eventually(port, "/sessies/ringweg/rapport.html") { $0.contains("bedoelde je “Privacy”?") })
        let errors = try await get(port, "/sessies/ringweg/rapport.html").body
        #expect(errors.contains("<h1>Bijgewerkt in de zaal</h1>") == false && errors.contains("<h1>Digital twin voor de doorstroming op de ringweg</h1>"))
        #expect(errors.contains("<code>value-unknown</code> × "))
        #expect(!errors.contains("<pre class=\"source\">"), "a report, not the page of findings")
        // …and the panel empties once they are fixed.
        try text.write(to: notes, atomically: true, encoding: .utf8)
        #expect(try await eventually(port, "/sessies/ringweg/rapport.html") { !$0.contains("value-unknown") && $0.contains("begeleid-meldingen-paneel") })
        await preview.stop()
    }

    @Test func anOpenPageIsToldToReload() async throws {
        let root = try input()
        let live = try await LivePreview.start(root)
        let (preview, port) = (live.preview, live.port)
        defer { live.watching.cancel() }
        let socket = try RawWebSocket(port: port, path: "/__begeleid/herladen")
        for _ in 0..<40 where await preview.channel.count == 0 { try await Task.sleep(for: .milliseconds(50)) }
        #expect(await preview.channel.count == 1)
        let notes = root.appendingPathComponent("Input/sessies/ringweg.md")
        let text = try String(contentsOf: notes, encoding: .utf8)
        try text.replacingOccurrences(of: "titel: Digital twin voor de doorstroming op de ringweg", with: "titel: Net opgeslagen")
            .write(to: notes, atomically: true, encoding: .utf8)
        // Saved notes of a known session: the page is told at once (it is made from the notes as they stand) and
        // then once more when the build has written the output folder.
        #expect(try socket.receiveText() == "herladen")
        #expect(try await get(port, "/sessies/ringweg/rapport.html").body.contains("<h1>Net opgeslagen</h1>"))
        #expect(try socket.receiveText() == "herladen")
        await preview.stop()
    }

    /// Found by `scripts/incremental_diff.py --watch`: a proposal went on citing a session whose notes had just
    /// been set to `openbaar: false`, until the next `build` (the preview made proposals again only when a
    /// profile, the offer or a template changed).
    @Test func aSessionNoLongerPublicIsNoLongerCitedInAProposal() async throws {
        let (root, live) = try await Self.exampleInputPreviewed()
        defer { live.watching.cancel() }
        let proposal = root.appendingPathComponent("Output/voorstellen/provincie-gelderland/voorstel.md")
        let cited = { (try? String(contentsOf: proposal, encoding: .utf8))?.contains("### Digital twin voor de doorstroming op de ringweg") }
        #expect(cited() == true, "the public session of Zwolle is cited to start with")
        let notes = root.appendingPathComponent("Input/sessies/zwolle-digital-twin-ringweg.md")
        let text = try String(contentsOf: notes, encoding: .utf8)
        try text.replacing1("openbaar: true", with: "openbaar: false").write(to: notes, atomically: true, encoding: .utf8)
        // The profile names the session (`vergelijkbaar`), so it has an error now, and its proposal of before,
        // which cites the session, is withdrawn rather than kept.
        #expect(try await Self.eventually { cited() == nil }, "no longer cited once its notes say openbaar: false")
        #expect(!FileManager.default.fileExists(atPath: proposal.deletingLastPathComponent().path))
        try text.write(to: notes, atomically: true, encoding: .utf8)
        #expect(try await Self.eventually { cited() == true }, "cited again once they say openbaar: true")
        await live.preview.stop()
    }

    /// Found by `scripts/incremental_diff.py --watch`: a save made while the preview rebuilt after the one before
    /// was lost (the watches were set anew after each rebuild), and the page showed the first save until the next.
    @Test func aSaveMadeWhileTheLastOneIsBuiltIsBuiltToo() async throws {
        let root = try input()
        let live = try await LivePreview.start(root)
        defer { live.watching.cancel() }
        let notes = root.appendingPathComponent("Input/sessies/ringweg.md")
        let text = try String(contentsOf: notes, encoding: .utf8)
        let report = root.appendingPathComponent("Output/sessies/ringweg/rapport.md")
        for round in 1...3 {
            try text.replacing1("titel: Digital twin voor de doorstroming op de ringweg", with: "titel: Eerste \(round)")
                .write(to: notes, atomically: true, encoding: .utf8)
            // The second save comes while the first is being built (a one-file rebuild in a debug build takes longer).
            try await Task.sleep(for: .milliseconds(30))
            try text.replacing1("titel: Digital twin voor de doorstroming op de ringweg", with: "titel: Tweede \(round)")
                .write(to: notes, atomically: true, encoding: .utf8)
            #expect(try await Self.eventually {
                (try? String(contentsOf: report, encoding: .utf8))?.contains("# Tweede \(round)") == true
            }, "round \(round): the second save is built")
        }
        await live.preview.stop()
    }

    /// Found by a blind tester: notes that already had an error, then set to `openbaar: false`, left the proposal
    /// citing their session as it was (no citable session had changed, so no proposals were made).
    @Test func aSessionWithErrorsSetToNotPublicIsNoLongerCitedEither() async throws {
        let (root, live) = try await Self.exampleInputPreviewed()
        defer { live.watching.cancel() }
        let proposal = root.appendingPathComponent("Output/voorstellen/provincie-gelderland/voorstel.md")
        #expect(FileManager.default.fileExists(atPath: proposal.path))
        let notes = root.appendingPathComponent("Input/sessies/zwolle-digital-twin-ringweg.md")
        let text = try String(contentsOf: notes, encoding: .utf8)
        let broken = text.replacing1("→ veiligheid @hulpdiensten", with: "@hulpdiensten")
        try broken.write(to: notes, atomically: true, encoding: .utf8)
        // Built with the error: the index keeps the report of before, marked so; the proposal, still allowed, stays.
        let index = root.appendingPathComponent("Output/index.html")
        #expect(try await Self.eventually { (try? String(contentsOf: index, encoding: .utf8))?.contains("rapport van een eerdere versie") == true })
        #expect(try await Self.eventually { live.findings.all.contains("provincie-gelderland.yaml [comparable-unknown]") },
                "the profile's finding in the terminal: \(live.findings.all)")
        #expect(FileManager.default.fileExists(atPath: proposal.path))
        try broken.replacing1("openbaar: true", with: "openbaar: false").write(to: notes, atomically: true, encoding: .utf8)
        #expect(try await Self.eventually { !FileManager.default.fileExists(atPath: proposal.path) }, "withdrawn")
        await live.preview.stop()
    }

    /// Found by a blind tester: a broken `waarden.yaml` saved while previewing was built over without a word in the
    /// terminal (`check` and `build` report it).
    @Test func aBrokenSynonymsFileSavedIsSaidInTheTerminal() async throws {
        let root = try input()
        let live = try await LivePreview.start(root)
        defer { live.watching.cancel() }
        try "Privacy: [persoonlijke levenssfeer\nVertrouwen: [Trust]\n"
            .write(to: root.appendingPathComponent("Input/waarden.yaml"), atomically: true, encoding: .utf8)
        #expect(try await Self.eventually { live.findings.all.contains("waarden.yaml [yaml-syntax]") }, "\(live.findings.all)")
        await live.preview.stop()
    }

    /// Found by a blind tester: a stray copy (`ringweg_.md`, which gives the name `ringweg` too) took the page of
    /// the session it copies: the room saw the copy's error page, also after the real notes were saved.
    @Test func aCopyGivingTheSameNameDoesNotTakeTheSessionsPage() async throws {
        let root = try input()
        let live = try await LivePreview.start(root)
        defer { live.watching.cancel() }
        let port = live.port
        let notes = root.appendingPathComponent("Input/sessies/ringweg.md")
        let text = try String(contentsOf: notes, encoding: .utf8)
        try text.write(to: root.appendingPathComponent("Input/sessies/ringweg_.md"), atomically: true, encoding: .utf8)
        #expect(try await Self.eventually { live.findings.all.contains("ringweg_.md [slug-collision]") }, "\(live.findings.all)")
        try text.replacingOccurrences(of: "titel: Digital twin voor de doorstroming op de ringweg", with: "titel: Na de kopie bewaard")
            .write(to: notes, atomically: true, encoding: .utf8)
        #expect(try await eventually(port, "/sessies/ringweg/rapport.html") { $0.contains("<h1>Na de kopie bewaard</h1>") })
        await live.preview.stop()
    }

    /// A copy of the repository's `Input/` (four sessions, three profiles, the offer), previewed.
    static func exampleInputPreviewed() async throws -> (root: URL, live: LivePreview) {
        let root = Fixtures.temporaryFolder()
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("Input"), to: root.appendingPathComponent("Input"))
        return (root, try await LivePreview.start(root))
    }

    /// Polls `condition` for up to 20 s (a rebuild on a machine busy with the rest of the suite may take seconds).
    static func eventually(_ condition: () -> Bool) async throws -> Bool {
        for _ in 0..<200 {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return condition()
    }

    #if canImport(Glibc)
    /// Found by `scripts/incremental_diff.py --watch`: notes written where they stand, then given their size and
    /// modification time of before, were rebuilt by `build` (FileStamp) but not noticed by the preview.
    @Test func aFileWrittenInPlaceWithItsSizeAndTimeOfBeforeIsNoticed() throws {
        let folder = try Fixtures.input([]).appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("a.md").path
        try "→ privacy\n".write(toFile: path, atomically: false, encoding: .utf8)
        // An hour old: older than the few seconds in which a file is also told by its bytes.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
        var before = stat()
        #expect(stat(path, &before) == 0)
        let watcher = InputWatcher(folders: [folder.path])
        let first = watcher.snapshot()
        #expect(first.count == 1 && watcher.snapshot() == first, "nothing changed, nothing seen")

        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data("→ privasy\n".utf8))
        try handle.close()
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        var after = stat()
        #expect(stat(path, &after) == 0)
        #expect(after.st_size == before.st_size && after.st_ino == before.st_ino
                && after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec,
                "only the bytes (and the inode's change time) differ")
        #expect(watcher.snapshot() != first)
    }
    #endif

    /// A file saved just now is told by its bytes too, for a few seconds; looked at again after those, it has not
    /// changed. (It seemed to: every file saved in the last seconds was taken for changed at the next save.)
    @Test func aFileSavedSecondsAgoIsNotTakenForChanged() throws {
        let folder = try Fixtures.input([]).appendingPathComponent("Input/sessies")
        let path = folder.appendingPathComponent("a.md").path
        try "→ privacy\n".write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -1.8)], ofItemAtPath: path)
        let watcher = InputWatcher(folders: [folder.path])
        let first = watcher.snapshot()
        #expect(first[path]?.digest != nil, "told by its bytes while just saved")
        Thread.sleep(forTimeInterval: 1.5)
        let later = watcher.snapshot()
        #expect(later[path]?.digest == nil, "no longer, seconds later")
        #expect(InputWatcher.changes(from: first, to: later).isEmpty)
        // A change of the same length within the same tick is still seen while both looks have the bytes.
        let same = InputWatcher.FileState(stat: "1.0:1.0:10:1", digest: 1)
        #expect(same.differs(from: InputWatcher.FileState(stat: "1.0:1.0:10:1", digest: 2)))
        #expect(!same.differs(from: InputWatcher.FileState(stat: "1.0:1.0:10:1", digest: nil)))
        #expect(same.differs(from: InputWatcher.FileState(stat: "2.0:2.0:10:1", digest: nil)))
    }

    @Test func outputFilesStayInsideTheFolder() throws {
        let root = try input()
        let outside = root.appendingPathComponent("geheim.txt")
        try "geheim".write(to: outside, atomically: true, encoding: .utf8)
        let output = root.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "<p>x</p>".write(to: output.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("link.txt"), withDestinationURL: outside)
        let files = OutputFiles(root: output.path)
        #expect(files.file(for: "/") != nil)
        #expect(files.file(for: "/link.txt") == nil, "a symlink out of the folder")
        #expect(files.file(for: "/index.html%00.txt") == nil)
        #expect(files.file(for: "/..\\geheim.txt") == nil)
        // Hidden files (the build cache holds every finding, also of private lines' neighbours) are never served.
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".begeleid"), withIntermediateDirectories: true)
        try "{}".write(to: output.appendingPathComponent(".begeleid/cache.json"), atomically: true, encoding: .utf8)
        try "x".write(to: output.appendingPathComponent(".verborgen.html"), atomically: true, encoding: .utf8)
        #expect(files.file(for: "/.begeleid/cache.json") == nil)
        #expect(files.file(for: "/%2ebegeleid/cache.json") == nil)
        #expect(files.file(for: "/.verborgen.html") == nil)
        // The same kinds of request for files that may be served are: the refusals above are not refusing everything.
        try FileManager.default.createDirectory(at: output.appendingPathComponent("sessies/x"), withIntermediateDirectories: true)
        try "<p>r</p>".write(to: output.appendingPathComponent("sessies/x/rapport.html"), atomically: true, encoding: .utf8)
        #expect(files.file(for: "/sessies/x/rapport.html") != nil)
        #expect(files.file(for: "/sessies/x/") == nil, "a folder without index.html")
        #expect(files.file(for: "/index.html?v=1") != nil)
    }
}
