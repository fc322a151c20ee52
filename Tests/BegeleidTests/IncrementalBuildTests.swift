import Foundation
import Testing

/// An incremental build reads and renders only what changed; a changed
/// template or a damaged cache means everything; the bytes equal a full build.
@Suite("Incremental build", .serialized)
struct IncrementalBuildTests {
    func input() throws -> URL {
        let root = Fixtures.temporaryFolder()
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.repository.appendingPathComponent("Input/sessies").path) {
            try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("Input/sessies/\(name)"), to: sessions.appendingPathComponent(name))
        }
        return root
    }

    @Test func onlyTheChangedSessionIsRenderedAgain() throws {
        let root = try input()
        let first = try Binary.run(["build"], in: root)
        #expect(first.status == 0 && first.stdout == "4 sessies gebouwd; overzicht: Output/index.html\n", "\(first.stderr)")
        let second = try Binary.run(["build"], in: root)
        #expect(second.status == 0 && second.stdout == "4 sessies, alle ongewijzigd; overzicht: Output/index.html\n", "\(second.stderr)")
        // A report changed by hand stays as it is while its notes do not change: proof that it was not rendered again.
        let untouched = root.appendingPathComponent("Output/sessies/breda-sentimentmeter/rapport.html")
        try "hand".write(to: untouched, atomically: true, encoding: .utf8)
        let notes = root.appendingPathComponent("Input/sessies/zwolle-digital-twin-ringweg.md")
        let text = try String(contentsOf: notes, encoding: .utf8)
        try text.replacingOccurrences(of: "Digital twin voor de doorstroming op de ringweg", with: "Digital twin voor de ring")
            .write(to: notes, atomically: true, encoding: .utf8)
        let run = try Binary.run(["build"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "4 sessies gebouwd (3 ongewijzigd); overzicht: Output/index.html\n")
        #expect(try String(contentsOf: untouched, encoding: .utf8) == "hand")
        let index = try String(contentsOf: root.appendingPathComponent("Output/index.html"), encoding: .utf8)
        #expect(index.contains("Digital twin voor de ring</a>"), "the index follows the change")
        // Warnings of unchanged files are still reported.
        #expect(run.stderr.contains("breda-sentimentmeter.md:106:3: warning:"))
    }

    /// A session not read again comes back from the cache's own outline, places and all: a note
    /// on one of its values stays where the value is (from the published sessie.json it was at 0:0).
    @Test func findingsAcrossFilesKeepTheirPlaceInAnUnchangedFile() throws {
        let root = try input()
        let notes = root.appendingPathComponent("Input/sessies/zwolle-digital-twin-ringweg.md")
        let text = try String(contentsOf: notes, encoding: .utf8)
        let near = text.replacing1("- Duurzaamheid: minder uitstoot", with: "- Duurzaamheit: minder uitstoot")
            .replacingOccurrences(of: "duurzaamheid", with: "duurzaamheit")
        try near.write(to: notes, atomically: true, encoding: .utf8)
        let line = near.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("- Duurzaamheit: minder uitstoot") }.map { $0 + 1 } ?? 0
        let expected = "zwolle-digital-twin-ringweg.md:\(line):3: note:"
        let first = try Binary.run(["build"], in: root)
        #expect(first.status == 0 && first.stderr.contains(expected), "\(first.stderr)")
        let second = try Binary.run(["build"], in: root)
        #expect(second.stdout.contains("alle ongewijzigd"), "\(second.stdout)")
        #expect(second.stderr.contains(expected), "\(second.stderr)")
        #expect(!second.stderr.contains(":0:0:"))
    }

    /// A follow-up is rendered again when an earlier session of its series changes (the cache
    /// knows which files it depends on), and only then; a session it does not follow stays.
    @Test func aFollowUpIsRenderedAgainWhenAnEarlierSessionChanges() throws {
        let root = Fixtures.temporaryFolder()
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let keten = Fixtures.folder.appendingPathComponent("series/keten")
        for name in ["ringweg-start.md", "ringweg-evaluatie.md", "ringweg-terugblik.md"] {
            try FileManager.default.copyItem(at: keten.appendingPathComponent(name), to: sessions.appendingPathComponent(name))
        }
        #expect(try Binary.run(["build"], in: root).stdout == "3 sessies gebouwd; overzicht: Output/index.html\n")
        let unchanged = try Binary.run(["build"], in: root)
        #expect(unchanged.stdout == "3 sessies, alle ongewijzigd; overzicht: Output/index.html\n", "\(unchanged.stderr)")
        // The first session's option changes: both follow-ups depend on it (the second through the first).
        let start = sessions.appendingPathComponent("ringweg-start.md")
        try String(contentsOf: start, encoding: .utf8).replacing1("tellingen per wegvak opslaan", with: "tellingen per wegvak bewaren")
            .write(to: start, atomically: true, encoding: .utf8)
        let after = try Binary.run(["build"], in: root)
        #expect(after.stdout == "3 sessies gebouwd; overzicht: Output/index.html\n", "\(after.stderr)")
        let evaluation = try String(contentsOf: root.appendingPathComponent("Output/sessies/ringweg-evaluatie/rapport.html"), encoding: .utf8)
        #expect(evaluation.contains("tellingen per wegvak bewaren"))
        // The middle one changes: the last follows it, the first does not.
        let middle = sessions.appendingPathComponent("ringweg-evaluatie.md")
        try String(contentsOf: middle, encoding: .utf8).replacing1("eerste evaluatie", with: "evaluatie na een half jaar")
            .write(to: middle, atomically: true, encoding: .utf8)
        let second = try Binary.run(["build"], in: root)
        #expect(second.stdout == "3 sessies gebouwd (1 ongewijzigd); overzicht: Output/index.html\n", "\(second.stderr)")
        // And the incremental output is the full build's, byte for byte.
        #expect(try Binary.run(["build", "--output", "Vol"], in: root).status == 0)
        let incremental = Fixtures.contents(of: root.appendingPathComponent("Output")).filter { !$0.key.hasPrefix(".begeleid/") }
        let full = Fixtures.contents(of: root.appendingPathComponent("Vol")).filter { !$0.key.hasPrefix(".begeleid/") }
        #expect(incremental.keys.filter { $0.hasSuffix("/rapport.html") }.count == 3)
        #expect(incremental == full)
    }

    /// A change that keeps the file's length (one letter for another) is a change too.
    @Test func aChangeOfTheSameLengthIsSeen() throws {
        let root = try input()
        #expect(try Binary.run(["build"], in: root).status == 0)
        let notes = root.appendingPathComponent("Input/sessies/zwolle-digital-twin-ringweg.md")
        let before = try Data(contentsOf: notes)
        let text = String(decoding: before, as: UTF8.self)
        let after = Data(text.replacing1("Digital twin voor de doorstroming op de ringweg", with: "Digital twin voor de doorstroming op de RINGWEG").utf8)
        #expect(after.count == before.count && after != before)
        try after.write(to: notes)
        let run = try Binary.run(["build"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "4 sessies gebouwd (3 ongewijzigd); overzicht: Output/index.html\n")
        let report = try String(contentsOf: root.appendingPathComponent("Output/sessies/zwolle-digital-twin-ringweg/rapport.html"), encoding: .utf8)
        #expect(report.contains("<h1>Digital twin voor de doorstroming op de RINGWEG</h1>"))
    }

    @Test func anIncrementalBuildEqualsAFullOne() throws {
        let root = try input()
        #expect(try Binary.run(["build"], in: root).status == 0)
        let notes = root.appendingPathComponent("Input/sessies/breda-sentimentmeter.md")
        try (String(contentsOf: notes, encoding: .utf8) + "\nNog een regel.\n").write(to: notes, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: root.appendingPathComponent("Input/sessies/rdw-algorithm-vehicle-inspections.md"))
        let incrementalRun = try Binary.run(["build"], in: root)
        #expect(incrementalRun.status == 0 && incrementalRun.stdout == "3 sessies gebouwd (2 ongewijzigd); overzicht: Output/index.html\n",
                "\(incrementalRun.stdout)\(incrementalRun.stderr)")
        let fullRun = try Binary.run(["build", "--output", "Vol"], in: root)
        #expect(fullRun.status == 0 && fullRun.stdout == "3 sessies gebouwd; overzicht: Vol/index.html\n", "\(fullRun.stdout)\(fullRun.stderr)")
        var incremental = Fixtures.contents(of: root.appendingPathComponent("Output")).filter { !$0.key.hasPrefix(".begeleid/") }
        let full = Fixtures.contents(of: root.appendingPathComponent("Vol")).filter { !$0.key.hasPrefix(".begeleid/") }
        // Both hold the three reports and the index: equal because both were built, not because both are empty.
        for folder in [incremental, full] {
            #expect(folder["index.html"] != nil && folder.keys.filter { $0.hasSuffix("/rapport.html") }.count >= 3)
        }
        // A deleted session's report stays until removed by hand (as documented); everything else is equal.
        incremental = incremental.filter { !$0.key.hasPrefix("sessies/rdw-algorithm-vehicle-inspections/") }
        #expect(incremental == full)
    }

    @Test func aTemplateChangeOrADamagedCacheRendersEverything() throws {
        let root = try input()
        #expect(try Binary.run(["build"], in: root).status == 0)
        let templates = root.appendingPathComponent("Sjablonen/labels")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "summary: Kort gezegd\n".write(to: templates.appendingPathComponent("nl.yaml"), atomically: true, encoding: .utf8)
        let changed = try Binary.run(["build", "--templates", "Sjablonen"], in: root)
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout == "4 sessies gebouwd; overzicht: Output/index.html\n")
        let html = try String(contentsOf: root.appendingPathComponent("Output/sessies/breda-sentimentmeter/rapport.html"), encoding: .utf8)
        #expect(html.contains("Kort gezegd"))
        try "{ geen json".write(to: root.appendingPathComponent("Output/.begeleid/cache.json"), atomically: true, encoding: .utf8)
        let damaged = try Binary.run(["build", "--templates", "Sjablonen"], in: root)
        #expect(damaged.status == 0)
        #expect(damaged.stdout == "4 sessies gebouwd; overzicht: Output/index.html\n")
        // A report deleted by hand is made again.
        try FileManager.default.removeItem(at: root.appendingPathComponent("Output/sessies/breda-sentimentmeter/rapport.html"))
        let rebuilt = try Binary.run(["build", "--templates", "Sjablonen"], in: root)
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(rebuilt.stdout == "4 sessies gebouwd (3 ongewijzigd); overzicht: Output/index.html\n")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Output/sessies/breda-sentimentmeter/rapport.html").path))
    }
}
