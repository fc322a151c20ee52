import BegeleidPipeline
import Foundation
import Testing

/// The privacy corpus through the binary: notes held back by an error write
/// no report, but they are still read, reported and cached. Nothing they hide
/// (`LEK-…`) may reach the terminal (every format), the build cache or any
/// file of the output folder.
@Suite("Privacy: notes held back by an error print nothing private", .serialized)
struct PrivacyHeldBackTests {
    @Test func heldBackNotesLeakNowhere() throws {
        let corpus = PrivacyAndSafetyTests.privacyCorpus
        #expect(corpus.count == Fixtures.expectedCounts["privacy"])
        let root = try Fixtures.input(corpus.map { "privacy/\($0)" })
        defer { try? FileManager.default.removeItem(at: root) }
        let sessions = root.appendingPathComponent("Input/sessies")
        let heldBack = corpus.filter { Checking.run(files: [sessions.appendingPathComponent($0).path], strict: false).valid.isEmpty }
        #expect(heldBack.count >= 10, "the corpus holds notes with errors: \(heldBack)")

        let build = try Binary.run(["build", "--format", "human"], in: root)
        #expect(build.status == 1, "some notes have errors: \(build.stderr)")
        for name in heldBack {
            #expect(build.stderr.contains("Input/sessies/\(name):"), "\(name) is reported")
        }
        #expect(!(build.stdout + build.stderr).contains("LEK-"), "private text in the terminal (build --format human)")
        for format in ["compiler", "human", "json"] {
            let check = try Binary.run(["check", "--format", format], in: root)
            #expect(check.status == 1, "\(format): \(check.stderr)")
            #expect((check.stdout + check.stderr).count > 1000, "\(format): findings are printed")
            #expect(!(check.stdout + check.stderr).contains("LEK-"), "private text in the terminal (check --format \(format))")
        }
        let output = Fixtures.contents(of: root.appendingPathComponent("Output"))
        let cache = try #require(output[".begeleid/cache.json"], "the build finished and wrote its cache")
        #expect(String(decoding: cache, as: UTF8.self).contains("notes-heading-misplaced"), "the cache holds the findings")
        for (name, data) in output {
            #expect(!String(decoding: data, as: UTF8.self).contains("LEK-"), "private text in Output/\(name)")
        }
        for name in heldBack {
            #expect(output["sessies/\((name as NSString).deletingPathExtension)/rapport.html"] == nil, "\(name) has no report")
        }
    }

    /// Blind tester 34: notes with an error keep their earlier report, but not when the same edit made a line of it
    /// private (moved under Notities, its section marked private, put in a comment): `build` said exit 1, and the
    /// earlier report still showed the line. An error beside an edit that makes nothing private keeps it.
    @Test(arguments: [("## Reflectie\n", "## Notities\n"), ("## Reflectie\n", "## Reflectie (vertrouwelijk)\n"),
                      ("De wethouder twijfelt sterk aan het plan.", "<!-- De wethouder twijfelt sterk aan het plan. -->"),
                      ("## Notities\nKoffie was op.", "## Notities\nKoffie was echt op.")])
    func anEarlierReportThatShowsWhatIsNowPrivateGoes(_ edit: (from: String, to: String)) throws {
        let root = try Fixtures.input([])
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appendingPathComponent("Input/sessies/ringweg.md")
        let text = Sessions.valid + "\n## Reflectie\nDe wethouder twijfelt sterk aan het plan.\n\n## Notities\nKoffie was op.\n"
        try text.write(to: notes, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["build"], in: root).status == 0)
        let report = root.appendingPathComponent("Output/sessies/ringweg/rapport.md")
        #expect(try String(contentsOf: report, encoding: .utf8).contains("twijfelt sterk"))
        // The edit, and an error elsewhere (a value no section declares).
        let edited = text.replacing1(edit.from, with: edit.to).replacing1("→ privacy, duurzaamheid", with: "→ privacy, eerlijkheid")
        try edited.write(to: notes, atomically: true, encoding: .utf8)
        let build = try Binary.run(["build"], in: root)
        #expect(build.status == 1)
        let madePrivate = !edit.from.hasPrefix("## Notities")
        #expect(FileManager.default.fileExists(atPath: report.path) == !madePrivate, "\(edit)")
        #expect(build.stdout.contains("niets getoond, ook geen eerder rapport") == madePrivate, "\(build.stdout)")
        let output = Fixtures.contents(of: root.appendingPathComponent("Output"))
        #expect(output.contains { String(decoding: $0.value, as: UTF8.self).contains("twijfelt sterk") } == !madePrivate)
    }

    /// Blind tester 36: a line moved under Notities in notes saved as Latin-1 (not UTF-8, so not read at all): the earlier
    /// report kept the line. Notes that cannot be read as a session withdraw their earlier report.
    @Test func anEarlierReportOfNotesThatCannotBeReadGoes() throws {
        let root = try Fixtures.input([])
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appendingPathComponent("Input/sessies/ringweg.md")
        try (Sessions.valid + "\n## Reflectie\nDe wethouder twijfelt sterk aan het plan.\n").write(to: notes, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["build"], in: root).status == 0)
        let moved = Sessions.valid + "\n## Notities (privé)\nDe wethouder twijfelt sterk aan het plan.\n"
        // (`é` as Latin-1's one byte, the rest as it was.)
        var bytes: [UInt8] = []
        for byte in Array(moved.utf8) {
            if byte == 0xA9, bytes.last == 0xC3 { bytes[bytes.count - 1] = 0xE9 } else { bytes.append(byte) }
        }
        try Data(bytes).write(to: notes)
        let build = try Binary.run(["build"], in: root)
        #expect(build.status == 1 && build.stdout.contains("niets getoond, ook geen eerder rapport"), "\(build.stdout)")
        let output = Fixtures.contents(of: root.appendingPathComponent("Output"))
        #expect(!output.contains { String(decoding: $0.value, as: UTF8.self).contains("twijfelt sterk") })
    }
}
