import BegeleidModel

/// Each of the three directions should have at least one option.
struct EmptyDirectionRule: Rule {
    let code = "direction-empty"

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        guard let section = session.outline.first(.options)?.location, !session.options.isEmpty else { return }
        let used = Set(session.options.compactMap(\.direction))
        for direction in Direction.allCases where !used.contains(direction) {
            // At the direction's own (empty) heading when there is one.
            let heading = session.outline.directionHeadings.first { Direction(heading: $0.title) == direction }
            diagnostics.append(finding(
                .warning, session, at: heading?.location ?? section,
                nl: "de richting \(direction.dutchName) heeft geen handelingsopties",
                en: "the direction \(direction.englishName) has no options"))
        }
    }
}

extension Direction {
    var dutchName: String {
        switch self {
        case .technology: return "Technologie"
        case .environment: return "Omgeving"
        case .human: return "Mens"
        }
    }

    var englishName: String {
        switch self {
        case .technology: return "Technology"
        case .environment: return "Environment"
        case .human: return "Human"
        }
    }
}
