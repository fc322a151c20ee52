import BegeleidMarkdown
import BegeleidModel
import BegeleidReader
import Testing

/// Bad input: each case a located error, no session, no crash.
@Suite("Reader: bad input gets a located error")
struct BadInputTests {
    func only(_ bytes: [UInt8]) -> [Diagnostic] {
        let output = SessionReader.read(bytes: bytes, path: "x.md", slug: "x")
        return output.diagnostics
    }

    @Test func notUTF8() {
        let findings = only(Array("---\ntitel: Caf".utf8) + [0xE9] + Array("\n---\n".utf8))
        #expect(findings.map(\.code) == ["not-utf8"])
        #expect(findings[0].location == SourceLocation(line: 2, column: 11))
        #expect(findings[0].severity == .error)
    }

    @Test func utf16IsNamed() {
        let findings = only([0xFF, 0xFE] + Array("-".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(findings.map(\.code) == ["not-utf8"])
        #expect(findings[0].message.dutch.contains("UTF-16"))
    }

    @Test func emptyAndBlankFiles() {
        #expect(only([]).map(\.code) == ["empty-file"])
        #expect(only(Array(" \n\n\t\n".utf8)).map(\.code) == ["empty-file"])
    }

    @Test func nulByte() {
        #expect(only(Array("---\n".utf8) + [0] + Array("\n".utf8)).map(\.code) == ["nul-byte"])
    }

    @Test func noFrontMatter() {
        let marked = Marked("\n1️⃣## Casus\nTekst\n")
        let findings = only(Array(marked.text.utf8))
        #expect(findings.map(\.code) == ["front-matter-missing"])
        #expect(findings[0].location == marked["1"])
    }

    @Test func frontMatterNeverClosed() {
        let findings = only(Array("---\ntitel: x\n\n## Casus\n".utf8))
        #expect(findings.map(\.code) == ["front-matter-unclosed"])
        #expect(findings[0].location == SourceLocation(line: 1, column: 1))
    }

    @Test func yamlSyntaxErrorIsLocatedInTheFile() {
        let text = Sessions.valid.replacing1("fase: voorafgaand", with: "fase: [voorafgaand")
        let findings = Sessions.findings(text)
        #expect(findings.first?.code == "yaml-syntax")
        #expect(findings.first?.location.line ?? 0 >= 6)
        #expect(findings.first?.severity == .error)
    }

    /// Found by a blind tester: a quote never closed was reported where the front matter ends, and the Dutch
    /// message carried libyaml's English (“found unexpected end of stream”).
    @Test func aQuoteNeverClosedIsLocatedWhereItOpens() throws {
        let marked = Marked(Sessions.valid.replacing1("fase: voorafgaand", with: "fase: 1️⃣\"voorafgaand"))
        let finding = try #require(Sessions.findings(marked.text).first)
        #expect(finding.code == "yaml-syntax")
        #expect(finding.location == marked["1"])
        #expect(finding.message.dutch.contains("een tekst tussen aanhalingstekens die hier begint, wordt nergens gesloten"))
        #expect(finding.message.english.contains("a text in quotes that begins here is never closed"))
    }

    /// libyaml's problems said in Dutch, with the place a list in [ ] or { } began when that was on an earlier line.
    @Test(arguments: [
        ("fase: [voorafgaand\ndeelnemers:\n  - rol: bewoner", "hier werd een komma of ] verwacht, in een lijst tussen [ ] die op regel"),
        ("fase: {a: b\nx: y", "hier werd een komma of } verwacht, in sleutels en waarden tussen { } die op regel"),
        ("fase: voorafgaand\nlabels:\n  - a\n - b", "hier werd een sleutel verwacht"),
        ("fase: @voorafgaand", "met dit teken kan niets beginnen"),
        ("fase: \"a\\q\"", "een onbekende code na een \\"),
        ("fase: nl: en", "een dubbele punt met een waarde mag hier niet staan"),
    ])
    func yamlProblemsAreSaidInDutch(_ edit: String, _ dutch: String) throws {
        let finding = try #require(Sessions.findings(Sessions.valid.replacing1("fase: voorafgaand", with: edit)).first)
        #expect(finding.code == "yaml-syntax")
        #expect(finding.message.dutch.contains(dutch), "\(finding.message.dutch)")
        for english in ["expected", "found", "allowed", "while "] {
            #expect(!finding.message.dutch.contains(english), "\(finding.message.dutch)")
        }
    }

    /// Found by a blind tester: “choose from before, during, after; did you mean “voorafgaand”?” (`--lang en`).
    @Test func aSuggestionInTheOtherLanguageComesWithThatLanguagesWords() throws {
        let dutchWord = try #require(Sessions.findings(Sessions.valid.replacing1("fase: voorafgaand", with: "fase: voor")).first)
        #expect(dutchWord.text(.english) == "unknown value “voor” for “fase”; choose from before, during, after (or in Dutch: voorafgaand, tijdens, na); did you mean “voorafgaand”?")
        #expect(dutchWord.text(.dutch) == "onbekende waarde “voor” voor “fase”; kies uit voorafgaand, tijdens, na; bedoelde je “voorafgaand”?")
        let englishWord = try #require(Sessions.findings(Sessions.valid.replacing1("fase: voorafgaand", with: "fase: durng")).first)
        #expect(englishWord.text(.dutch) == "onbekende waarde “durng” voor “fase”; kies uit voorafgaand, tijdens, na (of in het Engels: before, during, after); bedoelde je “during”?")
    }

    /// Found by a blind tester: `status: defintief` quietly made the session a concept (not published, its errors
    /// warnings); the message says so now, as for `openbaar` and `namen`.
    @Test func anUnreadableStatusSaysWhatTheSessionIsTakenFor() throws {
        let finding = try #require(Sessions.findings(Sessions.valid.replacing1("fase: voorafgaand\n", with: "fase: voorafgaand\nstatus: defintief\n"))
            .first { $0.code == "key-malformed" })
        #expect(finding.message.dutch.contains("kies uit concept, definitief; tot dan is de sessie een concept: niet gepubliceerd"))
        #expect(finding.message.english.contains("(or in Dutch: concept, definitief); until then the session is a draft"))
    }

    /// Found by the second blind tester: `status:` left empty made the session a concept without a word.
    @Test func anEmptyStatusSaysSoToo() throws {
        let findings = Sessions.findings(Sessions.valid.replacing1("fase: voorafgaand\n", with: "fase: voorafgaand\nstatus:\n"))
        let finding = try #require(findings.first { $0.code == "key-malformed" }, "\(findings.map(\.code))")
        #expect(finding.severity == .warning, "a concept's errors are warnings")
        #expect(finding.message.dutch.hasPrefix("“status” is leeg; kies uit concept, definitief; tot dan is de sessie een concept"))
    }

    @Test func tabIndentedYAML() {
        let marked = Marked(Sessions.valid.replacing1("fase: voorafgaand\n", with: "fase: voorafgaand\ndeelnemers:\n1️⃣\t- rol: bewoner\n"))
        let findings = Sessions.findings(marked.text)
        #expect(findings.first?.code == "yaml-tab")
        #expect(findings.first?.location == marked["1"])
    }

    /// Located where the key is given again (found by a blind tester: at the first one), the first one named.
    @Test func duplicateYAMLKey() {
        let marked = Marked(Sessions.valid.replacing1("fase: voorafgaand\n", with: "fase: voorafgaand\n1️⃣fase: na\n"))
        let finding = Sessions.findings(marked.text).first { $0.code == "key-duplicate" }
        #expect(finding?.location == marked["1"])
        #expect(finding?.message.dutch.hasPrefix("de sleutel “fase” staat er twee keer (eerst op regel ") == true, "\(String(describing: finding))")
    }

    @Test func frontMatterThatIsNotAMapping() {
        let text = "---\n- een\n- lijst\n---\n## Casus\n"
        #expect(Sessions.codes(text).first == "front-matter-not-mapping")
    }

    @Test func headingInsideAnItem() {
        let marked = Marked(Sessions.valid.replacing1("- Duurzaamheid\n", with: "- Duurzaamheid\n  1️⃣# Kop\n"))
        let findings = Sessions.findings(marked.text).filter { $0.code == "heading-in-item" }
        #expect(findings.map(\.location) == [marked["1"]])
    }

    @Test func onlyFrontMatterMissesEverySection() {
        let text = "---\ntitel: a\norganisatie: b\ntechnologie: c\ndatum: 2026-01-01\n---\n"
        #expect(Sessions.codes(text) == Array(repeating: "section-missing", count: 5))
    }

    @Test func valuesOfTheWrongShape() {
        let text = Sessions.valid.replacing1("fase: voorafgaand\n", with: "fase: voorafgaand\ntaal: fr\nopenbaar: misschien\nnamen: [a]\ntitel2: x\n")
        let codes = Sessions.codes(text)
        #expect(codes.filter { $0 == "key-malformed" }.count == 3)
        #expect(codes.contains("key-unknown"))
    }

    @Test func deeplyNestedQuotesAreAnErrorNotACrash() {
        let text = Sessions.valid + "\n## Vervolg\n" + String(repeating: ">", count: 9000) + " x\n"
        let findings = Sessions.findings(text)
        #expect(findings.map(\.code).contains("nesting-too-deep"))
        // Its section read as plain text: cmark-gfm writes such nesting back as Markdown in time that grows with its
        // square (blind tester 27: 50,000 `>` took 17 s).
        let nextSteps = Sessions.read(text).session?.nextSteps?.markdown ?? ""
        #expect(nextSteps.contains("x") && !nextSteps.hasPrefix(">"), "\(nextSteps.prefix(40))")
    }

    @Test func deeplyNestedEmphasisIsRenderedWithoutCrash() {
        let stars = String(repeating: "*", count: 20000)
        let text = Sessions.valid.replacing1("De gemeente bouwt", with: stars + "x" + stars + " De gemeente bouwt")
        let output = Sessions.read(text)
        #expect(output.session != nil)
        #expect(output.session.map { !Markdown.html($0.caseDescription?.markdown ?? "").isEmpty } == true)
    }
}
