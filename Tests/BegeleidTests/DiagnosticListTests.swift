@testable import BegeleidModel
@testable import BegeleidPipeline
import Testing

/// Issue 18: a rebuild prints every finding of every note (970 at the bench's N = 1,000), and its lists of findings
/// were copied on the way: each finding into a list of its spot to drop repeats, the whole list to sort it when it was
/// in order already, and once more a list for each count. These hold the quicker forms to the ones first written
/// (`reference…`), on generated lists full of repeats, near-repeats and findings out of order.
struct DiagnosticListTests {
    private static func referenceUnique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        struct Spot: Hashable {
            let path: String, line: Int, column: Int, code: DiagnosticCode
        }
        var seen: [Spot: [Diagnostic]] = [:]
        return diagnostics.filter { diagnostic in
            let spot = Spot(path: diagnostic.path, line: diagnostic.location.line, column: diagnostic.location.column,
                            code: diagnostic.code)
            guard seen[spot]?.contains(diagnostic) != true else { return false }
            seen[spot, default: []].append(diagnostic)
            return true
        }
    }

    private static func referenceSorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted {
            ($0.path, $0.location.line, $0.location.column, $0.code.rawValue) < ($1.path, $1.location.line, $1.location.column, $1.code.rawValue)
        }
    }

    /// Few places, codes and texts, so that equal findings, findings at one spot that differ, and equal keys whose
    /// order only the sort's stability keeps, all come often.
    private static func generated(_ random: inout SeededRandom) -> [Diagnostic] {
        let paths = ["a.md", "b.md", "sessies/c.md"]
        let codes: [DiagnosticCode] = [.effectWithoutValue, .optionWithoutValue, .emptyFile]
        let severities: [Diagnostic.Severity] = [.error, .warning, .note]
        let texts = ["één", "twee", "drie"]
        return (0..<random.next(below: 40)).map { _ in
            var diagnostic = Diagnostic(
                severities[random.next(below: 3)], codes[random.next(below: 3)], path: paths[random.next(below: 3)],
                at: SourceLocation(line: 1 + random.next(below: 3), column: 1 + random.next(below: 2)),
                LocalizedText(nl: texts[random.next(below: 3)], en: "x"),
                suggestion: random.next(below: 4) == 0 ? "Privacy" : nil)
            if random.next(below: 3) == 0 { diagnostic.end = SourceLocation(line: diagnostic.location.line, column: 9) }
            return diagnostic
        }
    }

    @Test func repeatsAreDroppedAsBefore() {
        var random = SeededRandom(seed: 970)
        var dropped = 0, sharing = 0
        for round in 0..<3_000 {
            let diagnostics = Self.generated(&random)
            let expected = Self.referenceUnique(diagnostics)
            #expect(Checking.Pass.uniqueSorted(diagnostics) == Self.referenceSorted(expected), "round \(round)")
            dropped += diagnostics.count - expected.count
            // Findings kept that share their spot with one kept before (they differ in severity, text or suggestion).
            sharing += expected.indices.filter { index in
                expected[..<index].contains {
                    ($0.path, $0.location, $0.code) == (expected[index].path, expected[index].location, expected[index].code)
                }
            }.count
        }
        #expect(dropped > 300, "the lists hold repeats (\(dropped) dropped)")
        #expect(sharing > 300, "spots hold findings that differ (\(sharing))")
    }

    @Test func sortingIsTheStableSortAndKeepsAListInOrder() {
        var random = SeededRandom(seed: 18)
        var inOrder = 0
        for round in 0..<3_000 {
            var diagnostics = Self.generated(&random)
            // Every other list is given in order already (as a build's are), the rest as they came.
            if round % 2 == 0 { diagnostics = Self.referenceSorted(diagnostics) }
            let expected = Self.referenceSorted(diagnostics)
            #expect(diagnostics.sortedByPosition() == expected, "round \(round)")
            if diagnostics == expected { inOrder += 1 }
            #expect(diagnostics.errorCount == diagnostics.filter { $0.severity == .error }.count)
            #expect(diagnostics.warningCount == diagnostics.filter { $0.severity == .warning }.count)
            #expect(diagnostics.noteCount == diagnostics.filter { $0.severity == .note }.count)
        }
        #expect(inOrder > 1_500 && inOrder < 2_900, "\(inOrder) of 3,000 lists were in order")
    }
}
