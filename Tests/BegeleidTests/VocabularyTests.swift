import BegeleidModel
import BegeleidOverview
import BegeleidPipeline
import BegeleidReader
@testable import BegeleidRender
import Foundation
import Testing

/// One value across languages: the vocabulary beside the templates, merged
/// with `Input/waarden.yaml` (which wins), its located findings, the note on
/// a near spelling (never an error, also not with `--strict`), and the merged
/// name in the CSV tables and the overview.
@Suite("Vocabulary of values")
struct VocabularyTests {
    static let builtIn = try! #require(Vocabulary.builtIn)

    @Test func theShippedVocabularyIsBilingualAndClean() {
        #expect(Self.builtIn.diagnostics.isEmpty, "\(Self.builtIn.diagnostics)")
        let entries = Self.builtIn.vocabulary.entries
        #expect(entries.count >= 40)
        #expect(entries.allSatisfy { !$0.dutch.isEmpty && !$0.english.isEmpty })
        // The values the issue names, each in both languages.
        for (dutch, english) in [("Privacy", "Privacy"), ("Autonomie", "Autonomy"), ("Menselijke waardigheid", "Human dignity"),
                                 ("Kwaliteit van zorg", "Quality of care"), ("Proportionaliteit", "Proportionality"),
                                 ("Inclusie", "Inclusion"), ("Vertrouwen", "Trust")] {
            #expect(entries.contains { $0.dutch == dutch && $0.english == english }, "\(dutch)")
        }
        #expect(entries.first { $0.dutch == "Privacy" }?.altai == [.privacy])
        // Every name belongs to one entry (an entry may spell a name the same in both languages).
        let perEntry = entries.map { Set($0.names.map(Names.key)) }
        #expect(perEntry.reduce(0) { $0 + $1.count } == perEntry.reduce(into: Set<String>()) { $0.formUnion($1) }.count)
    }

    /// Read once while the templates' text stays the same (the live preview builds on every save); a changed
    /// text or path is read again, and going back gives the first again.
    @Test func readAgainOnlyWhenItsTextChanges() throws {
        var templates = try TemplateSet.load(directory: nil)
        let shipped = templates.vocabularySource
        #expect(Vocabulary(templates: templates).vocabulary.allNames == Self.builtIn.vocabulary.allNames)
        templates.vocabularySource = (text: "- nl: Rust\n  en: Calm\n- nl: Stilte\n  en: Calm\n", path: "Eigen/waardenlijst.yaml")
        let own = Vocabulary(templates: templates)
        #expect(own.vocabulary.entries.map(\.dutch) == ["Rust"])
        #expect(own.diagnostics.map(\.code) == ["vocabulary-twice"] && own.diagnostics.first?.path == "Eigen/waardenlijst.yaml")
        templates.vocabularySource = (text: templates.vocabularySource.text, path: "Ander/waardenlijst.yaml")
        #expect(Vocabulary(templates: templates).diagnostics.first?.path == "Ander/waardenlijst.yaml")
        templates.vocabularySource = shipped
        let again = Vocabulary(templates: templates)
        #expect(again.vocabulary.allNames == Self.builtIn.vocabulary.allNames && again.diagnostics.isEmpty)
    }

    @Test func findingsAboutTheVocabularyAreLocated() {
        let text = """
            - nl: Privacy
              en: Privacy
            - nl: Levenssfeer
              en: Privacy
            - nl: Openheid
            - nl: Eerlijkheid
              en: Fairness
              altai: [fairnes]
            """
        let read = VocabularyReader.read(text: text, path: "Templates/waardenlijst.yaml")
        #expect(read.diagnostics.map(\.code) == ["vocabulary-twice", "vocabulary-entry-incomplete", "vocabulary-altai-unknown"])
        #expect(read.diagnostics.map(\.location.line) == [3, 5, 8])
        #expect(read.diagnostics.last?.suggestion == "fairness")
        #expect(read.vocabulary.entries.map(\.dutch) == ["Privacy", "Eerlijkheid"])
        #expect(VocabularyReader.read(text: "Privacy: [levenssfeer]\n", path: "w.yaml").diagnostics.map(\.code) == ["vocabulary-not-list"])
    }

    @Test func mergedWithTheListOfValuesWhichWins() {
        var own = ValueSynonyms()
        own.add("transparantie", to: "Openheid")
        let merged = Self.builtIn.vocabulary.merged(into: own, language: .dutch)
        #expect(merged.resolve("Transparency").name == "Openheid", "the list of values placed Transparantie: its entry joins it")
        #expect(merged.resolve("Quality of care").name == "Kwaliteit van zorg")
        #expect(merged.resolve("Human dignity").name == "Menselijke waardigheid")
        #expect(Self.builtIn.vocabulary.merged(into: ValueSynonyms(), language: .english).resolve("Kwaliteit van zorg").name == "Quality of care")
        #expect(merged.resolve("Stiltecoupé").name == nil)
    }

    /// A value of waarden.yaml that falls under two vocabulary entries: a note on its line (waarden.yaml wins); one entry: none.
    @Test func aValueMappedToTwoEntriesGetsANoteOnItsLine() {
        let text = "Privacy: [levenssfeer]\nOpenheid: [transparantie, veiligheid]\n"
        let own = SynonymsReader.read(bytes: Array(text.utf8), path: "Input/waarden.yaml").synonyms
        let conflicts = Self.builtIn.conflicts(with: own, path: "Input/waarden.yaml", text: text)
        #expect(conflicts.map(\.code) == ["vocabulary-value-twice"])
        #expect(conflicts.first?.location == SourceLocation(line: 2, column: 1))
        #expect(conflicts.first?.severity == .note)
        let single = "Privacy: [levenssfeer]\nOpenheid: [transparantie]\n"
        let fine = SynonymsReader.read(bytes: Array(single.utf8), path: "Input/waarden.yaml").synonyms
        #expect(Self.builtIn.conflicts(with: fine, path: "Input/waarden.yaml", text: single).isEmpty)
    }

    static func session(_ text: String, slug: String) -> Session {
        SessionReader.read(bytes: Array(text.utf8), path: "\(slug).md", slug: slug).session!
    }

    /// "Quality of care" and "Kwaliteit van zorg": one value in the overview and in every CSV table beside the session's own name.
    @Test func oneValueAcrossLanguages() throws {
        let english = Sessions.valid.replacingOccurrences(of: "Duurzaamheid", with: "Quality of care")
            .replacingOccurrences(of: "duurzaamheid", with: "quality of care")
        let dutch = Sessions.valid.replacingOccurrences(of: "Duurzaamheid", with: "Kwaliteit van zorg")
            .replacingOccurrences(of: "duurzaamheid", with: "kwaliteit van zorg")
        let sessions = [Self.session(english, slug: "en"), Self.session(dutch, slug: "nl")]
        let synonyms = Self.builtIn.vocabulary.merged(into: ValueSynonyms(), language: .dutch)
        let overview = Overview(sessions: sessions, synonyms: synonyms)
        let care = try #require(overview.values.first { $0.name == "Kwaliteit van zorg" })
        #expect(care.sessions == ["en", "nl"])
        let files = try DataExports.files(sessions, synonyms: synonyms)
        let effects = String(decoding: try #require(files.first { $0.name == "effecten.csv" }).data, as: UTF8.self)
        #expect(effects.contains(",waarden,overzichtsnamen,actoren\r\n"))
        #expect(effects.contains(",Quality of care,Kwaliteit van zorg,Bewoners\r\n"))
        let options = String(decoding: try #require(files.first { $0.name == "handelingsopties.csv" }).data, as: UTF8.self)
        #expect(options.contains(",Privacy; Quality of care,Privacy; Kwaliteit van zorg,"))
        let values = String(decoding: try #require(files.first { $0.name == "waarden.csv" }).data, as: UTF8.self)
        #expect(values.contains(",Quality of care,Kwaliteit van zorg,"))
        // The overview groups the values by the ALTAI requirements of their vocabulary entries.
        let page = String(decoding: Fixtures.renderer.overview(overview, language: .dutch, vocabulary: Self.builtIn.vocabulary), as: UTF8.self)
        #expect(page.contains("<h3>Privacy en datagovernance</h3>\n<p><span class=\"grp\">Privacy <strong>2</strong> (Als kernwaarde: 2)</span></p>"))
        #expect(page.contains("<h3>Maatschappelijk en ecologisch welzijn</h3>\n<p><span class=\"grp\">Kwaliteit van zorg <strong>2</strong></span></p>"))
        let table = String(decoding: try #require(files.first { $0.name == "sessies.csv" }).data, as: UTF8.self)
        #expect(table.contains(",kernwaarden,kernwaarden_overzicht,"))
    }

    /// A near spelling of a vocabulary name: a note at the value, never an error, also not with --strict.
    @Test func aNearSpellingGetsANoteNeverRaisedByStrict() throws {
        let root = Fixtures.temporaryFolder()
        let path = root.appendingPathComponent("s.md").path
        let marked = Marked(Sessions.valid.replacing1("- Duurzaamheid\n", with: "- 1️⃣Duurzaamheit\n")
            .replacingOccurrences(of: "→ duurzaamheid", with: "→ duurzaamheit")
            .replacingOccurrences(of: "privacy, duurzaamheid", with: "privacy, duurzaamheit"))
        try marked.text.write(toFile: path, atomically: true, encoding: .utf8)
        let known = Self.builtIn.vocabulary.merged(into: ValueSynonyms(), language: .dutch)
        for strict in [false, true] {
            let result = Checking.run(files: [path], strict: strict, vocabulary: (Self.builtIn, known))
            let notes = result.diagnostics.filter { $0.code == "value-near-vocabulary" }
            #expect(notes.count == 1)
            #expect(notes.first?.severity == .note)
            #expect(notes.first?.suggestion == "Duurzaamheid")
            #expect(notes.first?.location == marked["1"])
            #expect(result.failedCount == 0, "a note never fails a file")
        }
        // Not another spelling but another value: a longer name, or a different word of the same length.
        #expect(!Names.isNearSpelling("Vrijheid van meningsuiting", "Vrijheid"))
        #expect(!Names.isNearSpelling("Responsiviteit", "Responsibility"))
        #expect(Names.isNearSpelling("Transparancy", "Transparency"))
        // The near miss: written as in the vocabulary, no note.
        try Sessions.valid.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(!Checking.run(files: [path], strict: true, vocabulary: (Self.builtIn, known)).diagnostics.contains { $0.code == "value-near-vocabulary" })
    }

    /// The synonyms' fingerprint is made once for the synonyms it names: a copy made before a change keeps its own,
    /// the changed one gives what synonyms made with that change from the start give, asked from several threads.
    @Test func theFingerprintFollowsTheSynonyms() {
        var synonyms = ValueSynonyms()
        synonyms.add("persoonlijke levenssfeer", to: "Privacy")
        let before = synonyms.fingerprint
        let copy = synonyms
        synonyms.add("openheid", to: "Transparantie")
        var fresh = ValueSynonyms()
        fresh.add("persoonlijke levenssfeer", to: "Privacy")
        fresh.add("openheid", to: "Transparantie")
        #expect(copy.fingerprint == before)
        #expect(synonyms.fingerprint != before && synonyms.fingerprint == fresh.fingerprint)
        #expect(synonyms == fresh && copy != synonyms)
        let changed = synonyms
        let asked = Parallel.map(Array(0..<64)) { _ in changed.fingerprint }
        #expect(Set(asked) == [fresh.fingerprint])
    }
}
