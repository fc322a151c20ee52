import BegeleidModel
import BegeleidPipeline
import BegeleidRender
import Foundation
import Testing

/// Follow-up across a series (FORMAT.md v2): golden files of a three-session
/// chain (Dutch) and a two-session series (English) with every status, each
/// finding of the series pass where it belongs, the public build, and the
/// incremental build re-checking a follow-up when its earlier session changes.
@Suite("Follow-up across a series", .serialized)
struct FollowUpTests {
    static let series = Fixtures.folder.appendingPathComponent("series")

    static func files(_ name: String) -> [String] {
        let folder = series.appendingPathComponent(name).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { "\(folder)/\($0)" }
    }

    /// The fixture series copied into a fresh `Input/sessies`, with `edits` (file stem → (old, new)) applied.
    static func input(_ name: String, _ edits: [String: [(String, String)]] = [:], function: String = #function) throws -> URL {
        let root = Fixtures.temporaryFolder(function)
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        for path in files(name) {
            let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            var text = try String(contentsOfFile: path, encoding: .utf8)
            for (old, new) in edits[stem] ?? [] {
                #expect(text.contains(old), "fixture \(stem) has no “\(old)”")
                text = text.replacingOccurrences(of: old, with: new)
            }
            try text.write(to: sessions.appendingPathComponent("\(stem).md"), atomically: true, encoding: .utf8)
        }
        return root
    }

    /// A build of `root`'s `Input/` into its `Output/`.
    static func buildOptions(_ root: URL) -> Building.Options {
        Building.Options(input: root.appendingPathComponent("Input").path, output: root.appendingPathComponent("Output").path,
                         strict: false, language: .dutch)
    }

    static func check(_ root: URL) -> Checking.Result {
        let folder = root.appendingPathComponent("Input/sessies").path
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        return Checking.run(files: names.map { "\(folder)/\($0)" }, strict: false)
    }

    @Test(arguments: ["keten", "pair"])
    func goldenFiles(_ name: String) throws {
        let result = Checking.run(files: Self.files(name), strict: false)
        #expect(result.diagnostics.errorCount == 0, "\(result.diagnostics)")
        for session in result.valid where session.meta.follows != nil {
            #expect(session.review != nil)
            for file in try Fixtures.renderer.sessionFiles(session) where file.name != "waardenkaart.svg" {
                Snapshot.assert(String(decoding: file.data, as: UTF8.self), named: "series/\(session.slug)/\(file.name)")
            }
        }
        let pages = result.series.progress(among: result.valid)
        #expect(pages.count == 1)
        for page in pages {
            for file in Fixtures.renderer.progressFiles(page) {
                Snapshot.assert(String(decoding: file.data, as: UTF8.self), named: "series/reeksen/\(page.slug)/\(file.name)")
            }
        }
        let table = try #require(try Fixtures.renderer.dataFiles(result.valid).first { $0.name == "opvolging.csv" })
        // The byte-order mark stays out of the golden file (reading it back as text would drop it).
        let text = String(decoding: table.data, as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}"))
        Snapshot.assert(String(text.dropFirst()), named: "series/\(name)-opvolging.csv")
    }

    /// Found by blind tester 37: an option due before a later session and still in progress there was not marked, and
    /// on the series' page it stood below options just made. Over time is judged against the session's date (the
    /// report) or the series' last (its page), never today: the same notes give the same bytes on any day.
    @Test func anOptionPastItsDateAndNotDoneIsMarkedOverTimeAndComesFirst() throws {
        let result = Checking.run(files: Self.files("keten"), strict: false)
        // B (2026-09-24) gives “loopt” to an option of A due 2026-09-01; C (2027-03-18) gives it “gedaan”.
        let middle = try #require(result.valid.first { $0.slug == "ringweg-evaluatie" })
        let late = try #require(middle.review?.discussed.first { $0.text.hasPrefix("Onzekerheid") })
        #expect(late.isOverdue(asOf: middle.meta.date) && !late.isOverdue(asOf: "2026-09-01"))
        let files = try Fixtures.renderer.sessionFiles(middle)
        let html = String(decoding: try #require(files.first { $0.name == "rapport.html" }).data, as: UTF8.self)
        #expect(html.contains("(uiterlijk <time datetime=\"2026-09-01\">1 september 2026</time>)</span> <span class=\"overdue-badge\">over tijd</span>"))
        let markdown = String(decoding: try #require(files.first { $0.name == "rapport.md" }).data, as: UTF8.self)
        #expect(markdown.contains("(uiterlijk 1 september 2026) (**over tijd**)"))
        let last = try #require(result.valid.first { $0.slug == "ringweg-terugblik" })
        let lastHTML = String(decoding: try #require(try Fixtures.renderer.sessionFiles(last).first { $0.name == "rapport.html" }).data, as: UTF8.self)
        #expect(!lastHTML.contains("overdue-badge\">"), "done is never over time")
        // On the page: an option in progress and over time at the last session comes first.
        let edited = try Self.input("keten", ["ringweg-terugblik": [("gedaan: onzekerheid van het model", "loopt: onzekerheid van het model")]])
        let checked = Self.check(edited)
        let page = try #require(checked.series.progress(among: checked.valid).first)
        #expect(page.entries.first?.option.text.hasPrefix("Onzekerheid") == true, "\(page.entries.map(\.option.text))")
        let pageHTML = String(decoding: try #require(Fixtures.renderer.progressFiles(page).first { $0.name == "voortgang.html" }).data, as: UTF8.self)
        #expect(pageHTML.contains("<span class=\"overdue-badge\">over tijd</span>"))
    }

    /// Every status of FORMAT.md appears in the goldens, and the chain carries statuses along it.
    @Test func theChainCarriesStatusesAlong() throws {
        let result = Checking.run(files: Self.files("keten"), strict: false)
        let last = try #require(result.valid.first { $0.slug == "ringweg-terugblik" })
        let review = try #require(last.review)
        // C names an option of A still in progress after B, one of A never discussed, and three of B.
        #expect(review.discussed.map(\.session) == ["ringweg-start", "ringweg-start", "ringweg-evaluatie", "ringweg-evaluatie", "ringweg-evaluatie"])
        #expect(review.discussed.map(\.status) == [.done, .open, .done, .inProgress, .rejected])
        // Options closed in B (done, rejected) are no longer C's to discuss; C discussed all that were open.
        #expect(review.notDiscussed.isEmpty)
        let middle = try #require(result.valid.first { $0.slug == "ringweg-evaluatie" }?.review)
        #expect(middle.notDiscussed.map(\.text) == ["Verkeerskundigen leren modelonzekerheid uitleggen"])
        let warning = try #require(result.diagnostics.first { $0.code == "follow-up-not-discussed" })
        #expect(warning.severity == .warning && warning.location.line == 18 && warning.path.hasSuffix("ringweg-evaluatie.md"))
        let page = try #require(result.series.progress(among: result.valid).first)
        #expect(page.slug == "ringweg-start" && page.sessions.count == 3)
        // Over time first, then open (never discussed counts as open) and in progress, done, rejected.
        let lastDate = page.sessions[page.sessions.count - 1].date
        #expect(page.entries.map { $0.rank(asOf: lastDate) } == page.entries.map { $0.rank(asOf: lastDate) }.sorted())
        let shown = try #require(page.entries.first { $0.option.text.hasPrefix("Onzekerheid") })
        #expect(shown.history.map(\.status) == [.inProgress, .done])
        #expect(shown.history.map(\.session.slug) == ["ringweg-evaluatie", "ringweg-terugblik"])
        #expect(shown.option.isPriority && shown.option.owners == ["Verkeerskundigen"])
    }

    struct Finding: CustomTestStringConvertible, Sendable {
        var code: DiagnosticCode
        var severity: Diagnostic.Severity
        var file: String
        var edits: [String: [(String, String)]]
        var line: Int
        var column: Int
        var suggestion: String? = nil
        var testDescription: String { code.rawValue + " " + file }
    }

    /// An item added at the end of the second session's `## Opvolging`.
    static func addedToEvaluation(_ item: String) -> [String: [(String, String)]] {
        let last = "- afgewezen: Jaarlijks publieksverslag — past niet in het budget\n"
        return ["ringweg-evaluatie": [(last, last + item)]]
    }

    static let findings: [Finding] = [
        Finding(code: "follows-unknown", severity: .error, file: "ringweg-evaluatie",
                edits: ["ringweg-evaluatie": [("vervolg_op: ringweg-start", "vervolg_op: ringweg-strat")]], line: 7, column: 13,
                suggestion: "ringweg-start"),
        Finding(code: "follows-loop", severity: .error, file: "ringweg-start",
                edits: ["ringweg-start": [("status: definitief", "status: definitief\nvervolg_op: ringweg-terugblik")]], line: 8, column: 13),
        Finding(code: "follows-later", severity: .error, file: "ringweg-evaluatie",
                edits: ["ringweg-evaluatie": [("datum: 2026-09-24", "datum: 2026-01-24")]], line: 7, column: 13),
        Finding(code: "follow-up-no-option", severity: .error, file: "ringweg-evaluatie",
                edits: ["ringweg-evaluatie": [("gedaan: Alleen geaggregeerde tellingen", "gedaan: Alleen geagregeerde tellingen")]],
                line: 19, column: 11, suggestion: "Alleen geaggregeerde tellingen per wegvak opslaan"),
        // An option closed in B is no longer C's to give a status.
        Finding(code: "follow-up-no-option", severity: .error, file: "ringweg-terugblik",
                edits: ["ringweg-terugblik": [("open: Verkeerskundigen leren modelonzekerheid", "gedaan: Jaarlijks publieksverslag")]],
                line: 17, column: 11),
        Finding(code: "follow-up-ambiguous", severity: .error, file: "ringweg-terugblik",
                edits: ["ringweg-terugblik": [("gedaan: Een publiek dashboard", "gedaan: Een")]], line: 18, column: 11),
        Finding(code: "follow-up-status-unknown", severity: .error, file: "ringweg-terugblik",
                edits: ["ringweg-terugblik": [("afgewezen: Bewoners", "afgewezn: Bewoners")]], line: 20, column: 3,
                suggestion: "afgewezen"),
        // Found by a blind tester: two statuses for one option, an item naming no option, and a status without its
        // colon were taken without a word (or told to begin with a status).
        Finding(code: "follow-up-twice", severity: .error, file: "ringweg-evaluatie", edits: addedToEvaluation("- gedaan: *Alleen* geaggregeerde — toch\n"), line: 22, column: 11),
        Finding(code: "follow-up-no-option", severity: .error, file: "ringweg-evaluatie", edits: addedToEvaluation("- gedaan:\n"), line: 22, column: 3),
        Finding(code: "follow-up-status-unknown", severity: .error, file: "ringweg-evaluatie", edits: addedToEvaluation("- loopt\n"), line: 22, column: 1),
        Finding(code: "follow-up-no-option", severity: .error, file: "ringweg-evaluatie", edits: addedToEvaluation("- gedaan: — leeg\n"), line: 22, column: 3),
        Finding(code: "follows-session-has-errors", severity: .warning, file: "ringweg-terugblik",
                edits: ["ringweg-evaluatie": [("→ transparantie @bewoners", "→ transparantie, eerlijkheid @bewoners")]], line: 7, column: 13),
        Finding(code: "follows-concept", severity: .warning, file: "ringweg-evaluatie",
                edits: ["ringweg-start": [("status: definitief", "status: concept")]], line: 7, column: 13),
        Finding(code: "follow-up-without-series", severity: .warning, file: "ringweg-terugblik",
                edits: ["ringweg-terugblik": [("vervolg_op: ringweg-evaluatie\n", "")]], line: 14, column: 1),
    ]

    @Test(arguments: findings)
    func eachFindingWhereItBelongs(_ expected: Finding) throws {
        let root = try Self.input("keten", expected.edits)
        let result = Self.check(root)
        let found = result.diagnostics.filter { $0.code == expected.code && $0.path.hasSuffix("/\(expected.file).md") }
        #expect(found.count == 1, "\(result.diagnostics.map { "\($0.path):\($0.location.line): \($0.code)" })")
        let finding = try #require(found.first)
        #expect(finding.severity == expected.severity)
        #expect((finding.location.line, finding.location.column) == (expected.line, expected.column))
        if let suggestion = expected.suggestion { #expect(finding.suggestion == suggestion) }
        // An error keeps the follow-up's report back; a warning does not.
        let built = result.valid.contains { $0.slug == expected.file }
        #expect(built == (expected.severity == .warning))
        // The near miss: the fixture itself has none of it.
        let clean = Checking.run(files: Self.files("keten"), strict: false)
        #expect(!clean.diagnostics.contains { $0.code == expected.code && $0.path.hasSuffix("/\(expected.file).md") })
    }

    @Test func aLoopIsReportedOnEverySessionInIt() throws {
        let root = try Self.input("keten", ["ringweg-start": [("status: definitief", "status: definitief\nvervolg_op: ringweg-terugblik")]])
        let result = Self.check(root)
        let loops = result.diagnostics.filter { $0.code == "follows-loop" }
        #expect(loops.count == 3)
        #expect(loops.allSatisfy { $0.message.dutch.contains("→") })
        #expect(result.valid.isEmpty)
    }

    @Test func aConceptFollowUpHasWarningsOnly() throws {
        let root = try Self.input("keten", ["ringweg-terugblik": [
            ("openbaar: true", "status: concept"), ("gedaan: Een publiek dashboard", "gedaan: Een"),
        ]])
        let result = Self.check(root)
        let finding = try #require(result.diagnostics.first { $0.code == "follow-up-ambiguous" })
        #expect(finding.severity == .warning)
        #expect(result.valid.contains { $0.slug == "ringweg-terugblik" })
    }

    /// A public follow-up shows earlier options only of public, definitief sessions; so does the progress page.
    @Test func aPublicBuildShowsOnlyPublicEarlierOptions() throws {
        let root = try Self.input("keten")
        let output = root.appendingPathComponent("Openbaar")
        _ = try Building.run(Building.Options(input: root.appendingPathComponent("Input").path, output: output.path,
                                              strict: false, language: .dutch, publicOnly: true), renderer: Fixtures.renderer)
        let report = try String(contentsOf: output.appendingPathComponent("sessies/ringweg-terugblik/rapport.html"), encoding: .utf8)
        #expect(report.contains("Digital twin ringweg, terugblik na een jaar"), "the follow-up itself is published")
        #expect(!report.contains("Een publiek dashboard"), "an option of a session that is not public")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("sessies/ringweg-evaluatie").path))
        // Found by a blind tester: the session not public between two public ones showed through the statuses it gave (the
        // public report listed an option of the first session as not discussed with the status “loopt” the private one
        // gave it, left out the options it had closed, and the public progress page called those “nog niet besproken”).
        // A public follow-up shows its follow-up only when every session before it is public and definitief.
        #expect(!report.contains("Opvolging") && !report.contains("Niet besproken") && !report.contains("loopt"), "no follow-up part")
        let document = try String(contentsOf: output.appendingPathComponent("sessies/ringweg-terugblik/sessie.json"), encoding: .utf8)
        #expect(!document.contains("followUp") && !document.contains("in-progress"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("reeksen/ringweg-start").path),
                "what is public of the series is the first session alone: no progress page")
        let csv = try String(contentsOf: output.appendingPathComponent("data/opvolging.csv"), encoding: .utf8)
        #expect(!csv.contains("Een publiek dashboard") && !csv.contains("ringweg-terugblik"))
        // Found by a blind tester: the session it follows, not public, was named (and linked to a report not there).
        for file in Fixtures.contents(of: output) where !file.key.hasPrefix(".begeleid") {
            #expect(!String(decoding: file.value, as: UTF8.self).contains("ringweg-evaluatie"), "\(file.key)")
        }
    }

    /// The earlier session changes, the follow-up is checked and rendered again (it is never taken from the cache).
    @Test func anIncrementalBuildRechecksAFollowUpWhenItsEarlierSessionChanges() throws {
        let root = try Self.input("keten")
        let options = Self.buildOptions(root)
        let first = try Building.run(options, renderer: Fixtures.renderer)
        #expect(first.checking.diagnostics.errorCount == 0)
        let start = root.appendingPathComponent("Input/sessies/ringweg-start.md")
        let text = try String(contentsOf: start, encoding: .utf8)
        try text.replacingOccurrences(of: "- Jaarlijks publieksverslag over het model", with: "- Halfjaarlijks publieksverslag over het model")
            .write(to: start, atomically: true, encoding: .utf8)
        let second = try Building.run(options, renderer: Fixtures.renderer)
        let finding = try #require(second.checking.diagnostics.first { $0.code == "follow-up-no-option" })
        #expect(finding.path.hasSuffix("ringweg-evaluatie.md"))
        // Back as it was: the follow-up builds again, with the option's new status.
        try text.write(to: start, atomically: true, encoding: .utf8)
        let third = try Building.run(options, renderer: Fixtures.renderer)
        #expect(third.checking.diagnostics.errorCount == 0)
        let report = try String(contentsOf: root.appendingPathComponent("Output/sessies/ringweg-evaluatie/rapport.md"), encoding: .utf8)
        #expect(report.contains("| Jaarlijks publieksverslag over het model (Opgepakt door: Verkeerskundigen) (uiterlijk 31 januari 2027) | afgewezen | past niet in het budget |"))
        // The unchanged follow-up was read again all three times, the unchanged start session only the first time.
        #expect(third.checking.read.contains { $0.hasSuffix("ringweg-terugblik.md") })
        #expect(!third.checking.reused.contains { $0.hasSuffix("ringweg-terugblik.md") })
    }

    /// A series that breaks (here: a loop) keeps its earlier progress page, listed as out of date, never half-written.
    @Test func aBrokenSeriesKeepsItsEarlierPageMarkedStale() throws {
        let root = try Self.input("keten")
        let options = Self.buildOptions(root)
        _ = try Building.run(options, renderer: Fixtures.renderer)
        let page = root.appendingPathComponent("Output/reeksen/ringweg-start/voortgang.html")
        let before = try Data(contentsOf: page)
        let start = root.appendingPathComponent("Input/sessies/ringweg-start.md")
        let text = try String(contentsOf: start, encoding: .utf8)
        try text.replacingOccurrences(of: "status: definitief", with: "status: definitief\nvervolg_op: ringweg-terugblik")
            .write(to: start, atomically: true, encoding: .utf8)
        let broken = try Building.run(options, renderer: Fixtures.renderer)
        #expect(broken.checking.diagnostics.filter { $0.code == "follows-loop" }.count == 3)
        #expect(try Data(contentsOf: page) == before)
        let index = try String(contentsOf: root.appendingPathComponent("Output/index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"reeksen/ringweg-start/voortgang.html\">Voortgang van de reeks Digital twin voor de doorstroming op de ringweg</a> <span class=\"tag stale\">"))
        // Mended: the page is made anew and no longer marked.
        try text.write(to: start, atomically: true, encoding: .utf8)
        _ = try Building.run(options, renderer: Fixtures.renderer)
        let mended = try String(contentsOf: root.appendingPathComponent("Output/index.html"), encoding: .utf8)
        #expect(mended.contains("reeksen/ringweg-start/voortgang.html") && !mended.contains("tag stale"))
        // Gone from the notes altogether: the page goes too.
        for name in ["ringweg-start", "ringweg-evaluatie", "ringweg-terugblik"] {
            try FileManager.default.removeItem(at: root.appendingPathComponent("Input/sessies/\(name).md"))
        }
        _ = try Building.run(options, renderer: Fixtures.renderer)
        #expect(!FileManager.default.fileExists(atPath: page.path))
    }

    /// Blind tester 29: a series ended by its notes (no note follows its first session any more) left its page, listed
    /// in the index as a series with errors, where none had; and an empty `reeksen/`. A full build has neither.
    @Test func aSeriesNoNoteFollowsAnyMoreLeavesNoPage() throws {
        let root = try Self.input("keten")
        let options = Self.buildOptions(root)
        _ = try Building.run(options, renderer: Fixtures.renderer)
        let series = root.appendingPathComponent("Output/reeksen")
        #expect(FileManager.default.fileExists(atPath: series.appendingPathComponent("ringweg-start/voortgang.html").path))
        for (name, line) in [("ringweg-evaluatie", "vervolg_op: ringweg-start\n"), ("ringweg-terugblik", "vervolg_op: ringweg-evaluatie\n")] {
            let file = root.appendingPathComponent("Input/sessies/\(name).md")
            try String(contentsOf: file, encoding: .utf8).replacing1(line, with: "").write(to: file, atomically: true, encoding: .utf8)
        }
        let ended = try Building.run(options, renderer: Fixtures.renderer)
        #expect(ended.checking.diagnostics.errorCount == 0, "\(ended.checking.diagnostics.map(\.code))")
        #expect(!FileManager.default.fileExists(atPath: series.path), "\((try? FileManager.default.contentsOfDirectory(atPath: series.path)) ?? [])")
        let index = try String(contentsOf: root.appendingPathComponent("Output/index.html"), encoding: .utf8)
        #expect(!index.contains("reeksen/") && !index.contains("tag stale"))
    }

    /// Found by a blind tester: an error in the first session of a series made its follow-ups a series of their own,
    /// under the slug of the second session, whose page stayed (listed as out of date) once the first was mended.
    @Test func anErrorInTheFirstSessionMakesNoSeriesOfTheRest() throws {
        let root = try Self.input("keten")
        let options = Self.buildOptions(root)
        _ = try Building.run(options, renderer: Fixtures.renderer)
        let series = root.appendingPathComponent("Output/reeksen")
        let pages = { try FileManager.default.contentsOfDirectory(atPath: series.path).sorted() }
        #expect(try pages() == ["ringweg-start"])
        let start = root.appendingPathComponent("Input/sessies/ringweg-start.md")
        let text = try String(contentsOf: start, encoding: .utf8)
        try text.replacing1("→ privacy\n", with: "\n").write(to: start, atomically: true, encoding: .utf8)
        let broken = try Building.run(options, renderer: Fixtures.renderer)
        #expect(broken.checking.failed.map(\.slug) == ["ringweg-start"])
        #expect(try pages() == ["ringweg-start"], "only the series' earlier page, kept")
        let index = { try String(contentsOf: root.appendingPathComponent("Output/index.html"), encoding: .utf8) }
        #expect(try index().contains("reeksen/ringweg-start/voortgang.html") && !index().contains("reeksen/ringweg-evaluatie"))
        // A page such a build left behind (before this was mended) goes too.
        try FileManager.default.createDirectory(at: series.appendingPathComponent("ringweg-evaluatie"), withIntermediateDirectories: true)
        try Data("<p>oud</p>".utf8).write(to: series.appendingPathComponent("ringweg-evaluatie/voortgang.html"))
        try text.write(to: start, atomically: true, encoding: .utf8)
        _ = try Building.run(options, renderer: Fixtures.renderer)
        #expect(try pages() == ["ringweg-start"])
        #expect(try !index().contains("tag stale") && !index().contains("reeksen/ringweg-evaluatie"))
    }

    /// Found by a blind tester: `check` of one follow-up file said its `vervolg_op` named no session (the other notes
    /// of its folder were not there to find); `check`, `build` and the editor said nothing.
    @Test func aFollowUpCheckedOnItsOwnFindsTheSessionItFollows() throws {
        let root = try Self.input("keten")
        let alone = try Binary.run(["check", "Input/sessies/ringweg-terugblik.md"], in: root)
        #expect(alone.status == 0, "\(alone.stderr)")
        #expect(alone.stderr.hasSuffix("in 1 bestand\n"), "only the file named is reported: \(alone.stderr)")
        #expect(!alone.stderr.contains("ringweg-start.md") && !alone.stderr.contains("follows-unknown"), "\(alone.stderr)")
        let whole = try Binary.run(["check", "Input"], in: root)
        let ownLines = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("Input/sessies/ringweg-terugblik.md:") } }
        #expect(ownLines(alone.stderr) == ownLines(whole.stderr), "the same findings as in the whole folder")
        let inFolder = try Binary.run(["check", "ringweg-evaluatie.md"], in: root.appendingPathComponent("Input/sessies"))
        #expect(inFolder.status == 0 && !inFolder.stderr.contains("follows-unknown"), "\(inFolder.stderr)")
        let notes = root.appendingPathComponent("Input/sessies/ringweg-evaluatie.md")
        try String(contentsOf: notes, encoding: .utf8).replacing1("vervolg_op: ringweg-start", with: "vervolg_op: ringweg-strat")
            .write(to: notes, atomically: true, encoding: .utf8)
        let unknown = try Binary.run(["check", "Input/sessies/ringweg-evaluatie.md"], in: root)
        #expect(unknown.status == 1 && unknown.stderr.contains("[follows-unknown]"), "\(unknown.stderr)")
        #expect(unknown.stderr.hasSuffix("in 1 bestand; 1 met fouten\n"), "\(unknown.stderr)")
    }

    /// Found by a blind tester: an item whose status cannot be read took its option out of both lists of the report
    /// (not given a status, not “niet besproken” either); the messages of the three new findings.
    @Test func anItemWithoutAReadableStatusLeavesItsOptionNotDiscussed() throws {
        // (In a concept, where it is a warning and the series is checked.)
        let root = try Self.input("keten", ["ringweg-evaluatie": [("- afgewezen: Jaarlijks", "- afgewzen: Jaarlijks"),
                                                                 ("fase: tijdens", "fase: tijdens\nstatus: concept")]])
        let result = Self.check(root)
        let notDiscussed = try #require(result.diagnostics.first { $0.code == "follow-up-not-discussed" && $0.path.hasSuffix("evaluatie.md") })
        #expect(notDiscussed.message.dutch.contains("Jaarlijks publieksverslag over het model"))
        let twice = Self.check(try Self.input("keten", ["ringweg-evaluatie": [(
            "- afgewezen: Jaarlijks publieksverslag — past niet in het budget\n",
            "- afgewezen: Jaarlijks publieksverslag — past niet in het budget\n- gedaan: Jaarlijks — toch wel\n")]]))
        #expect(twice.diagnostics.first { $0.code == "follow-up-twice" }?.message.dutch
                == "“Jaarlijks publieksverslag over het model” staat al in de opvolging (regel 21); geef elke handelingsoptie één status")
        let bare = Self.check(try Self.input("keten", ["ringweg-evaluatie": [("- loopt: Onzekerheid van het model tonen — eerst in de dashboards", "- loopt")]]))
        #expect(bare.diagnostics.first { $0.code == "follow-up-status-unknown" }?.message.dutch
                == "na “loopt” horen een dubbele punt en de handelingsoptie, bijvoorbeeld “- loopt: …”")
        // Found by the second blind tester: with text after it, the status word was told to begin with a status, and in
        // a concept the text was also taken for an option's name.
        let run = Self.check(try Self.input("keten", ["ringweg-evaluatie": [
            ("- loopt: Onzekerheid van het model tonen — eerst", "- loopt Onzekerheid van het model tonen — eerst"),
            ("fase: tijdens", "fase: tijdens\nstatus: concept")]]))
        let onEvaluation = run.diagnostics.filter { $0.path.hasSuffix("evaluatie.md") && $0.code != "follow-up-not-discussed" }
        #expect(onEvaluation.map(\.code) == ["follow-up-status-unknown"], "\(onEvaluation.map(\.code))")
        #expect(onEvaluation.first?.message.dutch == "na “loopt” hoort een dubbele punt, vóór de handelingsoptie: “- loopt: …”")
    }

    /// Found by a blind tester: the first session made a concept again left its series page of before, listed as out
    /// of date (“de reeks bevat nu fouten”) though nothing had errors; a build from scratch makes none of it.
    @Test func aFirstSessionMadeAConceptLeavesNoStalePage() throws {
        let root = try Self.input("keten")
        let options = Self.buildOptions(root)
        _ = try Building.run(options, renderer: Fixtures.renderer)
        let start = root.appendingPathComponent("Input/sessies/ringweg-start.md")
        try String(contentsOf: start, encoding: .utf8).replacing1("status: definitief", with: "status: concept")
            .write(to: start, atomically: true, encoding: .utf8)
        _ = try Building.run(options, renderer: Fixtures.renderer)
        let pages = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Output/reeksen").path)) ?? []).sorted()
        let index = try String(contentsOf: root.appendingPathComponent("Output/index.html"), encoding: .utf8)
        // (The sessions after it wait for it, `follows-concept`: no series counts them until it is definitief.)
        #expect(pages.isEmpty && !index.contains("tag stale") && !index.contains("reeksen/"), "\(pages)")
    }

    /// Found by two blind testers: a concept in the middle of a series gave three answers (the next session took its
    /// options and statuses, the progress page left it out, `opvolging.csv` counted its options). A session after a
    /// concept now waits for it, as for a session with errors: one answer, and nothing of the concept counted.
    /// Blind tester 40: the sessions' table did not say which sessions form a series.
    @Test func theSessionsTableSaysWhatEachFollows() throws {
        let root = try Self.input("keten")
        _ = try Building.run(Self.buildOptions(root), renderer: Fixtures.renderer)
        let csv = try String(contentsOf: root.appendingPathComponent("Output/data/sessies.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.first?.last == "vervolg_op")
        let follows = Dictionary(rows.dropFirst().map { (String($0[0]), String($0.last ?? "")) }, uniquingKeysWith: { first, _ in first })
        #expect(follows == ["ringweg-start": "", "ringweg-evaluatie": "ringweg-start", "ringweg-terugblik": "ringweg-evaluatie"], "\(follows)")
    }

    /// A concept (shown with its findings, as the live preview shows any notes) whose `vervolg_op` is itself wrong said
    /// it waited for the earlier sessions to have no errors and be definitief: nothing that they could mend.
    @Test func aConceptWhoseFollowsIsWrongSaysWhat() throws {
        let cases: [([(String, String)], DiagnosticCode, String)] = [
            ([("vervolg_op: ringweg-evaluatie", "vervolg_op: ringweg-evalutie")], .followsUnknown, "er is geen sessie met die naam."),
            ([("datum: 2027-03-18", "datum: 2026-01-01")], .followsLater, "die sessie is van na deze."),
        ]
        for (edits, code, said) in cases {
            let root = try Self.input("keten", ["ringweg-terugblik": edits + [("fase: na", "fase: na\nstatus: concept")]])
            let result = try Building.run(Self.buildOptions(root), renderer: Fixtures.renderer)
            #expect(result.checking.diagnostics.contains { $0.code == code && $0.path.hasSuffix("terugblik.md") }, "\(code)")
            let report = try String(contentsOf: root.appendingPathComponent("Output/sessies/ringweg-terugblik/rapport.md"), encoding: .utf8)
            #expect(report.contains(said) && !report.contains("zodra die sessies zonder fouten"), "\(code): \(report)")
        }
    }

    @Test func aSessionAfterAConceptWaitsForIt() throws {
        let root = try Self.input("keten", ["ringweg-evaluatie": [("fase: tijdens", "fase: tijdens\nstatus: concept")]])
        let result = try Building.run(Self.buildOptions(root), renderer: Fixtures.renderer)
        let waiting = try #require(result.checking.diagnostics.first { $0.code == "follows-concept" && $0.path.hasSuffix("terugblik.md") })
        #expect(waiting.severity == .warning && waiting.message.dutch.hasPrefix("“ringweg-evaluatie” is een concept"))
        let report = try String(contentsOf: root.appendingPathComponent("Output/sessies/ringweg-terugblik/rapport.md"), encoding: .utf8)
        // No statuses while it waits, and a word of why (blind tester 40: the part was gone without one).
        #expect(report.contains("## Opvolging\n\n*Vervolg op “ringweg-evaluatie”: wat er werd van de handelingsopties van eerdere sessies in deze reeks, staat hier zodra die sessies zonder fouten en definitief zijn.*\n"), "\(report)")
        #expect(!report.contains("Niet besproken") && !report.contains("| Status |"), "no statuses while it waits")
        let csv = try String(contentsOf: root.appendingPathComponent("Output/data/opvolging.csv"), encoding: .utf8)
        #expect(!csv.contains("ringweg-evaluatie") && !csv.contains("ringweg-terugblik"), "nothing counted: \(csv)")
        // Nor on a progress page: what is left of the series (the first session) is no series until the concept counts.
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output/reeksen/ringweg-start").path))
    }
}
