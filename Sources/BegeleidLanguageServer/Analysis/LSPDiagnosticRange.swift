import BegeleidModel
import BegeleidReader

/// The one adapter from a `Diagnostic` to what the protocol shows: its range
/// (the start and the end the check path set, `Diagnostic.end`, the same as
/// `check --format json`; converted to UTF-16 by the line index), its code,
/// and for a duplicate the first declaration as a second place.
enum LSPDiagnosticRange {
    /// The finding's stable code as the protocol shows it.
    static func code(of diagnostic: Diagnostic) -> String { diagnostic.code.rawValue }

    static func range(of diagnostic: Diagnostic, in index: LineIndex) -> Range {
        let end = diagnostic.end ?? SourceRanges.complete([diagnostic], lines: index.lines)[0].end ?? diagnostic.location
        return Range(start: index.position(diagnostic.location), end: index.position(end))
    }

    /// Whether the finding is about a repeat of something declared before.
    static func hasSecondPlace(_ diagnostic: Diagnostic) -> Bool {
        [.valueDuplicate, .actorDuplicate, .sectionDuplicate].contains(diagnostic.code)
    }

    /// The earlier declaration a duplicate repeats, when the finding is one.
    static func firstDeclaration(of diagnostic: Diagnostic, in session: Session?) -> SourceLocation? {
        guard let session, hasSecondPlace(diagnostic) else { return nil }
        let at = diagnostic.location
        let first: SourceLocation?
        switch diagnostic.code {
        case .valueDuplicate:
            let id = session.values.first { $0.location == at }?.id
            first = session.values.first { $0.id == id }?.location
        case .actorDuplicate:
            let id = session.actors.first { $0.location == at }?.id
            first = session.actors.first { $0.id == id }?.location
        case .sectionDuplicate:
            let sections = session.outline.sections
            let kind = sections.first { $0.heading.location.line == at.line }?.kind
            first = kind == nil ? nil : sections.first { $0.kind == kind }?.heading.location
        default:
            first = nil
        }
        return first == at ? nil : first
    }
}
