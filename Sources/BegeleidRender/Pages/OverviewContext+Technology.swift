import BegeleidModel
import BegeleidMustache
import BegeleidOverview

extension OverviewContext {
    /// The column names of the four kinds of involvement, in order.
    var involvementNames: [String] {
        [labels["overview_core"], labels["overview_worked_out"], labels["overview_parked"], labels["overview_named_only"]]
    }

    /// Count cells of a table row: `{{#cells}}{{^empty}}{{count}}{{/empty}}{{/cells}}`.
    static func cells(_ counts: [Int]) -> MustacheValue {
        .list(counts.map { $0 >= 0 && $0 < smallCells.count ? smallCells[$0] : cell($0) })
    }

    private static func cell(_ count: Int) -> MustacheValue {
        ["count": .int(count), "empty": .bool(count == 0)]
    }

    /// The cells of the counts most tables hold, made once and shared (the value × technology tables
    /// of a large overview have tens of thousands of cells, a dictionary each).
    private static let smallCells = (0..<256).map(cell)

    static func involvement(_ value: Overview.ValueSummary) -> InvolvementCounts {
        InvolvementCounts(core: value.coreIn.count, workedOut: value.workedOutIn.count, parked: value.parkedIn.count,
                          namedOnly: value.namedOnlyIn.count)
    }

    /// The value × technology table: per technology its values with the four
    /// counts, first over all its sessions, then per label of those sessions.
    /// A label that all of them have is named under the first group, not given its
    /// own: its rows would be the same (blind tester 37: a technology of one session
    /// repeated its table once for each of its five labels).
    func technologyTables() -> [ContextObject] {
        overview.technologies.enumerated().map { index, technology in
            let sessions = overview.sessionsPerTechnology[technology] ?? 0
            // Each label with its key and its count of sessions, looked up once.
            let perLabel = (overview.labelsPerTechnology[technology] ?? []).map { label in
                let key = TechnologyLabel(technology: technology, label: label)
                return (label: label, key: key, sessions: overview.sessionsPerTechnologyLabel[key] ?? 0)
            }
            var all = group(labels["overview_all_sessions"], sessions: sessions, counts: { $0.byTechnology[technology] })
            let shared = perLabel.filter { $0.sessions == sessions }.map(\.label)
            if !shared.isEmpty { all["sharedLabels"] = .string(shared.joined(separator: ", ")) }
            var groups: [ContextObject] = [all]
            for own in perLabel where own.sessions != sessions {
                groups.append(group(own.label, sessions: own.sessions, counts: { $0.byTechnologyLabel[own.key] }))
            }
            return [
                "name": .string(technology), "anchor": .string("technologie-\(index + 1)"), "sessionCount": .int(sessions),
                "sessionWord": .string(labels[sessions == 1 ? "session_one" : "session_many"]), "groups": .objects(groups),
            ]
        }
    }

    /// One group of rows: the values counted there, most sessions first, then in the overview's order.
    private func group(_ name: String, sessions: Int, counts: (Overview.ValueSummary) -> InvolvementCounts?) -> ContextObject {
        let rows = overview.values.enumerated().compactMap { index, value -> (String, InvolvementCounts, Int)? in
            counts(value).map { (value.name, $0, index) }
        }.sorted { ($1.1.total, $0.2) < ($0.1.total, $1.2) }.map { ($0.0, $0.1) }
        return [
            "name": .string(name), "sessionCount": .int(sessions), "sessionWord": .string(labels[sessions == 1 ? "session_one" : "session_many"]),
            "rows": .objects(rows.map { name, counts in
                ["name": .string(name), "total": .int(counts.total), "counts": Self.cells(counts.inOrder)]
            }),
        ]
    }

    /// Per ALTAI requirement the values of the vocabulary that belong to it, with their sessions (only requirements with values).
    func altaiGroups() -> [ContextObject] {
        var requirements: [String: [AltaiRequirement]] = [:]
        for entry in vocabulary.entries { for name in entry.names { requirements[Names.key(name)] = entry.altai } }
        return AltaiRequirement.allCases.compactMap { requirement -> ContextObject? in
            let values = overview.values.filter { value in
                value.spellings.contains { requirements[Names.key($0)]?.contains(requirement) ?? false }
                    || (requirements[Names.key(value.name)]?.contains(requirement) ?? false)
            }
            guard !values.isEmpty else { return nil }
            return [
                "name": .string(labels.language == .dutch ? requirement.dutch : requirement.english),
                "entries": .objects(values.enumerated().map { index, value in
                    ["name": .string(value.name), "count": .int(value.sessions.count), "core": .int(value.coreIn.count),
                     "hasCore": .bool(!value.coreIn.isEmpty), "last": .bool(index == values.count - 1)]
                }),
            ]
        }
    }
}
