import BegeleidModel

/// Builds the data a report template sees, from a publishable session.
///
/// Plain texts are escaped by the template; fragments (keys ending in
/// `HTML`/`Text` rendered from the notes' Markdown) are inserted raw with
/// `{{{…}}}`, which is safe because cmark-gfm rendered them with raw HTML
/// removed. Keys are left out when empty, so `{{#key}}` tests presence.
struct ReportContext {
    let session: Session
    let labels: Labels
    let format: FragmentFormat
    private let valueNames: [String: String]
    private let actorNames: [String: String]
    /// Which effects and options link each value (one pass; see `ValueLinks`).
    private let links: ValueLinks

    init(session: Session, labels: Labels, format: FragmentFormat) {
        self.session = session
        self.labels = labels
        self.format = format
        valueNames = Dictionary(session.values.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        actorNames = Dictionary(session.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        links = ValueLinks(session)
    }

    func make() -> [String: Any] {
        let meta = session.meta
        var context: [String: Any] = [
            "lang": labels.language.rawValue,
            "labels": labels.dictionary,
            "slug": session.slug,
            // A concept typed from the scaffold may have no title yet.
            "title": meta.title.isEmpty ? labels["untitled"] : meta.title,
            "pageTitle": "\(meta.title.isEmpty ? labels["untitled"] : meta.title) · \(labels["report"])",
            "organisations": meta.organisations.isEmpty ? labels["not_filled_in"] : meta.organisations.joined(separator: ", "),
            "technology": meta.technology.isEmpty ? labels["not_filled_in"] : meta.technology,
            "date": labels.longDate(meta.date),
            "isoDate": meta.date,
            "namesPublic": meta.names == .public,
            "isPublic": meta.isPublic,
            "isDraft": meta.status == .draft,
        ]
        context["commissioner"] = meta.commissioner
        context["question"] = format.blocks(session.question)
        context["reflection"] = format.blocks(session.reflection)
        context["followUp"] = session.review.map { FollowUpContext(labels: labels, format: format).make($0, follows: meta.follows) }
        context["transition"] = session.transition.flatMap(transition)
        context["phase"] = meta.phase.map(labels.phase)
        context["location"] = meta.location
        context["moderator"] = meta.moderator
        context["coModerator"] = meta.coModerator
        context["labelsList"] = nonEmpty(meta.labels.joined(separator: ", "))
        context.setList(participantGroups(), "participants")
        context["summary"] = format.blocks(session.summary)
        context["case"] = format.blocks(session.caseDescription)
        context["nextSteps"] = format.blocks(session.nextSteps)
        context["figures"] = figures()
        context.setList(session.actors.map(actor), "actors")
        // Each effect and option is made once and shared wherever it appears.
        let effects = session.effects.map(effect)
        let options = session.options.map(option)
        context.setList(session.effects.indices.filter { session.effects[$0].polarity == .positive }.map { effects[$0] }, "positiveEffects")
        context.setList(session.effects.indices.filter { session.effects[$0].polarity == .negative }.map { effects[$0] }, "negativeEffects")
        // A concept's gaps, shown where they are.
        context.setList(session.effects.indices.filter { session.effects[$0].polarity == nil }.map { effects[$0] }, "unsortedEffects")
        context.setList(session.options.indices.filter { session.options[$0].direction == nil }.map { options[$0] }, "unsortedOptions")
        let worked = session.values.filter { $0.status == .core } + session.values.filter { $0.status == .regular }
        context.setList(worked.map { value($0, effects: effects, options: options) }, "values")
        context.setList(session.values.filter { $0.status == .parked }.map { value($0, effects: effects, options: options) }, "parkedValues")
        context["directions"] = Direction.allCases.map { direction($0, options: options) }
        context.setList(matrixRows(), "matrix")
        context["directionNames"] = Direction.allCases.map { labels.direction($0, short: true) }
        return context
    }

    private func nonEmpty<T: Collection>(_ value: T) -> T? { value.isEmpty ? nil : value }


    /// Participants grouped by role and organisation (in order of first
    /// appearance): two residents of different organisations are two rows.
    private func participantGroups() -> [[String: Any]] {
        var order: [String] = []
        var groups: [String: [Participant]] = [:]
        for participant in session.meta.participants {
            let key = Names.key(participant.role) + "\u{1F}" + Names.key(participant.organisation ?? "")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(participant)
        }
        return order.map { key in
            let members = groups[key]!
            var entry: [String: Any] = ["role": members[0].role, "count": members.count]
            let organisations = Array(Set(members.compactMap(\.organisation))).sorted()
            // Always set, so a template never falls back to the session's own keys.
            entry["organisations"] = organisations.joined(separator: ", ")
            entry["names"] = session.meta.names == .public ? members.compactMap(\.name).joined(separator: ", ") : ""
            entry["noOrganisations"] = organisations.isEmpty
            entry["noNames"] = (entry["names"] as? String)?.isEmpty ?? true
            return entry
        }
    }

    private func figures() -> [String: Any] {
        let options = session.options
        return [
            "positive": session.effects.filter { $0.polarity == .positive }.count,
            "negative": session.effects.filter { $0.polarity == .negative }.count,
            "values": session.values.count,
            "core": session.values.filter { $0.status == .core }.count,
            "parked": session.values.filter { $0.status == .parked }.count,
            "options": options.count,
            "technology": options.filter { $0.direction == .technology }.count,
            "environment": options.filter { $0.direction == .environment }.count,
            "human": options.filter { $0.direction == .human }.count,
        ]
    }

    private func references(_ refs: [Reference], names: [String: String]) -> [[String: Any]] {
        var seen: Set<String> = []
        return refs.compactMap { ref in
            guard let id = ref.target, seen.insert(id).inserted, let name = names[id] else { return nil }
            return ["id": id, "name": name]
        }
    }

    private func linked(_ refs: [Reference], into entry: inout [String: Any]) {
        // A name that resolves to nothing (only in a concept or the live preview: a near miss of a
        // listed value) is shown as typed, marked as a gap, so the room sees it did not get lost.
        let unresolved = refs.filter { $0.target == nil && !$0.text.isEmpty }.map { ["name": $0.text, "unresolved": true] as [String: Any] }
        let entries = references(refs, names: valueNames) + unresolved
        entry.setList(entries, "values")
        entry["valueNames"] = entries.compactMap { $0["name"] as? String }.joined(separator: ", ")
    }

    private func mentioned(_ refs: [Reference], into entry: inout [String: Any]) {
        let entries = references(refs, names: actorNames)
        entry.setList(entries, "actors")
        entry["actorNames"] = entries.compactMap { $0["name"] as? String }.joined(separator: ", ")
    }

    private func actor(_ actor: Actor) -> [String: Any] {
        var entry: [String: Any] = ["id": actor.id, "name": actor.name]
        entry["description"] = format.inline(actor.description)
        entry["details"] = format.nested(actor.details)
        return entry
    }

    private func effect(_ effect: Effect) -> [String: Any] {
        var entry: [String: Any] = ["id": effect.id, "text": format.inline(effect.text) ?? ""]
        linked(effect.values, into: &entry)
        mentioned(effect.actors, into: &entry)
        entry["details"] = format.nested(effect.details)
        entry["positive"] = effect.polarity == .positive
        entry["polarity"] = effect.polarity?.rawValue ?? "unsorted"
        entry["sign"] = effect.polarity.map { $0 == .positive ? "+" : "−" } ?? "?"
        return entry
    }

    private func option(_ option: Option) -> [String: Any] {
        var entry: [String: Any] = ["id": option.id, "text": format.inline(option.text) ?? ""]
        linked(option.values, into: &entry)
        mentioned(option.actors, into: &entry)
        entry["details"] = format.nested(option.details)
        entry["direction"] = option.direction.map { labels.direction($0, short: true) }
        entry["priority"] = option.isPriority
        if let date = option.due?.date {
            entry["due"] = labels.longDate(date)
            entry["isoDue"] = date
        } else if let due = option.due {
            entry["dueWritten"] = due.written
        }
        return entry
    }

    private func value(_ value: Value, effects: [[String: Any]], options: [[String: Any]]) -> [String: Any] {
        var entry: [String: Any] = ["id": value.id, "name": value.name, "core": value.status == .core, "unlisted": !value.isListed]
        entry["explanation"] = format.inline(value.explanation)
        entry["details"] = format.nested(value.details)
        entry.setList((links.effects[value.id] ?? []).map { effects[$0] }, "effects")
        entry.setList((links.options[value.id] ?? []).map { options[$0] }, "options")
        return entry
    }

    private func direction(_ direction: Direction, options: [[String: Any]]) -> [String: Any] {
        var entry: [String: Any] = [
            "key": direction.rawValue,
            "name": labels.direction(direction),
            "shortName": labels.direction(direction, short: true),
        ]
        // Priority options first, otherwise in the order of the notes.
        let indices = session.options.indices.filter { session.options[$0].direction == direction }
        let ordered = indices.filter { session.options[$0].isPriority } + indices.filter { !session.options[$0].isPriority }
        entry.setList(ordered.map { options[$0] }, "options")
        return entry
    }

    /// The votes of the transition, most first, each with a bar width relative to the most.
    private func transition(_ transition: Transition) -> [String: Any]? {
        let counted = transition.votes.compactMap { vote -> (Vote, Int, Value)? in
            guard let count = vote.count, let id = vote.value.target, let value = session.values.first(where: { $0.id == id }) else {
                return nil
            }
            return (vote, count, value)
        }
        let ranked = counted.enumerated().sorted { ($0.element.1, $1.offset) > ($1.element.1, $0.offset) }.map(\.element)
        let most = max(1, ranked.first?.1 ?? 1)
        var entry: [String: Any] = [:]
        entry.setList(ranked.map { vote, count, value in
            var row: [String: Any] = [
                "id": value.id, "name": value.name, "count": count, "core": value.status == .core,
                "width": Int((Double(count) / Double(most) * 100).rounded()),
            ]
            row["remark"] = format.inline(vote.remark)
            return row
        }, "votes")
        entry["notes"] = format.blocks(transition.notes)
        return entry["notes"] == nil && counted.isEmpty ? nil : entry
    }

    private func matrixRows() -> [[String: Any]] {
        let worked = session.values.filter { $0.status != .parked }
        return worked.map { value in
            let linking = (links.options[value.id] ?? []).map { session.options[$0].direction }
            let counts = Direction.allCases.map { direction in linking.filter { $0 == direction }.count }
            return [
                "id": value.id,
                "name": value.name,
                "core": value.status == .core,
                "cells": counts.map { ["count": $0, "empty": $0 == 0] as [String: Any] },
                "total": counts.reduce(0, +),
            ]
        }
    }
}
