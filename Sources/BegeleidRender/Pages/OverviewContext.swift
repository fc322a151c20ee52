import BegeleidModel
import BegeleidMustache
import BegeleidOverview

/// Builds the data of `overzicht.html` from an `Overview`, in the index language.
struct OverviewContext {
    let overview: Overview
    let labels: Labels
    /// The vocabulary of values: its ALTAI requirements group the values.
    var vocabulary = ValueVocabulary()
    /// Notes that have errors now, so their sessions are not counted (said under the intro: a policy adviser saw the
    /// index list a session the overview and the tables left out, unsaid). Always 0 in a public build.
    var withErrors = 0
    /// Concepts (`status: concept`), not counted either (a tester: the page said nothing of them). 0 in a public build.
    var drafts = 0
    /// Whether the project's `waarden.yaml` was read: its synonyms count too (the page named it where there was none).
    var ownSynonyms = false
    static let chartLimit = 25
    static let optionLimit = 30

    /// The first sentence: how many sessions, over which dates, with how many values. No session counted (every
    /// note a concept or with errors) gives no date range ("0 sessies van tot ," it read), one session its one date.
    /// Then how values are counted as one: waarden.yaml named only where the project has one (a tester: the page
    /// named a file the input did not have).
    func introText() -> String {
        let dates = overview.sessions.map(\.date).sorted()
        guard let first = dates.first, let last = dates.last else { return labels["overview_intro_none"] }
        let values = "\(overview.values.count)"
        let sameName = labels[ownSynonyms ? "overview_same_name_synonyms" : "overview_same_name"]
        if dates.count == 1 { return labels.fill("overview_intro_one", ["datum": labels.longDate(first), "waarden": values]) + " " + sameName }
        return labels.fill("overview_intro", [
            "sessies": "\(dates.count)", "van": labels.longDate(first), "tot": labels.longDate(last), "waarden": values,
        ]) + " " + sameName
    }

    /// What is not counted: notes with errors now, and concepts; each said with its own number ("1 bestand(en)").
    func notCountedText() -> String {
        let errors = withErrors == 1 ? labels["overview_with_errors_one"] : labels.fill("overview_with_errors", ["aantal": "\(withErrors)"])
        let concepts = drafts == 1 ? labels["overview_drafts_one"] : labels.fill("overview_drafts", ["aantal": "\(drafts)"])
        return (withErrors > 0 ? " " + errors : "") + (drafts > 0 ? " " + concepts : "")
    }

    func make() -> ContextObject {
        let intro = introText() + notCountedText()
        var context: ContextObject = [
            "lang": .string(labels.language.rawValue),
            "labels": labels.dictionary,
            "pageTitle": .string("\(labels["overview_title"]) · \(labels["approach"])"),
            "wide": true,
            "intro": .string(intro),
            "directionNames": .strings(Direction.allCases.map { labels.direction($0, short: true) }),
            "phaseNames": .strings(Phase.allCases.map(labels.phase)),
        ]
        let anchors = uniqueAnchors()
        // Made once, not once per value (values × sessions).
        let languages = Dictionary(overview.sessions.map { ($0.slug, $0.language.rawValue) }, uniquingKeysWith: { first, _ in first })
        context.setList(overview.values.map { row($0, anchor: anchors[$0.key] ?? $0.key, languages: languages) }, "values")
        let charted = Array(overview.values.prefix(Self.chartLimit))
        context["chart"] = .string(BarChartSVG.render(
            charted.map { BarChartSVG.Bar(label: $0.name, segments: Self.involvement($0).inOrder) },
            title: labels["overview_chart_title"], description: labels["overview_chart_desc"],
            legend: involvementNames))
        context["involvementNames"] = .strings(involvementNames)
        context.setList(technologyTables(), "technologies")
        context.setList(altaiGroups(), "altai")
        if overview.values.count > Self.chartLimit {
            context["chartNote"] = .string(labels.fill("overview_chart_more", ["n": "\(Self.chartLimit)"]))
        }
        // Counted once by Overview: looking each label up in every session was quadratic (8,000 labels: 4.8 s).
        context.setList(groups(overview.labels, count: { overview.sessionsPerLabel[$0] ?? 0 }, of: \.byLabel), "groups")
        context["hasLabels"] = .bool(!overview.labels.isEmpty)
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

    private func row(_ value: Overview.ValueSummary, anchor: String, languages: [String: String]) -> ContextObject {
        let others = value.spellings.filter { $0 != value.name }
        var entry: ContextObject = [
            "name": .string(value.name), "anchor": .string(anchor), "sessionCount": .int(value.sessions.count),
            "coreCount": .int(value.coreIn.count),
            "involvement": Self.cells(Self.involvement(value).inOrder),
            "directions": Self.cells(Direction.allCases.map { value.directions[$0] ?? 0 }),
            "phases": Self.cells(Phase.allCases.map { value.byPhase[$0] ?? 0 }),
            "otherSpellings": .string(others.joined(separator: ", ")), "hasOtherSpellings": .bool(!others.isEmpty),
        ]
        // A value named in hundreds of sessions: the first ones here, all of them in the data.
        let hidden = max(0, value.optionCount - min(Self.optionLimit, value.options.count))
        entry["moreOptions"] = .optional(hidden > 0 ? labels.fill("overview_more_options", ["n": "\(hidden)"]) : nil)
        entry.setList(value.options.prefix(Self.optionLimit).map { proposed in
            [
                "direction": .string(proposed.option.direction.map { labels.direction($0, short: true) } ?? ""),
                "text": .string(FragmentFormat.html.inline(proposed.option.text) ?? ""),
                "session": .string(proposed.session), "sessionTitle": .string(proposed.sessionTitle),
                "lang": .string(languages[proposed.session] ?? labels.language.rawValue),
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
    ) -> [ContextObject] {
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
                "name": .string(name), "sessionCount": .int(sessions),
                "sessionWord": .string(labels[sessions == 1 ? "session_one" : "session_many"]),
                "entries": .objects(entries.enumerated().map {
                    ["name": .string($0.element.0), "count": .int($0.element.1), "last": .bool($0.offset == entries.count - 1)]
                }),
            ]
        }
    }
}
