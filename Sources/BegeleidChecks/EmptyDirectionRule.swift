import BegeleidModel

/// Each of the three directions should have at least one option.
struct EmptyDirectionRule: Rule {
    let code = "direction-empty"

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        guard let location = session.outline.first(.options)?.location else { return }
        let used = Set(session.options.compactMap(\.direction))
        for direction in Direction.allCases where !used.contains(direction) {
            diagnostics.append(finding(
                .warning, session, at: location,
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
