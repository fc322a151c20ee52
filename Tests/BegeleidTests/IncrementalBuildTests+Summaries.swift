@testable import BegeleidPipeline
import Foundation
import Testing

/// Issue 18, item 6: an unchanged session that follows nothing is not read
/// again, not even its outline: the cache sums it up (BuildCache.Summary: its
/// light series node and its notes on values spelt close to the vocabulary).
extension IncrementalBuildTests {
    /// A session with a near spelling (a note), one that follows it, and a third.
    private func summedInput() throws -> URL {
        let root = Fixtures.temporaryFolder()
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let near = Sessions.valid.replacing1("- Duurzaamheid\n", with: "- Duurzaamheit\n")
            .replacingOccurrences(of: "→ duurzaamheid", with: "→ duurzaamheit")
            .replacingOccurrences(of: "privacy, duurzaamheid", with: "privacy, duurzaamheit")
        try near.write(to: sessions.appendingPathComponent("bijna.md"), atomically: true, encoding: .utf8)
        try Sessions.valid.write(to: sessions.appendingPathComponent("ander.md"), atomically: true, encoding: .utf8)
        // A chain: ringweg-start, then ringweg-evaluatie, then ringweg-terugblik.
        for path in FollowUpTests.files("keten") {
            try FileManager.default.copyItem(atPath: path, toPath: sessions.appendingPathComponent((path as NSString).lastPathComponent).path)
        }
        return root
    }

    /// The rebuild reads no outline in the checks (no "cache read" phase) and reports the same findings,
    /// the near spelling's note among them; once `waarden.yaml` makes that spelling a synonym, the note goes.
    @Test func anUnchangedSessionIsSummedUpNotRead() throws {
        let root = try summedInput()
        let first = try Binary.run(["build"], in: root)
        #expect(first.status == 0 && first.stderr.contains("“Duurzaamheit” lijkt op een naam uit de woordenlijst"), "\(first.stderr)")
        let again = try Binary.run(["build"], in: root, environment: ["BEGELEID_PHASES": "1"])
        #expect(again.status == 0 && again.stdout.contains("alle ongewijzigd"), "\(again.stdout)\(again.stderr)")
        let findings = { (run: Binary.Run) in run.stderr.split(separator: "\n").filter { $0.contains(".md:") } }
        #expect(findings(again) == findings(first) && !findings(first).isEmpty)
        // Only the follow-ups come back as outlines (the pass across files reviews their options).
        let outlines = again.stderr.split(separator: "\n").first { $0.hasPrefix("cache lezen/cache read\t") }
        #expect(outlines?.split(separator: "\t")[1] == "2", "\(again.stderr)")

        try "Duurzaamheid: [Duurzaamheit]\n".write(to: root.appendingPathComponent("Input/waarden.yaml"), atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            let run = try Binary.run(["build"], in: root)
            #expect(run.status == 0 && !run.stderr.contains("Duurzaamheit"), "\(run.stderr)")
        }
    }

    /// What `Checking.read` makes of a cached file: a summary for one that follows nothing, the outline
    /// for a follow-up, and the outline when the notes were made under other synonyms.
    @Test func aSummaryStandsOnlyForWhatItCanStandFor() throws {
        let root = try summedInput()
        #expect(try Binary.run(["build"], in: root).status == 0)
        let output = root.appendingPathComponent("Output")
        var cache = try #require(BuildCache(bytes: Array(Data(contentsOf: output.appendingPathComponent(BuildCache.path)))))
        cache.output = output.path
        let read = { (name: String, key: String) in
            Checking.read(root.appendingPathComponent("Input/sessies/\(name)").path, slug: String(name.dropLast(3)), naming: [],
                          strict: false, policy: .standard, cache: cache, notesKey: key)
        }
        let key = try #require(cache.entries["bijna.md"]?.summary?.notesKey)
        let summed = read("bijna.md", key)
        #expect(summed.reused && summed.isValid && summed.session == nil && summed.summary?.notes.count == 1)
        let followUp = read("ringweg-evaluatie.md", key)
        #expect(followUp.reused && followUp.summary == nil && followUp.session?.meta.follows == "ringweg-start")
        let otherSynonyms = read("bijna.md", key + "-ander")
        #expect(otherSynonyms.reused && otherSynonyms.summary == nil && otherSynonyms.session != nil)
    }
}
