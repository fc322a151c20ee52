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
}
