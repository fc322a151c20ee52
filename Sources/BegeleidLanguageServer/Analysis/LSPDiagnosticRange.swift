import BegeleidModel
import BegeleidReader

/// The one adapter from a `Diagnostic` (a start only, a string code) to what
/// the protocol shows: a range ending where `check --format json` says it
/// ends (`SourceLines.endColumn`, shared with the JSON printer) and, for a
/// duplicate, the first declaration as a second place. When diagnostics carry
/// their own range and typed codes (issue 16), only this file changes.
enum LSPDiagnosticRange {
    /// The finding's stable code as the protocol shows it (and the quick fixes choose by).
    static func code(of diagnostic: Diagnostic) -> String { diagnostic.code }

    static func range(of diagnostic: Diagnostic, in index: LineIndex) -> Range {
        let end = SourceLines.endColumn(in: index.lines, at: diagnostic.location)
        return Range(start: index.position(diagnostic.location),
                     end: index.position(SourceLocation(line: diagnostic.location.line, column: end)))
    }

    /// Whether the finding is about a repeat of something declared before.
    static func hasSecondPlace(_ diagnostic: Diagnostic) -> Bool {
        ["value-duplicate", "actor-duplicate", "section-duplicate"].contains(code(of: diagnostic))
    }

    /// The earlier declaration a duplicate repeats, when the finding is one.
    static func firstDeclaration(of diagnostic: Diagnostic, in session: Session?) -> SourceLocation? {
        guard let session, hasSecondPlace(diagnostic) else { return nil }
        let at = diagnostic.location
        let first: SourceLocation?
        switch code(of: diagnostic) {
        case "value-duplicate":
            let id = session.values.first { $0.location == at }?.id
            first = session.values.first { $0.id == id }?.location
        case "actor-duplicate":
            let id = session.actors.first { $0.location == at }?.id
            first = session.actors.first { $0.id == id }?.location
        case "section-duplicate":
            let sections = session.outline.sections
            let kind = sections.first { $0.heading.location.line == at.line }?.kind
            first = kind == nil ? nil : sections.first { $0.kind == kind }?.heading.location
        default:
            first = nil
        }
        return first == at ? nil : first
    }
}
