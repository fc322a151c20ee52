import BegeleidModel
import BegeleidMustache

/// The live preview's panel of findings above a report: counts per kind, and
/// each finding with a link to the element of the report it is about (the
/// effect, value, option or actor on that line, or else its section).
/// Messages only: no line of the notes is quoted (the room is watching).
struct FindingsPanelContext {
    let diagnostics: [Diagnostic]
    /// The session as shown, for the anchors; nil when there is none.
    let session: Session?
    let labels: Labels

    func make() -> ContextObject {
        let anchors = Self.anchors(of: session)
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        var context: ContextObject = [
            "labels": labels.dictionary, "errorCount": .int(errors), "warningCount": .int(warnings),
            "errorsLabel": .string(labels[errors == 1 ? "panel_error" : "panel_errors"]),
            "warningsLabel": .string(labels[warnings == 1 ? "panel_warning" : "panel_warnings"]),
            "hasErrors": .bool(errors > 0), "count": .int(diagnostics.count),
        ]
        // Errors first: what keeps the report back is what the room must see.
        let ordered = diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity != .error }
        context.setList(ordered.map { diagnostic in
            var entry: ContextObject = [
                "line": .int(diagnostic.location.line), "code": .string(diagnostic.code.rawValue),
                "message": .string(diagnostic.text(labels.language)), "isError": .bool(diagnostic.severity == .error),
                "severityLabel": .string(labels[diagnostic.severity == .error ? "preview_error" : "preview_warning"]),
            ]
            entry["anchor"] = .optional(Self.anchor(for: diagnostic.location.line, in: anchors))
            return entry
        }, "findings")
        var kinds: [(code: DiagnosticCode, count: Int)] = []
        for diagnostic in diagnostics {
            if let index = kinds.firstIndex(where: { $0.code == diagnostic.code }) {
                kinds[index].count += 1
            } else {
                kinds.append((diagnostic.code, 1))
            }
        }
        context.setList(kinds.sorted { ($1.count, $0.code.rawValue) < ($0.count, $1.code.rawValue) }.map { ["code": .string($0.code.rawValue), "count": .int($0.count)] }, "kinds")
        return context
    }

    /// The ids the report gives its sections and items, by the line they start on.
    static func anchors(of session: Session?) -> [(line: Int, id: String)] {
        guard let session else { return [] }
        var anchors: [(line: Int, id: String)] = []
        let sectionIDs: [SectionKind: String] = [
            .caseDescription: "casus", .actors: "actoren", .effects: "effecten", .values: "waarden",
            .options: "handelingsopties", .summary: "samenvatting", .nextSteps: "vervolg", .question: "vraagstelling",
            .reflection: "reflectie",
        ]
        for section in session.outline.sections {
            // A private or unknown section is no place in the report: findings there link nowhere.
            anchors.append((section.heading.location.line, section.kind.flatMap { sectionIDs[$0] } ?? ""))
        }
        if session.transition != nil, let heading = session.outline.sections.first(where: { $0.kind == .transition }) {
            anchors.append((heading.heading.location.line, "overgang"))
        }
        // `###` headings: a known direction or polarity to its heading in the report; an unknown one to the
        // group of what is not sorted yet (there only when something stands under it).
        let unsortedOptions = session.options.contains { $0.direction == nil }
        for heading in session.outline.directionHeadings {
            let id = Direction(reading: heading.title).map { "richting-\($0.rawValue)" } ?? (unsortedOptions ? "zonder-richting" : "handelingsopties")
            anchors.append((heading.location.line, id))
        }
        let polarities = Set(session.effects.compactMap(\.polarity))
        let unsortedEffects = session.effects.contains { $0.polarity == nil }
        for heading in session.outline.polarityHeadings {
            let polarity = Polarity(reading: heading.title)
            let id = polarity.map { polarities.contains($0) ? ($0 == .positive ? "positief" : "negatief") : "effecten" }
                ?? (unsortedEffects ? "niet-ingedeeld" : "effecten")
            anchors.append((heading.location.line, id))
        }
        anchors += session.actors.map { ($0.location.line, "actor-\($0.id)") }
        anchors += session.effects.map { ($0.location.line, $0.id) }
        anchors += session.values.filter(\.isListed).map { ($0.location.line, "waarde-\($0.id)") }
        anchors += session.options.map { ($0.location.line, $0.id) }
        return anchors.filter { $0.line > 0 }.sorted { ($0.line, $0.id) < ($1.line, $1.id) }
    }

    /// The last anchor at or before `line`; nil before the first (the front matter) or in a private section.
    static func anchor(for line: Int, in anchors: [(line: Int, id: String)]) -> String? {
        guard let last = anchors.last(where: { $0.line <= line }), !last.id.isEmpty else { return nil }
        return last.id
    }
}
