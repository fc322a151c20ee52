import BegeleidModel
import BegeleidMustache

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

    func make() -> ContextObject {
        let meta = session.meta
        var context: ContextObject = [
            "lang": .string(labels.language.rawValue),
            "labels": labels.dictionary,
            "slug": .string(session.slug),
            // A concept typed from the scaffold may have no title yet.
            "title": .string(meta.title.isEmpty ? labels["untitled"] : meta.title),
            "pageTitle": .string("\(meta.title.isEmpty ? labels["untitled"] : meta.title) · \(labels["report"])"),
            "organisations": .string(meta.organisations.isEmpty ? labels["not_filled_in"] : meta.organisations.joined(separator: ", ")),
            "technology": .string(meta.technology.isEmpty ? labels["not_filled_in"] : meta.technology),
            "date": .string(labels.longDate(meta.date)),
            "isoDate": .string(meta.date),
            "namesPublic": .bool(meta.names == .public),
            "isPublic": .bool(meta.isPublic),
            "isDraft": .bool(meta.status == .draft),
        ]
        context["commissioner"] = .optional(meta.commissioner)
        context["question"] = .optional(format.blocks(session.question))
        context["reflection"] = .optional(format.blocks(session.reflection))
        context["followUp"] = session.review.map { .object(FollowUpContext(labels: labels, format: format).make($0, follows: meta.follows)) }
        context["transition"] = session.transition.flatMap(transition).map(MustacheValue.object)
        context["phase"] = .optional(meta.phase.map(labels.phase))
        context["location"] = .optional(meta.location)
        context["moderator"] = .optional(meta.moderator)
        context["coModerator"] = .optional(meta.coModerator)
        context["labelsList"] = .optional(nonEmpty(meta.labels.joined(separator: ", ")))
        context.setList(participantGroups(), "participants")
        context["summary"] = .optional(format.blocks(session.summary))
        context["case"] = .optional(format.blocks(session.caseDescription))
        context["nextSteps"] = .optional(format.blocks(session.nextSteps))
        context["figures"] = .object(figures())
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
        context["directions"] = .objects(Direction.allCases.map { direction($0, options: options) })
        context.setList(matrixRows(), "matrix")
        context["directionNames"] = .strings(Direction.allCases.map { labels.direction($0, short: true) })
        return context
    }

    private func nonEmpty<T: Collection>(_ value: T) -> T? { value.isEmpty ? nil : value }


    /// Participants grouped by role and organisation (in order of first
    /// appearance): two residents of different organisations are two rows.
    private func participantGroups() -> [ContextObject] {
        var order: [String] = []
        var groups: [String: [Participant]] = [:]
        for participant in session.meta.participants {
            let key = Names.key(participant.role) + "\u{1F}" + Names.key(participant.organisation ?? "")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(participant)
        }
        return order.map { key in
            let members = groups[key]!
            var entry: ContextObject = ["role": .string(members[0].role), "count": .int(members.count)]
            let organisations = Array(Set(members.compactMap(\.organisation))).sorted()
            let names = session.meta.names == .public ? members.compactMap(\.name).joined(separator: ", ") : ""
            // Always set, so a template never falls back to the session's own keys.
            entry["organisations"] = .string(organisations.joined(separator: ", "))
            entry["names"] = .string(names)
            entry["noOrganisations"] = .bool(organisations.isEmpty)
            entry["noNames"] = .bool(names.isEmpty)
            return entry
        }
    }

    private func figures() -> ContextObject {
        let options = session.options
        return [
            "positive": .int(session.effects.filter { $0.polarity == .positive }.count),
            "negative": .int(session.effects.filter { $0.polarity == .negative }.count),
            "values": .int(session.values.count),
            "core": .int(session.values.filter { $0.status == .core }.count),
            "parked": .int(session.values.filter { $0.status == .parked }.count),
            "options": .int(options.count),
            "technology": .int(options.filter { $0.direction == .technology }.count),
            "environment": .int(options.filter { $0.direction == .environment }.count),
            "human": .int(options.filter { $0.direction == .human }.count),
        ]
    }

    private func references(_ refs: [Reference], names: [String: String]) -> [(id: String, name: String)] {
        refs.distinctTargets.compactMap { id in names[id].map { (id, $0) } }
    }

    private func linked(_ refs: [Reference], into entry: inout ContextObject) {
        // A name that resolves to nothing (only in a concept or the live preview: a near miss of a
        // listed value) is shown as typed, marked as a gap, so the room sees it did not get lost.
        let resolved = references(refs, names: valueNames)
        let unresolved = refs.filter { $0.target == nil && !$0.text.isEmpty }
        entry.setList(resolved.map { ["id": .string($0.id), "name": .string($0.name)] }
                      + unresolved.map { ["name": .string($0.text), "unresolved": true] }, "values")
        let names = resolved.map(\.name) + unresolved.map(\.text)
        entry["valueNames"] = .string(names.joined(separator: ", "))
    }

    private func mentioned(_ refs: [Reference], into entry: inout ContextObject) {
        let entries = references(refs, names: actorNames)
        entry.setList(entries.map { ["id": .string($0.id), "name": .string($0.name)] }, "actors")
        entry["actorNames"] = .string(entries.map(\.name).joined(separator: ", "))
    }

    private func actor(_ actor: Actor) -> ContextObject {
        var entry: ContextObject = ["id": .string(actor.id), "name": .string(actor.name)]
        entry["description"] = .optional(format.inline(actor.description))
        entry["details"] = .optional(format.nested(actor.details))
        return entry
    }

    private func effect(_ effect: Effect) -> ContextObject {
        var entry: ContextObject = ["id": .string(effect.id), "text": .string(format.inline(effect.text) ?? "")]
        linked(effect.values, into: &entry)
        mentioned(effect.actors, into: &entry)
        entry["details"] = .optional(format.nested(effect.details))
        entry["positive"] = .bool(effect.polarity == .positive)
        entry["polarity"] = .string(effect.polarity?.rawValue ?? "unsorted")
        entry["sign"] = .string(effect.polarity.map { $0 == .positive ? "+" : "−" } ?? "?")
        return entry
    }

    private func option(_ option: Option) -> ContextObject {
        var entry: ContextObject = ["id": .string(option.id), "text": .string(format.inline(option.text) ?? "")]
        linked(option.values, into: &entry)
        mentioned(option.actors, into: &entry)
        entry["details"] = .optional(format.nested(option.details))
        entry["direction"] = .optional(option.direction.map { labels.direction($0, short: true) })
        entry["priority"] = .bool(option.isPriority)
        if let date = option.due?.date {
            entry["due"] = .string(labels.longDate(date))
            entry["isoDue"] = .string(date)
        } else if let due = option.due {
            entry["dueWritten"] = .string(due.written)
        }
        return entry
    }

    private func value(_ value: Value, effects: [ContextObject], options: [ContextObject]) -> ContextObject {
        var entry: ContextObject = [
            "id": .string(value.id), "name": .string(value.name), "core": .bool(value.status == .core), "unlisted": .bool(!value.isListed),
        ]
        entry["explanation"] = .optional(format.inline(value.explanation))
        entry["details"] = .optional(format.nested(value.details))
        entry.setList((links.effects[value.id] ?? []).map { effects[$0] }, "effects")
        entry.setList((links.options[value.id] ?? []).map { options[$0] }, "options")
        return entry
    }

    private func direction(_ direction: Direction, options: [ContextObject]) -> ContextObject {
        var entry: ContextObject = [
            "key": .string(direction.rawValue),
            "name": .string(labels.direction(direction)),
            "shortName": .string(labels.direction(direction, short: true)),
        ]
        // Priority options first, otherwise in the order of the notes.
        let indices = session.options.indices.filter { session.options[$0].direction == direction }
        let ordered = indices.filter { session.options[$0].isPriority } + indices.filter { !session.options[$0].isPriority }
        entry.setList(ordered.map { options[$0] }, "options")
        return entry
    }

    /// The votes of the transition, most first, each with a bar width relative to the most.
    private func transition(_ transition: Transition) -> ContextObject? {
        let counted = transition.votes.compactMap { vote -> (Vote, Int, Value)? in
            guard let count = vote.count, let id = vote.value.target, let value = session.values.first(where: { $0.id == id }) else {
                return nil
            }
            return (vote, count, value)
        }
        let ranked = counted.enumerated().sorted { ($0.element.1, $1.offset) > ($1.element.1, $0.offset) }.map(\.element)
        let most = max(1, ranked.first?.1 ?? 1)
        var entry: ContextObject = [:]
        entry.setList(ranked.map { vote, count, value in
            var row: ContextObject = [
                "id": .string(value.id), "name": .string(value.name), "count": .int(count), "core": .bool(value.status == .core),
                "width": .int(Int((Double(count) / Double(most) * 100).rounded())),
            ]
            row["remark"] = .optional(format.inline(vote.remark))
            return row
        }, "votes")
        entry["notes"] = .optional(format.blocks(transition.notes))
        return entry["notes"] == nil && counted.isEmpty ? nil : entry
    }

    private func matrixRows() -> [ContextObject] {
        let worked = session.values.filter { $0.status != .parked }
        return worked.map { value in
            let linking = (links.options[value.id] ?? []).map { session.options[$0].direction }
            let counts = Direction.allCases.map { direction in linking.filter { $0 == direction }.count }
            return [
                "id": .string(value.id),
                "name": .string(value.name),
                "core": .bool(value.status == .core),
                "cells": .objects(counts.map { ["count": .int($0), "empty": .bool($0 == 0)] }),
                "total": .int(counts.reduce(0, +)),
            ]
        }
    }
}
