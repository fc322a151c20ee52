import BegeleidModel

/// Each of the three directions should have at least one option.
struct EmptyDirectionRule: Rule {
    let code: DiagnosticCode = .directionEmpty

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        guard let section = session.outline.first(.options)?.location, !session.options.isEmpty else { return }
        let headings = session.outline.directionHeadings
        // An unknown direction heading is the real problem (an error of its own).
        guard headings.allSatisfy({ Direction(reading: $0.title) != nil }) else { return }
        for heading in headings where !session.options.contains(where: { $0.heading == heading.title }) {
            let covered = session.options.contains { $0.direction == Direction(reading: heading.title) }
            guard covered else { continue }
            diagnostics.append(finding(
                .warning, session, at: heading.location,
                nl: "onder de kop “\(heading.title)” staan geen handelingsopties",
                en: "there are no options under the heading “\(heading.title)”"))
        }
        let used = Set(session.options.compactMap(\.direction))
        for direction in Direction.allCases where !used.contains(direction) {
            // At the direction's own (empty) heading when there is one.
            let heading = session.outline.directionHeadings.first { Direction(reading: $0.title) == direction }
            diagnostics.append(finding(
                .warning, session, at: heading?.location ?? section,
                nl: "de richting \(direction.dutchName) heeft geen handelingsopties",
                en: "the direction \(direction.englishName) has no options"))
        }
    }
}
