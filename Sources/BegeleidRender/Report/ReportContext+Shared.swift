import BegeleidModel
import BegeleidMustache

extension ReportContext {
    /// What a report's context holds whatever its format: the session's fields, participants, figures
    /// and matrix, and each actor, effect and option without its text. Made once for a session's HTML
    /// and Markdown reports (issue 18: the Markdown context made it all a second time); each format
    /// adds the texts it renders (`ReportContext.make`).
    struct Shared {
        /// The top of the context.
        let top: ContextObject
        /// Each actor's, effect's and option's entry, in the session's order, without description, text or details.
        let actors: [ContextObject]
        let effects: [ContextObject]
        let options: [ContextObject]
        /// Which effects and options link each value (one pass; see `ValueLinks`).
        let links: ValueLinks

        init(session: Session, labels: Labels) {
            let parts = Parts(session: session, labels: labels)
            top = parts.top()
            actors = session.actors.map { ["id": .string($0.id), "name": .string($0.name)] }
            effects = session.effects.map(parts.effect)
            options = session.options.map(parts.option)
            links = parts.links
        }
    }

    /// The makers of `Shared`'s parts, with the names that references resolve to.
    private struct Parts {
        let session: Session
        let labels: Labels
        let valueNames: [String: String]
        let actorNames: [String: String]
        let links: ValueLinks

        init(session: Session, labels: Labels) {
            self.session = session
            self.labels = labels
            valueNames = Dictionary(session.values.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            actorNames = Dictionary(session.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            links = ValueLinks(session)
        }

        func top() -> ContextObject {
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
            context["phase"] = .optional(meta.phase.map(labels.phase))
            context["location"] = .optional(meta.location)
            context["moderator"] = .optional(meta.moderator)
            context["coModerator"] = .optional(meta.coModerator)
            let labelsList = meta.labels.joined(separator: ", ")
            context["labelsList"] = .optional(labelsList.isEmpty ? nil : labelsList)
            context.setList(participantGroups(), "participants")
            context["figures"] = .object(figures())
            context.setList(matrixRows(), "matrix")
            context["directionNames"] = .strings(Direction.allCases.map { labels.direction($0, short: true) })
            return context
        }

        func effect(_ effect: Effect) -> ContextObject {
            var entry: ContextObject = ["id": .string(effect.id)]
            linked(effect.values, into: &entry)
            mentioned(effect.actors, into: &entry)
            entry["positive"] = .bool(effect.polarity == .positive)
            entry["polarity"] = .string(effect.polarity?.rawValue ?? "unsorted")
            entry["sign"] = .string(effect.polarity.map { $0 == .positive ? "+" : "−" } ?? "?")
            return entry
        }

        func option(_ option: Option) -> ContextObject {
            var entry: ContextObject = ["id": .string(option.id)]
            linked(option.values, into: &entry)
            mentioned(option.actors, into: &entry)
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
            // As `linked`: an actor not declared (`@afdeling-parkeren`, only in a concept or the live preview) is shown as
            // typed, marked as a gap; the owner the room agreed on was not on the beamer (blind tester 44).
            let entries = references(refs, names: actorNames)
            let unresolved = refs.filter { $0.target == nil && !$0.text.isEmpty }
            entry.setList(entries.map { ["id": .string($0.id), "name": .string($0.name)] }
                          + unresolved.map { ["name": .string($0.text), "unresolved": true] }, "actors")
            entry["actorNames"] = .string((entries.map(\.name) + unresolved.map { "\($0.text) ?" }).joined(separator: ", "))
        }
    }
}
