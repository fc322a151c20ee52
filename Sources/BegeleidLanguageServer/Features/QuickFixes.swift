import BegeleidModel

/// The edits each kind of finding can be fixed with (titles Dutch first, English alongside).
struct QuickFixes {
    struct Fix {
        var title: String
        var edits: [TextEdit]
        var preferred: Bool
    }

    let analysis: Analysis

    func fixes(for finding: Diagnostic) -> [Fix] {
        var fixes: [Fix] = []
        if let suggestion = finding.suggestion {
            fixes.append(Fix(title: "Vervang door “\(suggestion)” / replace with “\(suggestion)”",
                             edits: [TextEdit(range: nameRange(finding), newText: suggestion)], preferred: true))
        }
        switch finding.code {
        case .valueUnknown: fixes += addValue(finding)
        case .directionEmpty: fixes += addDirections(finding)
        case .valueWithoutOption: fixes += park(finding)
        default: break
        }
        return fixes
    }

    /// The name a finding is about: the whole reference when one starts there, a heading's title when the finding
    /// stands at its `#` and suggests a name, else the finding's range.
    private func nameRange(_ finding: Diagnostic) -> Range {
        if let title = headingTitle(finding) { return title }
        let references = (analysis.session?.effects.flatMap { $0.values + $0.actors } ?? [])
            + (analysis.session?.options.flatMap { $0.values + $0.actors } ?? [])
        if let reference = references.first(where: { $0.location == finding.location }) {
            let mention = analysis.index.line(finding.location.line).unicodeScalars
                .dropFirst(finding.location.column - 1).first == "@" ? 1 : 0
            let start = SourceLocation(line: finding.location.line, column: finding.location.column + mention)
            return analysis.index.range(start, columns: reference.text.unicodeScalars.count)
        }
        return LSPDiagnosticRange.range(of: finding, in: analysis.index)
    }

    /// The title of the heading a finding stands at (`## Efects` → `Efects`), when its suggestion is a name
    /// (`Effecten`), not a heading (`## Vervolg`, which takes the finding's own range): the suggestion replaced the
    /// `##` (“## Bijlagen” became “Samenvatting Bijlagen”).
    private func headingTitle(_ finding: Diagnostic) -> Range? {
        guard let suggestion = finding.suggestion, !suggestion.hasPrefix("#") else { return nil }
        let scalars = Array(analysis.index.line(finding.location.line).unicodeScalars)
        let from = finding.location.column - 1
        guard from >= 0, from < scalars.count, scalars[from] == "#" else { return nil }
        let blank = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\t" || scalar == "\r" }
        var start = from
        while start < scalars.count, scalars[start] == "#" { start += 1 }
        guard start < scalars.count, blank(scalars[start]) else { return nil }
        while start < scalars.count, blank(scalars[start]) { start += 1 }
        var end = scalars.count
        while end > start, blank(scalars[end - 1]) { end -= 1 }
        guard end > start else { return nil }
        return analysis.index.range(SourceLocation(line: finding.location.line, column: start + 1), columns: end - start)
    }

    /// `- Name` added at the end of `## Waarden` (a new section when there is none).
    private func addValue(_ finding: Diagnostic) -> [Fix] {
        let references = (analysis.session?.effects.flatMap(\.values) ?? []) + (analysis.session?.options.flatMap(\.values) ?? [])
        guard let name = references.first(where: { $0.location == finding.location })?.text else { return [] }
        let edit = append(lines: ["- \(name)"], to: .values, heading: "## Waarden")
        return [Fix(title: "Voeg “\(name)” toe aan ## Waarden / add “\(name)” to ## Waarden", edits: [edit], preferred: false)]
    }

    /// `### Mens` (and so on) added at the end of `## Handelingsopties` for each direction without a heading.
    private func addDirections(_ finding: Diagnostic) -> [Fix] {
        guard let session = analysis.session else { return [] }
        let present = Set(session.outline.directionHeadings.compactMap { Direction(reading: $0.title) })
        let used = Set(session.options.compactMap(\.direction))
        return Direction.allCases.filter { !present.contains($0) && !used.contains($0) }
            .map { direction in
                let name = direction.headings[0]
                let edit = append(lines: ["", "### \(name)"], to: .options, heading: "## Handelingsopties")
                return Fix(title: "Voeg “### \(name)” toe / add “### \(name)”", edits: [edit], preferred: false)
            }
    }

    /// ` (geparkeerd)` after the value's name in its declaration.
    private func park(_ finding: Diagnostic) -> [Fix] {
        guard let value = analysis.session?.values.first(where: { $0.location == finding.location && $0.isListed }),
              value.status != .parked else { return [] }
        let end = analysis.index.range(value.location, columns: value.name.unicodeScalars.count).end
        return [Fix(title: "Markeer “\(value.name)” als geparkeerd / mark “\(value.name)” as parked",
                    edits: [TextEdit(range: Range(start: end, end: end), newText: " (geparkeerd)")], preferred: false)]
    }

    /// Lines inserted after the last filled line of a section, or a new section at the end of the file.
    private func append(lines: [String], to kind: SectionKind, heading: String) -> TextEdit {
        let index = analysis.index
        let newline = index.lineEnd
        if let span = analysis.sectionSpans.first(where: { $0.section.kind == kind }) {
            let end = index.lineRange(analysis.lastFilledLine(in: span.lines)).end
            return TextEdit(range: Range(start: end, end: end), newText: lines.map { newline + $0 }.joined())
        }
        let end = index.lineRange(index.lines.count).end
        return TextEdit(range: Range(start: end, end: end),
                        newText: newline + newline + heading + newline + lines.joined(separator: newline) + newline)
    }
}
