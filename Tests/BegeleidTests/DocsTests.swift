import BegeleidChecks
import BegeleidPipeline
import BegeleidReader
import Foundation
import Testing

@Suite("Docs say what the code does")
struct DocsTests {
    /// Every code the sources can emit, found in the source text itself.
    static func codesInSources() throws -> Set<String> {
        let sources = Fixtures.repository.appendingPathComponent("Sources")
        var codes: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"(?:\.error|\.warning|\.note), "([a-z0-9-]+)"|(?:let code = |\(code: )"([a-z0-9-]+)""#)
        for (name, data) in Fixtures.contents(of: sources) where name.hasSuffix(".swift") {
            let text = String(decoding: data, as: UTF8.self)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                for group in 1...2 {
                    if let range = Range(match.range(at: group), in: text) { codes.insert(String(text[range])) }
                }
            }
        }
        return codes
    }

    @Test func everyCodeIsDocumentedAndEveryDocumentedCodeExists() throws {
        let docs = try String(contentsOf: Fixtures.repository.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        let documented = Set(docs.split(separator: "\n").filter { $0.hasPrefix("| `") }.compactMap { line in
            line.split(separator: "`").dropFirst().first.map(String.init)
        })
        let emitted = try Self.codesInSources()
        #expect(emitted.count > 30)
        #expect(emitted.subtracting(documented).isEmpty, "undocumented: \(emitted.subtracting(documented).sorted())")
        #expect(documented.subtracting(emitted).isEmpty, "documented but never emitted: \(documented.subtracting(emitted).sorted())")
        for rule in Checker.rules { #expect(emitted.contains(rule.code)) }
    }

    @Test func theExamplesInInputBuildWithoutErrors() throws {
        let folder = Fixtures.repository.appendingPathComponent("Input/sessies").path
        let files = SessionFiles.collect([folder]).files
        let result = Checking.run(files: files, strict: false)
        #expect(files.count >= 3)
        #expect(result.diagnostics.errorCount == 0, "\(result.diagnostics.filter { $0.severity == .error })")
        #expect(result.valid.count == files.count)
        #expect(result.valid.contains { $0.meta.language == .english })
        #expect(result.valid.contains { $0.meta.language == .dutch })
    }

    /// docs/testing.md lists every mutant of `make mutants` (its last result table).
    @Test func everyMutantIsListedInTheTestingPage() throws {
        let data = try String(contentsOf: Fixtures.repository.appendingPathComponent("scripts/mutants.toml"), encoding: .utf8)
        let names = data.split(separator: "\n").filter { $0.hasPrefix("name = \"") }.map { $0.dropFirst(8).dropLast() }
        #expect(names.count >= 25, "\(names)")
        let page = try String(contentsOf: Fixtures.repository.appendingPathComponent("docs/testing.md"), encoding: .utf8)
        for name in names { #expect(page.contains("| `\(name)` |"), "\(name) not in docs/testing.md") }
    }

    @Test func readmeGivesTheTwoCommands() throws {
        let readme = try String(contentsOf: Fixtures.repository.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("make        #"))
        #expect(readme.contains("make test"))
        let ci = try String(contentsOf: Fixtures.repository.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(ci.contains("make test"))
    }
}
