@testable import BegeleidCLI
import BegeleidModel
import Testing

/// Blind tester 38: every save printed the file's whole list of findings again, with no way to see what it changed.
/// `watch` prints what is new since the last save, and one line of what stands and what was fixed.
struct WatchFindingsTests {
    static func finding(_ code: DiagnosticCode, line: Int, _ message: String, path: String = "Input/sessies/a.md") -> Diagnostic {
        Diagnostic(.warning, code, path: path, at: SourceLocation(line: line, column: 1), LocalizedText(nl: message, en: message))
    }

    @Test func aSavePrintsWhatIsNewAndCountsTheRest() {
        let said = WatchFindings()
        let first = [Self.finding(.directionEmpty, line: 30, "leeg"), Self.finding(.valueUnknown, line: 12, "onbekend x")]
        let (all, none) = said.news(first, language: .dutch)
        #expect(all.count == 2 && none.isEmpty, "the first build of a file says everything")
        // A line typed above both (their lines shift), one fixed, one new.
        let second = [Self.finding(.directionEmpty, line: 31, "leeg"), Self.finding(.valueUnknown, line: 20, "onbekend y")]
        let (new, lines) = said.news(second, language: .dutch)
        #expect(new.map(\.message.dutch) == ["onbekend y"])
        #expect(lines == ["Input/sessies/a.md: 1 melding van eerder staat nog (hierboven), 1 opgelost"], "\(lines)")
        // The same message twice is two findings; another file is its own.
        let third = second + [Self.finding(.valueUnknown, line: 40, "onbekend y"), Self.finding(.directionEmpty, line: 1, "leeg", path: "Input/sessies/b.md")]
        let (more, _) = said.news(third, language: .english)
        #expect(more.map(\.location.line) == [40, 1])
    }

    /// Blind tester 44: of two findings with the same message, the new one is the one where none stood before, also
    /// when it comes first (a name replaced on line 63 left its item without a polarity, as line 64's was); and a
    /// suggestion that changed is news.
    @Test func theNewOfTwoAlikeIsTheOneWhereNoneStoodBefore() {
        let said = WatchFindings()
        _ = said.news([Self.finding(.effectWithoutPolarity, line: 64, "geen polariteit")], language: .dutch)
        let (new, _) = said.news([Self.finding(.effectWithoutPolarity, line: 63, "geen polariteit"),
                                  Self.finding(.effectWithoutPolarity, line: 64, "geen polariteit")], language: .dutch)
        #expect(new.map(\.location.line) == [63])
        // Two lines typed above both, and a third one new below them.
        let (below, _) = said.news([65, 66, 80].map { Self.finding(.effectWithoutPolarity, line: $0, "geen polariteit") }, language: .dutch)
        #expect(below.map(\.location.line) == [80])
        // Blind tester 46: one typed above it, in another column (`- Nulde effect` above `- Eerste effect`).
        let placed = { (line: Int, column: Int) in
            Diagnostic(.warning, .valueUnknown, path: "Input/sessies/c.md", at: SourceLocation(line: line, column: column), LocalizedText(nl: "x", en: "x"))
        }
        _ = said.news([placed(25, 20)], language: .dutch)
        #expect(said.news([placed(25, 19), placed(26, 20)], language: .dutch).new.map(\.location.line) == [25])
        var suggested = Self.finding(.valueUnknown, line: 5, "onbekend")
        _ = said.news([suggested], language: .dutch)
        suggested.suggestion = "Veilighied"
        #expect(said.news([suggested], language: .dutch).new.count == 1)
    }
}
