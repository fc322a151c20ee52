import BegeleidModel
import BegeleidPipeline
import Foundation
import Testing

/// `data/gegevens.xlsx` read back by openpyxl (sheets, frozen and filtered
/// header, dates as dates, counts as numbers, the formula guard, row counts
/// equal to the CSVs), the same bytes from two builds, and opened by
/// LibreOffice headless in an nl-NL locale when it is installed.
@Suite("Workbook for spreadsheets", .serialized)
struct WorkbookTests {
    /// The three-session chain plus a session whose option starts with `=`.
    static func build() throws -> URL {
        let root = try FollowUpTests.input("keten")
        let hostile = Sessions.valid.replacing1("- Alleen geaggregeerde tellingen opslaan → privacy", with: "- =SOM(A1) tellingen → privacy")
            .replacing1("datum: 2026-03-12", with: "datum: 2026-02-01")
        try hostile.write(to: root.appendingPathComponent("Input/sessies/formule.md"), atomically: true, encoding: .utf8)
        _ = try Building.run(Building.Options(input: root.appendingPathComponent("Input").path,
                                              output: root.appendingPathComponent("Output").path, strict: false, language: .dutch),
                             renderer: Fixtures.renderer)
        return root.appendingPathComponent("Output/data")
    }

    @Test func readBackWithOpenpyxl() throws {
        let data = try Self.build()
        let script = """
            import csv, json, sys, openpyxl
            folder = sys.argv[1]
            wb = openpyxl.load_workbook(folder + '/gegevens.xlsx')
            out = {'sheets': wb.sheetnames, 'frozen': {}, 'filter': {}, 'rows': {}, 'csv': {}, 'types': {}}
            for ws, name in zip(wb.worksheets, ['sessies', 'effecten', 'waarden', 'handelingsopties', 'opvolging']):
                out['frozen'][ws.title] = ws.freeze_panes
                out['filter'][ws.title] = ws.auto_filter.ref
                out['rows'][ws.title] = ws.max_row
                with open(folder + '/' + name + '.csv', encoding='utf-8-sig', newline='') as f:
                    rows = list(csv.reader(f))
                out['csv'][ws.title] = len(rows)
                header = [c.value for c in ws[1]]
                if header != rows[0]: out['header-' + ws.title] = header
            s = wb['Sessies']
            header = [c.value for c in s[1]]
            row = {header[i]: c.value for i, c in enumerate(s[2])}
            out['types'] = {k: type(row[k]).__name__ for k in ('datum', 'effecten', 'handelingsopties', 'titel')}
            out['date'] = row['datum'].date().isoformat()
            o = wb['Opvolging']
            oh = [c.value for c in o[1]]
            out['due'] = [type(r[oh.index('uiterlijk')].value).__name__ for r in o.iter_rows(min_row=2) if r[oh.index('uiterlijk')].value]
            h = wb['Handelingsopties']
            out['guarded'] = [[c.value, c.quotePrefix] for c in h['H'] if isinstance(c.value, str) and 'SOM' in c.value]
            out['plain'] = sorted({c.quotePrefix for c in h['H'][1:] if isinstance(c.value, str) and 'SOM' not in c.value})
            print(json.dumps(out, default=str))
            """
        let run = try Python.run(script, arguments: [data.path])
        #expect(run.status == 0, "\(run.stderr) (make test installs openpyxl)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(result["sheets"] as? [String] == ["Sessies", "Effecten", "Waarden", "Handelingsopties", "Opvolging"])
        let frozen = result["frozen"] as? [String: String] ?? [:]
        #expect(frozen.count == 5 && frozen.values.allSatisfy { $0 == "A2" })
        let filters = result["filter"] as? [String: String] ?? [:]
        #expect(filters.count == 5 && filters.values.allSatisfy { $0.hasPrefix("A1:") })
        #expect(result["rows"] as? [String: Int] == result["csv"] as? [String: Int], "every sheet has as many rows as its CSV")
        #expect((result["rows"] as? [String: Int])?["Sessies"] == 5)
        #expect(!result.keys.contains { $0.hasPrefix("header-") }, "headers equal the CSVs'")
        #expect(result["types"] as? [String: String] == ["datum": "datetime", "effecten": "int", "handelingsopties": "int", "titel": "str"])
        #expect(result["date"] as? String == "2026-02-01")
        #expect((result["due"] as? [String])?.isEmpty == false && (result["due"] as? [String])?.allSatisfy { $0 == "datetime" } == true)
        // Shown as typed (an apostrophe before it was shown too), marked as text by its style; other texts are not.
        let guarded = result["guarded"] as? [[Any]] ?? []
        #expect(guarded.count == 1 && guarded.first?.first as? String == "=SOM(A1) tellingen" && guarded.first?.last as? Bool == true,
                "the formula guard: \(guarded)")
        #expect(result["plain"] as? [Bool] == [false], "no other text is marked")
    }

    @Test func twoBuildsGiveTheSameBytes() throws {
        let first = try Data(contentsOf: try Self.build().appendingPathComponent("gegevens.xlsx"))
        let second = try Data(contentsOf: try Self.build().appendingPathComponent("gegevens.xlsx"))
        #expect(first == second)
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a ZIP container")
    }

    /// LibreOffice (Debian's libreoffice-calc-nogui) converts it to CSV in an nl-NL locale: it opens and keeps the dates.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/soffice")))
    func openedByLibreOfficeInDutch() throws {
        let data = try Self.build()
        let out = data.deletingLastPathComponent().appendingPathComponent("lo")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        process.arguments = ["--headless", "-env:UserInstallation=file://\(out.path)/profile", "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1",
                             "--outdir", out.path, data.appendingPathComponent("gegevens.xlsx").path]
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "nl_NL.UTF-8"
        environment["LANG"] = "nl_NL.UTF-8"
        process.environment = environment
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        process.waitUntilGone()
        #expect(process.terminationStatus == 0)
        let csv = try String(contentsOf: out.appendingPathComponent("gegevens.csv"), encoding: .utf8)
        // The first sheet, semicolon-separated, text quoted: dates and counts come out unquoted, as a date and numbers.
        #expect(csv.hasPrefix("\"sessie\";\"datum\";\"organisatie\";\"technologie\";\"fase\";\"titel\";"))
        #expect(csv.split(separator: "\n").count == 5)
        #expect(csv.contains("\"formule\";2026-02-01;\"Gemeente Zwolle\";"), "\(csv)")
        #expect(csv.contains(";\"nee\";2;2;\"Privacy\";\"Privacy\";3\n"), "\(csv)")
    }
}
