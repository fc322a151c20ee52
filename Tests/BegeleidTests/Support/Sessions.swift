import BegeleidChecks
import BegeleidModel
import BegeleidPipeline
import BegeleidReader
import Foundation

/// Helpers to read and check session text in memory.
enum Sessions {
    /// A complete, valid session (no errors, no warnings) to vary in tests.
    static let valid = """
        ---
        titel: Digital twin voor de ringweg
        organisatie: Gemeente Zwolle
        technologie: Digital twin
        datum: 2026-03-12
        fase: voorafgaand
        ---

        ## Casus
        De gemeente bouwt een digitaal model van het verkeer.

        ## Actoren
        - Bewoners: wonen langs de ringweg
        - Verkeerskundigen: beheren het model

        ## Effecten
        ### Positief
        - Minder files op de ringweg → duurzaamheid @bewoners
        ### Negatief
        - Gevoel bekeken te worden → privacy @bewoners

        ## Waarden
        - Privacy (kern): niet zonder reden gevolgd worden
        - Duurzaamheid

        ## Handelingsopties
        ### Technologie
        - Alleen geaggregeerde tellingen opslaan → privacy
        ### Omgeving
        - Jaarlijks publieksverslag → privacy, duurzaamheid @verkeerskundigen
        ### Mens
        - Verkeerskundigen leren onzekerheid uitleggen → duurzaamheid

        """

    static func read(_ text: String, path: String = "t.md") -> SessionReader.Output {
        SessionReader.read(bytes: Array(text.utf8), path: path, slug: "t")
    }

    /// Reader findings and rule findings together, sorted, as `check` reports them
    /// (through the build's own check path: a concept's findings made lenient).
    static func findings(_ text: String) -> [Diagnostic] {
        Checking.check(bytes: Array(text.utf8), path: "t.md", slug: "t").findings
    }

    static func codes(_ text: String) -> [DiagnosticCode] {
        findings(text).map(\.code)
    }

    /// `valid` with `deelnemers` holding `entries` (the YAML list's lines, `  - rol: bewoner\n    naam: …\n`), and with
    /// `namen: openbaar` first when `publicNames`.
    static func withParticipants(_ entries: String, publicNames: Bool = false) -> String {
        valid.replacing1("fase: voorafgaand\n", with: "fase: voorafgaand\n" + (publicNames ? "namen: openbaar\n" : "") + "deelnemers:\n" + entries)
    }

    static func session(_ text: String) -> Session {
        guard let session = read(text).session else { fatalError("session not read") }
        return session
    }
}

extension String {
    /// The text with `old` replaced once; fails loudly when `old` is absent,
    /// so a test can never silently vary nothing.
    func replacing1(_ old: String, with new: String) -> String {
        guard let range = range(of: old) else { fatalError("“\(old)” not in test text") }
        return replacingCharacters(in: range, with: new)
    }
}
