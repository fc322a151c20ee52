import BegeleidModel
@testable import BegeleidReader
import Testing

/// Found by blind tester 26: private text and names that reached a report or the beamer because the notes wrote them
/// in a way the checks did not read: the Notities name through markup, a name in front matter that is not valid YAML
/// or given as a list, and a comment at the start of a line.
struct HiddenPrivacyTests {
    /// The private section's name as cmark-gfm shows it, written otherwise: raw HTML, a code span, an escape, an entity,
    /// emphasis inside the word, an invisible soft hyphen. Each published the line under it; now each holds the report
    /// back where the name stands (as a misplaced `## Notities` does: nothing is published or shown on the beamer
    /// then), and no message quotes the private text.
    @Test(arguments: ["<h2>Notities</h2>", "<b>Notities</b>", "`## Notities`", "\\## Notities", "<p>Notities</p>",
                      "<strong>Notities:</strong>", "&#35;# Notities", "<div>Notities</div>", "<em>Privé</em>", "**Noti**ties",
                      "Notit&shy;ies", "Notit\u{AD}ies", "Notities<br>", "- <b>Notities</b>", "> `Notities`",
                      "<h3 class=\"x\">Notities — avond</h3>", "<div>\n<b>Notities</b>\n</div>", "<div>\nNotities\n</div>",
                      // Blind tester 27: a fence never closed above the heading, the name in a fence or a table, full-width signs.
                      "```\n\n## Notities", "~~~\n## Notities", "```\n## Notities\n```", "```Notities", "- x\n\n  ```\n  ## Notities",
                      "| a |\n|---|\n| ## Notities |", "＃＃ Notities"])
    func theNotesNameThroughMarkupHoldsTheReportBack(_ typed: String) throws {
        let text = Sessions.valid + "\n## Samenvatting\nEen open gesprek.\n\n" + typed + "\n\nJan was boos over GEHEIM.\n"
        let findings = Sessions.findings(text)
        let finding = try #require(findings.first { $0.code == "notes-heading-misplaced" }, "\(findings.map(\.code))")
        #expect(finding.severity == .error)
        let lines = text.components(separatedBy: "\n")
        let nameLine = try #require(lines.firstIndex { $0.contains("oti") || $0.contains("Privé") }) + 1
        #expect(finding.location.line == nameLine, "\(finding.location)")
        #expect(!findings.contains { $0.text(.dutch).contains("GEHEIM") || $0.text(.english).contains("boos") })
        #expect(findings.contains { $0.isPrivacyError }, "held back as private, not only as an error")
    }

    /// `SessionBuilder.mayShowOtherwise` decides from bytes which lines are parsed to see what they show: the same as
    /// told from characters, on generated lines of markup, accents, arrows, quotes, dashes, invisible and full-width ones.
    @Test func whichLinesMayShowOtherwiseIsToldFromTheirBytesAsFromTheirCharacters() {
        func reference(_ line: String) -> Bool {
            if line.contains(where: { "<&\\`".contains($0) }) { return true }
            if line.unicodeScalars.contains(where: { $0.properties.generalCategory == .format || (0xFF01...0xFF5E).contains($0.value) }) {
                return true
            }
            let characters = Array(line)
            let isWord = { (c: Character) in c.isLetter || c.isNumber || !c.isASCII }
            for (index, character) in characters.enumerated() where "*_~".contains(character) && index > 0 && isWord(characters[index - 1]) {
                if let after = characters[index...].first(where: { !"*_~".contains($0) }), isWord(after) { return true }
            }
            return false
        }
        let pieces = ["a", "Noti", " ", "*", "**", "_", "~", "→", "—", "“", "é", "ü", "\u{AD}", "\u{200B}", "\u{2060}", "\u{FEFF}", "Ｎ",
                      "＃", "ï", "€", "…", "\u{2028}", "<", "&", "`", "\\", "1", "✓", "\u{E0041}", "ğ", "Ω"]
        var random = SeededRandom(seed: 27)
        for _ in 0..<20_000 {
            let line = (0..<(1 + random.next(below: 8))).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            #expect(SessionBuilder.mayShowOtherwise(line) == reference(line), "\(line.debugDescription)")
        }
    }

    /// Markup around other words is text: a sentence that starts with the word, a word in bold, a list's emphasis.
    @Test(arguments: ["<b>Notities</b> over de avond volgen later.", "**Privacy** telt zwaar.", "- **Noti**ce board bij de ingang",
                      "<div>Bijlagen</div>", "`## Casus` is de eerste kop.",
                      // Blind tester 28: a table's column and values, and a closed code block's lines, are text.
                      "| Vraag | Notities |\n|---|---|\n| a | b |", "| Kentekens | intern |\n|---|---|\n| Telefoon | privé |",
                      "| Intern | Extern |\n|---|---|\n| a | b |",
                      "```python\nnotes = []\n# notities ophalen\nnotities: ja\nPrivé\n```", "~~~\nVertrouwelijk\n~~~"])
    func markupAroundOtherWordsIsText(_ typed: String) {
        let codes = Sessions.codes(Sessions.valid + "\n## Samenvatting\nEen open gesprek.\n\n" + typed + "\n")
        #expect(!codes.contains("notes-heading-misplaced"), "\(codes)")
    }

    /// `namen:` given twice makes the front matter no valid YAML: nothing of it was read, so no name was looked for and
    /// the beamer showed it. The names are now read off the lines. A name given as a list or a mapping was refused as
    /// malformed, and then not looked for either.
    @Test(arguments: ["namen: openbaar\nnamen: anoniem\ndeelnemers:\n  - rol: bewoner\n    naam: Jan de Vries\n",
                      "deelnemers:\n  - rol: bewoner\n    naam: [Jan de Vries]\n",
                      "deelnemers:\n  - rol: bewoner\n    naam:\n      - Jan de Vries\n",
                      "deelnemers:\n  - rol: bewoner\n    naam: {voor: Jan, achter: de Vries}\n",
                      "deelnemers:\n  - [bewoner, Jan de Vries]\n",
                      "deelnemers: {rol: bewoner, naam: Jan de Vries}\n"])
    func aNameInFrontMatterThatIsNotReadIsLookedForAllTheSame(_ frontMatter: String) throws {
        let text = Sessions.valid.replacing1("fase: voorafgaand\n", with: "fase: voorafgaand\n" + frontMatter)
            .replacing1("De gemeente bouwt", with: "Volgens Jan de Vries bouwt de gemeente")
        let findings = Sessions.findings(text)
        let lines = text.components(separatedBy: "\n")
        let caseLine = try #require(lines.firstIndex { $0.hasPrefix("Volgens") }) + 1
        #expect(findings.contains { $0.code == "participant-name-in-text" && $0.location == SourceLocation(line: caseLine, column: 9) },
                "\(findings.map { "\($0.code) \($0.location)" })")
        #expect(findings.contains { $0.severity == .error && $0.code != "participant-name-in-text" }, "the front matter's own error")
    }

    /// A name with a backslash between its words, which shows it (`\ ` is no escape), in full-width letters, and split
    /// over two table cells, shown side by side: each was published.
    @Test(arguments: [("Volgens Jan\\ de Vries bouwt", 9), ("Volgens Ｊａｎ ｄｅ Ｖｒｉｅｓ bouwt", 9), ("| Jan | de Vries |\n|---|---|\n| a | b |\n\nDe gemeente bouwt", 3)])
    func aNameShownThroughABackslashOrTableCellsIsFound(_ typed: String, column: Int) throws {
        let text = ParticipantNameTests.named.replacing1("De gemeente bouwt", with: typed)
        let lines = text.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { ($0.contains("Jan") || $0.contains("Ｊａｎ")) && !$0.contains("naam") }) + 1
        let findings = Sessions.findings(text).filter { $0.code == "participant-name-in-text" }
        #expect(findings.map(\.location) == [SourceLocation(line: line, column: column)], "\(findings)")
    }

    /// An indented code block that holds ```` ``` ```` opens no fence (blind tester 28: it was `code-fence-unclosed`);
    /// a table cell's finding stands where its text starts, not at the space after `|`.
    @Test func anIndentedCodeBlockOpensNoFenceAndACellsFindingIsAtItsText() throws {
        let indented = Sessions.valid + "\n## Samenvatting\nCode:\n\n    ```\n    geen fence\n"
        #expect(!Sessions.codes(indented).contains("code-fence-unclosed"))
        let unclosed = Sessions.valid + "\n## Samenvatting\nCode:\n\n```\nwel een fence\n"
        #expect(Sessions.codes(unclosed).contains("code-fence-unclosed"))
        let cell = Sessions.valid + "\n## Samenvatting\n| a |\n|---|\n|  ## Notities |\n"
        let finding = try #require(Sessions.findings(cell).first { $0.code == "notes-heading-misplaced" })
        #expect(finding.location.column == 4, "\(finding.location)")
    }

    /// Blind tester 27: names under a misspelled `deelnemers`, merged into a participant from an anchor, or under a
    /// top-level key that may hold one were published with at most a warning.
    @Test(arguments: ["deelnmers:\n  - rol: bewoner\n    naam: Jan de Vries\n",
                      "x: &p {naam: Jan de Vries}\ndeelnemers:\n  - <<: *p\n    rol: bewoner\n",
                      "naam: Jan de Vries\n", "contactpersoon: Jan de Vries\n",
                      // (Who was there, under a key of its own: blind tester 27.)
                      "aanwezigen:\n  - Jan de Vries\n  - Piet Smit\n", "wie: Jan de Vries\n", "attendees: [Jan de Vries]\n",
                      // (Blind tester 30: as under deelnemers, and other keys of who was there.)
                      "aanwezigen:\n  - naam: Jan de Vries\n    rol: bewoner\n", "aanwezigen: [{rol: bewoner, naam: Jan de Vries}]\n",
                      "genodigden: [Jan de Vries]\n", "sprekers: Jan de Vries\n", "wie waren er: Jan de Vries\n", "notulist: Jan de Vries\n"])
    func namesUnderOtherKeysAreLookedFor(_ frontMatter: String) throws {
        let text = Sessions.valid.replacing1("fase: voorafgaand\n", with: "fase: voorafgaand\n" + frontMatter)
            .replacing1("De gemeente bouwt", with: "Volgens Jan de Vries bouwt de gemeente")
        let lines = text.components(separatedBy: "\n")
        let caseLine = try #require(lines.firstIndex { $0.hasPrefix("Volgens") }) + 1
        let finding = try #require(Sessions.findings(text).first { $0.code == "participant-name-in-text" && $0.location.line == caseLine })
        #expect(finding.location.column == 9 && finding.severity == .error)
        #expect(!finding.text(.dutch).contains("()"), "no empty role: \(finding.text(.dutch))")
    }

    /// Blind tester 29: a `naam` written otherwise than the text writes it (two people in one field, a middle initial, a
    /// name in brackets, `van der` shortened) let the name be published.
    @Test(arguments: [("Ruud Veldkamp en Els Bos", "Els Bos"), ("Ruud J. Veldkamp", "Ruud Veldkamp"),
                      ("Rudolf (Ruud) Veldkamp", "Ruud Veldkamp"), ("Ruud van der Veld", "Ruud v.d. Veld"),
                      ("Veldkamp, Ruud; Bos, Els", "Els Bos"),
                      // Blind tester 30.
                      ("Ruud J.K. Veldkamp", "Ruud Veldkamp"), ("Rudolf “Ruud” Veldkamp", "Ruud Veldkamp"),
                      ("Rudolf Veldkamp (Ruud)", "Ruud Veldkamp"), ("Ruud en Els Veldkamp", "Ruud Veldkamp"),
                      ("Ruud van der Veld", "Ruud v. d. Veld"), ("Ruud v.d. Veld", "Ruud van der Veld"),
                      ("Ria van 't Hof", "Ria v/t Hof"), ("Marieke Hoekstra-de Boer", "Marieke de Boer"),
                      ("Marieke Hoekstra-de Boer", "Marieke Hoekstra")])
    func aNameWrittenOtherwiseInItsFieldIsFound(_ field: String, _ typed: String) throws {
        let text = Sessions.withParticipants("  - rol: bewoner\n    naam: \(field)\n")
            .replacing1("De gemeente bouwt", with: "Volgens \(typed) bouwt de gemeente")
        let caseLine = try #require(text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("Volgens") }) + 1
        #expect(Sessions.findings(text).contains { $0.code == "participant-name-in-text" && $0.location.line == caseLine && $0.location.column == 9 },
                "\(Sessions.findings(text).map { "\($0.code) \($0.location)" })")
        // Not every pair of words: the field's other words alone are no name.
        let other = text.replacing1("Volgens \(typed) bouwt", with: "Volgens Ruud bouwt")
        #expect(!Sessions.codes(other).contains("participant-name-in-text"))
    }

    /// The look at a name's bytes before its other forms are made (ParticipantNameMentions.mayHaveVariants) passes
    /// over only names that have none.
    @Test func namesWithoutOtherFormsAreToldFromTheirBytes() {
        let pieces = ["Jan", "de", "Vries", "J.", "J", "van der", "Van Den", "(Ruud)", "en", "and", "&", ",", ";", "/", "+",
                      "Els", "Bos", "Éva", "é.", "Anne-Marie", "Enzo", "Andy", "v.d.", "  ", "\t", "J.K.", "“Ruud”", "'Ruud'",
                      "Hoekstra-de", "Boer", "van 't", "v. d.", "v/t", "Hof", "A.B.C.D.", "ab.", "Jo.", "-"]
        var random = SeededRandom(seed: 29)
        var withForms = 0
        for _ in 0..<3_000 {
            let name = (0..<1 + random.next(below: 5)).map { _ in pieces[random.next(below: pieces.count)] }.joined(separator: " ")
            let all = ParticipantNameMentions.allVariants(of: name)
            if !all.isEmpty { withForms += 1 }
            #expect(ParticipantNameMentions.mayHaveVariants(name) || all.isEmpty, "\(name.debugDescription): \(all)")
            #expect(ParticipantNameMentions.variants(of: name) == (ParticipantNameMentions.mayHaveVariants(name) ? all : []))
        }
        #expect(withForms > 500, "\(withForms)")
    }

    /// Blind tester 29: a participant's name in the file's name became the report's folder and stood in the index and
    /// every table of `data/`.
    @Test func aNameInTheFileNameIsAnError() throws {
        let text = Sessions.withParticipants("  - rol: bewoner\n    naam: Ruud Veldkamp\n")
        // (The surname first, and glued: blind tester 30.)
        for slug in ["sessie-ruud-veldkamp", "veldkamp-ruud-interview", "ruudveldkamp-gesprek"] {
            let named = SessionReader.read(bytes: Array(text.utf8), path: slug + ".md", slug: slug)
            let finding = try #require(named.diagnostics.first { $0.code == .participantNameInText }, "\(slug)")
            #expect(finding.location == SourceLocation(line: 1, column: 1) && finding.severity == .error)
            #expect(finding.text(.dutch).contains("bestandsnaam") && !finding.text(.dutch).contains("Veldkamp"))
        }
        // A role that holds the name is not quoted (as in the text's findings): it was, on the terminal and the beamer.
        let inRole = text.replacing1("  - rol: bewoner\n", with: "  - rol: wethouder Ruud Veldkamp\n")
        let roleFinding = SessionReader.read(bytes: Array(inRole.utf8), path: "sessie-ruud-veldkamp.md", slug: "sessie-ruud-veldkamp")
            .diagnostics.first { $0.code == .participantNameInText && $0.location.line == 1 }
        #expect(roleFinding.map { !$0.text(.dutch).contains("Veldkamp") && $0.text(.dutch).contains("(…)") } == true, "\(String(describing: roleFinding))")
        // A part of the name is no name (`veldkamp-evaluatie`), nor is a name public by consent.
        for (slug, notes) in [("veldkamp-evaluatie", text), ("sessie-ruud-veldkamp", text.replacing1("fase: voorafgaand\n", with: "fase: voorafgaand\nnamen: openbaar\n"))] {
            let read = SessionReader.read(bytes: Array(notes.utf8), path: slug + ".md", slug: slug)
            #expect(!read.diagnostics.contains { $0.code == .participantNameInText }, "\(slug)")
        }
    }

    /// A comment between words or at a line's end is taken out with its spaces (blind tester 27): they stood in
    /// `rapport.md` and the JSON, and two or more at a line's end made a line break. Words it stood between without a
    /// space stay as they were.
    @Test func aCommentInALineLeavesNoSpaces() {
        let text = Sessions.valid.replacing1("De gemeente bouwt een digitaal model van het verkeer.",
                                             with: "De gemeente <!-- geheim --> bouwt een **model <!-- x -->**  <!-- x -->\nvan het<!-- y --> verkeer <!-- z -->, zo.  <!-- w -->  \nNieuw.")
        let markdown = Sessions.read(text).session?.caseDescription?.markdown ?? ""
        // (Blind tester 30: bold kept, no space before the comma, the line break typed after a comment kept.)
        #expect(markdown == "De gemeente bouwt een **model**\nvan het verkeer, zo.  \nNieuw.", "\(markdown.debugDescription)")
    }

    /// A role that holds the name is not quoted by the finding about the name (it was, on the beamer).
    @Test func aRoleHoldingTheNameIsNotQuoted() throws {
        let text = Sessions.withParticipants("  - rol: wethouder Jan de Vries\n    naam: Jan de Vries\n")
        let findings = Sessions.findings(text).filter { $0.code == "participant-name-in-text" }
        #expect(!findings.isEmpty)
        #expect(!findings.contains { $0.text(.dutch).contains("Vries") || $0.text(.english).contains("Vries") }, "\(findings)")
    }

    /// A comment at the start of a line became spaces, which made the text after it an indented code block (showing
    /// the comment's length), and an item's text after one an empty item. The text stays text, its columns the file's.
    @Test func textAfterACommentAtALinesStartStaysText() throws {
        let text = Sessions.valid
            .replacing1("De gemeente bouwt een digitaal model van het verkeer.",
                        with: "<!-- geheim commentaar --> De gemeente bouwt een model.\n\n  <!-- x -->\n<!-- y\nz --> Nog een zin.")
            .replacing1("- Gevoel bekeken te worden → privacy @bewoners", with: "- <!-- twijfel --> (-) Gevoel bekeken te worden → privacy @bewoners")
            .replacing1("- Alleen geaggregeerde tellingen opslaan → privacy", with: "- <!-- ? --> Alleen tellingen opslaan → onbekend")
            // (Blind tester 27: a comment over two lines of an item; the second line's indentation keeps it in the item.)
            .replacing1("- Minder files op de ringweg", with: "- <!-- twijfel\n  nog meer --> Minder files op de ringweg")
        let session = try #require(Sessions.read(text).session)
        let caseText = try #require(session.caseDescription?.markdown)
        #expect(caseText.hasPrefix("De gemeente bouwt een model."), "\(caseText)")
        #expect(caseText.contains("\n\nNog een zin."), "\(caseText)")
        #expect(!caseText.contains("    "), "no indented code")
        #expect(!"\(session)".contains("geheim"))
        let effect = try #require(session.effects.first { $0.text.markdown.contains("Gevoel") })
        #expect(effect.polarity == .negative && effect.text.markdown == "Gevoel bekeken te worden")
        #expect(session.effects.contains { $0.text.markdown == "Minder files op de ringweg" && $0.polarity == .positive })
        let findings = Sessions.findings(text)
        #expect(!findings.contains { $0.code == "item-empty" || $0.code == "text-outside-list" }, "\(findings.map(\.code))")
        let lines = text.components(separatedBy: "\n")
        let optionLine = try #require(lines.firstIndex { $0.contains("Alleen tellingen") }) + 1
        let unknown = try #require(findings.first { $0.code == "value-unknown" })
        #expect(unknown.location == SourceLocation(line: optionLine, column: 41), "the file's column: \(unknown.location)")
    }
}
