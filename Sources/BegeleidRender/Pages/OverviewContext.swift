import BegeleidModel
import BegeleidOverview

/// Builds the data of `overzicht.html` from an `Overview`, in the index language.
struct OverviewContext {
    let overview: Overview
    let labels: Labels
    /// The vocabulary of values: its ALTAI requirements group the values.
    var vocabulary = ValueVocabulary()
    static let chartLimit = 25
    static let optionLimit = 30

    func make() -> [String: Any] {
        let dates = overview.sessions.map(\.meta.date).sorted()
        let intro = labels.fill("overview_intro", [
            "sessies": "\(overview.sessions.count)", "van": dates.first.map(labels.longDate) ?? "",
            "tot": dates.last.map(labels.longDate) ?? "", "waarden": "\(overview.values.count)",
        ])
        var context: [String: Any] = [
            "lang": labels.language.rawValue,
            "labels": labels.dictionary,
            "pageTitle": "\(labels["overview_title"]) · \(labels["approach"])",
            "wide": true,
            "intro": intro,
            "directionNames": Direction.allCases.map { labels.direction($0, short: true) },
            "phaseNames": Phase.allCases.map(labels.phase),
        ]
        let anchors = uniqueAnchors()
        // Made once, not once per value (values × sessions).
        let languages = Dictionary(overview.sessions.map { ($0.slug, $0.meta.language.rawValue) }, uniquingKeysWith: { first, _ in first })
        context.setList(overview.values.map { row($0, anchor: anchors[$0.key] ?? $0.key, languages: languages) }, "values")
        let charted = Array(overview.values.prefix(Self.chartLimit))
        context["chart"] = BarChartSVG.render(
            charted.map { BarChartSVG.Bar(label: $0.name, segments: Self.involvement($0).inOrder) },
            title: labels["overview_chart_title"], description: labels["overview_chart_desc"],
            legend: involvementNames)
        context["involvementNames"] = involvementNames
        context.setList(technologyTables(), "technologies")
        context.setList(altaiGroups(), "altai")
        if overview.values.count > Self.chartLimit {
            context["chartNote"] = labels.fill("overview_chart_more", ["n": "\(Self.chartLimit)"])
        }
        // Counted once by Overview: looking each label up in every session was quadratic (8,000 labels: 4.8 s).
        context.setList(groups(overview.labels, count: { overview.sessionsPerLabel[$0] ?? 0 }, of: \.byLabel), "groups")
        context["hasLabels"] = !overview.labels.isEmpty
        context.setList(groups(overview.organisations, count: { overview.sessionsPerOrganisation[$0] ?? 0 }, of: \.byOrganisation),
                        "organisations")
        return context
    }

    /// Anchors for `#waarde-…`: the key as a slug, numbered when two collide.
    private func uniqueAnchors() -> [String: String] {
        var used: Set<String> = []
        var anchors: [String: String] = [:]
        for value in overview.values {
            let base = Names.slug(value.key).isEmpty ? "waarde" : Names.slug(value.key)
            var anchor = base
            var number = 2
            while !used.insert(anchor).inserted {
                anchor = "\(base)-\(number)"
                number += 1
            }
            anchors[value.key] = anchor
        }
        return anchors
    }

    private func row(_ value: Overview.ValueSummary, anchor: String, languages: [String: String]) -> [String: Any] {
        let others = value.spellings.filter { $0 != value.name }
        var entry: [String: Any] = [
            "name": value.name, "anchor": anchor, "sessionCount": value.sessions.count, "coreCount": value.coreIn.count,
            "involvement": Self.involvement(value).inOrder.map { ["count": $0, "empty": $0 == 0] },
            "directions": Direction.allCases.map { ["count": value.directions[$0] ?? 0, "empty": (value.directions[$0] ?? 0) == 0] },
            "phases": Phase.allCases.map { ["count": value.byPhase[$0] ?? 0, "empty": (value.byPhase[$0] ?? 0) == 0] },
            "otherSpellings": others.joined(separator: ", "), "hasOtherSpellings": !others.isEmpty,
        ]
        // A value named in hundreds of sessions: the first ones here, all of them in the data.
        let hidden = max(0, value.optionCount - min(Self.optionLimit, value.options.count))
        entry["moreOptions"] = hidden > 0 ? labels.fill("overview_more_options", ["n": "\(hidden)"]) : nil
        entry.setList(value.options.prefix(Self.optionLimit).map { proposed in
            [
                "direction": proposed.option.direction.map { labels.direction($0, short: true) } ?? "",
                "text": FragmentFormat.html.inline(proposed.option.text) ?? "",
                "session": proposed.session, "sessionTitle": proposed.sessionTitle,
                "lang": languages[proposed.session] ?? labels.language.rawValue,
            ]
        }, "options")
        return entry
    }

    /// Per label (or organisation): its sessions, and the values named there, most frequent first.
    /// One group per name (label or organisation) with the values counted
    /// under it; `of` gives a value's counts by name. Each count is visited
    /// once (values × names would be quadratic for a session with many labels).
    private func groups(
        _ names: [String], count: (String) -> Int, of: (Overview.ValueSummary) -> [String: Int]
    ) -> [[String: Any]] {
        var byName: [String: [(name: String, key: String, count: Int)]] = [:]
        for value in overview.values {
            let key = Names.key(value.name)
            for (name, number) in of(value) { byName[name, default: []].append((value.name, key, number)) }
        }
        return names.map { name in
            let entries = (byName[name] ?? []).sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
                .map { ($0.name, $0.count) }
            let sessions = count(name)
            return [
                "name": name, "sessionCount": sessions,
                "sessionWord": labels[sessions == 1 ? "session_one" : "session_many"],
                "entries": entries.enumerated().map { ["name": $0.element.0, "count": $0.element.1, "last": $0.offset == entries.count - 1] },
            ]
        }
    }
}
