import BegeleidMarkdown
import BegeleidModel
import BegeleidPipeline
@testable import BegeleidRender
import Foundation
import Testing

/// `Output/data/`: CSV that a real CSV reader reads back field for field,
/// and JSON that validates against the project's own JSON Schema.
@Suite("Exports: CSV and JSON Schema", .serialized)
struct ExportTests {
    @Test func csvRoundTripsThroughACSVReader() throws {
        let text = Sessions.valid
            .replacing1("titel: Digital twin voor de ringweg", with: "titel: \"Twin, \\\"slim\\\" en\\nop twee regels\"")
            .replacing1("- Alleen geaggregeerde tellingen opslaan → privacy", with: "- =SOM(A1), \"tellingen\"; opslaan (prioriteit) (voor 2027-03-01) → privacy")
        let session = try #require(Sessions.read(text).session)
        let files = try DataExports.files([session])
        let csv = try #require(files.first { $0.name == "handelingsopties.csv" }?.data)
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a byte-order mark for spreadsheets")
        let reader = """
            import csv, json, sys
            data = sys.stdin.buffer.read().decode('utf-8-sig')
            print(json.dumps(list(csv.reader(data.splitlines(keepends=True), strict=True))))
            """
        let options = try Python.run(reader, stdin: csv)
        #expect(options.status == 0, "\(options.stderr)")
        let rows = try JSONDecoder().decode([[String]].self, from: Data(options.stdout.utf8))
        #expect(rows.first == ["sessie", "datum", "organisatie", "technologie", "fase", "handelingsoptie", "richting", "tekst", "waarden", "overzichtsnamen", "actoren",
                               "prioriteit", "uiterlijk"])
        #expect(rows.count == 4)
        #expect(rows[1] == ["t", "2026-03-12", "Gemeente Zwolle", "Digital twin", "voorafgaand", "o1", "technologie",
                            "'=SOM(A1), \"tellingen\"; opslaan", "Privacy", "Privacy", "", "ja", "2027-03-01"],
                "a formula is defused, quotes and commas survive; the priority and the date as opvolging.csv says them")
        #expect(rows[2].suffix(2) == ["nee", ""], "an option without markers")
        let sessions = try Python.run(reader, stdin: try #require(files.first { $0.name == "sessies.csv" }?.data))
        let sessionRows = try JSONDecoder().decode([[String]].self, from: Data(sessions.stdout.utf8))
        #expect(sessionRows[1][5] == "Twin, \"slim\" en\nop twee regels", "a newline inside a field survives")
        #expect(String(decoding: csv, as: UTF8.self).contains("\r\n"), "RFC 4180 line ends")
    }

    @Test func theShortcutForPlainTextSaysWhatCmarkSays() throws {
        let sessions = Checking.run(files: Fixtures.sessionFiles, strict: false).valid
        let texts = sessions.flatMap { $0.effects.map(\.text) + $0.options.map(\.text) }
            + ["Minder files", "Twee\nregels", "*nadruk* en `code`", "1. een lijst", "a & b", "[link](https://x.nl)", "- streep"].map(RichText.init)
        var fast = 0
        for text in texts {
            let viaCmark = Markdown.plainText(text.markdown).split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            #expect(DataExports.plain(text) == viaCmark, "\(text.markdown)")
            if DataExports.isPlain(text.markdown) { fast += 1 }
        }
        #expect(fast > texts.count / 2, "most texts take the shortcut")
    }

    @Test func everyTableHasOneRowPerItem() throws {
        let sessions = Checking.run(files: Fixtures.sessionFiles, strict: false).valid
        let files = Dictionary(uniqueKeysWithValues: try DataExports.files(sessions).map { ($0.name, String(decoding: $0.data, as: UTF8.self)) })
        let rows = { (name: String) in (files[name] ?? "").components(separatedBy: "\r\n").filter { !$0.isEmpty }.count - 1 }
        #expect(rows("sessies.csv") == sessions.count)
        #expect(rows("effecten.csv") == sessions.reduce(0) { $0 + $1.effects.count })
        #expect(rows("waarden.csv") == sessions.reduce(0) { $0 + $1.values.count })
        #expect(rows("handelingsopties.csv") == sessions.reduce(0) { $0 + $1.options.count })
    }

    /// Builds the examples and the fixtures, then validates every JSON file
    /// written against `data/schema.json` with the `jsonschema` package.
    @Test func everyJSONFileValidatesAgainstTheSchema() throws {
        let root = Fixtures.temporaryFolder()
        let input = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let sources = try FileManager.default.contentsOfDirectory(atPath: Fixtures.repository.appendingPathComponent("Input/sessies").path)
            .map { Fixtures.repository.appendingPathComponent("Input/sessies/\($0)") }
            + Fixtures.sessionFiles.map { URL(fileURLWithPath: $0) }
        for source in sources { try FileManager.default.copyItem(at: source, to: input.appendingPathComponent(source.lastPathComponent)) }
        let output = root.appendingPathComponent("Output")
        _ = try Building.run(Building.Options(input: root.appendingPathComponent("Input").path, output: output.path, strict: false, language: .dutch),
                             renderer: Fixtures.renderer)
        // algoritmeregister.json follows the register's standard, not this schema (RegisterTests checks it).
        let documents = Fixtures.contents(of: output).keys
            .filter { $0.hasSuffix(".json") && $0 != "data/schema.json" && !$0.hasPrefix(".begeleid/") && !$0.hasSuffix("/algoritmeregister.json") }
            .sorted()
        #expect(documents.count == sources.count + 1, "\(documents)")
        let schema = output.appendingPathComponent("data/schema.json").path
        let run = try Python.validateJSON(schema: schema, documents: documents.map { output.appendingPathComponent($0).path })
        #expect(run.status == 0, "\(run.stdout)\(run.stderr) (make test installs jsonschema)")
        // The schema is not a rubber stamp: a document without a title fails.
        let broken = root.appendingPathComponent("broken.json")
        let report = try #require(documents.first { $0.hasSuffix("/sessie.json") })
        var object = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(report))) as? [String: Any])
        object.removeValue(forKey: "title")
        try JSONSerialization.data(withJSONObject: object).write(to: broken)
        #expect(try Python.validateJSON(schema: schema, documents: [broken.path]).status == 1)
    }
}
