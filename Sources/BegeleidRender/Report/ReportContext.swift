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
    /// What the context holds in either format (`ReportContext+Shared`).
    private let shared: Shared

    /// `shared` made for the same session and labels, when the session's other report made it already.
    init(session: Session, labels: Labels, format: FragmentFormat, shared: Shared? = nil) {
        self.session = session
        self.labels = labels
        self.format = format
        self.shared = shared ?? Shared(session: session, labels: labels)
    }

    func make() -> ContextObject {
        let meta = session.meta
        var context = shared.top
        context["question"] = .optional(format.blocks(session.question))
        context["reflection"] = .optional(format.blocks(session.reflection))
        context["followUp"] = session.review.map { .object(FollowUpContext(labels: labels, format: format, asOf: meta.date).make($0, follows: meta.follows)) }
        // A follow-up whose series is not reviewed yet (an earlier session has errors or is a concept) says so: its
        // report had no follow-up part and no word of why (blind tester 40). One whose `vervolg_op` is itself wrong (a
        // concept, or the live preview) says what is wrong: it said it waited for the earlier sessions. (A public build
        // that may not show the series has no `follows` left: SessionReports.begin.)
        if session.review == nil, let follows = meta.follows {
            let text = labels[session.followsProblem.map { "follow_up_\($0.rawValue)" } ?? "follow_up_waiting"]
            context["followUpWaiting"] = .object(["slug": .string(follows), "text": .string(text)])
        }
        context["transition"] = session.transition.flatMap(transition).map(MustacheValue.object)
        context["summary"] = .optional(format.blocks(session.summary))
        context["case"] = .optional(format.blocks(session.caseDescription))
        context["nextSteps"] = .optional(format.blocks(session.nextSteps))
        context.setList(zip(session.actors, shared.actors).map(actor), "actors")
        // Each effect and option is made once and shared wherever it appears.
        let effects = zip(session.effects, shared.effects).map(effect)
        let options = zip(session.options, shared.options).map(option)
        context.setList(session.effects.indices.filter { session.effects[$0].polarity == .positive }.map { effects[$0] }, "positiveEffects")
        context.setList(session.effects.indices.filter { session.effects[$0].polarity == .negative }.map { effects[$0] }, "negativeEffects")
        // A concept's gaps, shown where they are.
        context.setList(session.effects.indices.filter { session.effects[$0].polarity == nil }.map { effects[$0] }, "unsortedEffects")
        context.setList(session.options.indices.filter { session.options[$0].direction == nil }.map { options[$0] }, "unsortedOptions")
        let worked = session.values.filter { $0.status == .core } + session.values.filter { $0.status == .regular }
        context.setList(worked.map { value($0, effects: effects, options: options) }, "values")
        context.setList(session.values.filter { $0.status == .parked }.map { value($0, effects: effects, options: options) }, "parkedValues")
        context["directions"] = .objects(Direction.allCases.map { direction($0, options: options) })
        // A concept without effects or values yet says so where they will be, as for the case and the actors.
        context["hasAnyEffects"] = .bool(!session.effects.isEmpty)
        context["hasAnyValues"] = .bool(!session.values.isEmpty)
        return context
    }

    private func actor(_ actor: Actor, base: ContextObject) -> ContextObject {
        var entry = base
        entry["description"] = .optional(format.inline(actor.description))
        entry["details"] = .optional(format.nested(actor.details))
        return entry
    }

    private func effect(_ effect: Effect, base: ContextObject) -> ContextObject {
        var entry = base
        entry["text"] = .string(format.inline(effect.text) ?? "")
        entry["details"] = .optional(format.nested(effect.details))
        return entry
    }

    private func option(_ option: Option, base: ContextObject) -> ContextObject {
        var entry = base
        entry["text"] = .string(format.inline(option.text) ?? "")
        entry["details"] = .optional(format.nested(option.details))
        return entry
    }

    private func value(_ value: Value, effects: [ContextObject], options: [ContextObject]) -> ContextObject {
        var entry: ContextObject = [
            "id": .string(value.id), "name": .string(value.name), "core": .bool(value.status == .core), "unlisted": .bool(!value.isListed),
        ]
        entry["explanation"] = .optional(format.inline(value.explanation))
        entry["details"] = .optional(format.nested(value.details))
        entry.setList((shared.links.effects[value.id] ?? []).map { effects[$0] }, "effects")
        entry.setList((shared.links.options[value.id] ?? []).map { options[$0] }, "options")
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
        // Each vote with the value it names, counted or not. A name that resolves to nothing (only in a concept or the
        // live preview: a near miss, `Duurzaamhied: 2`) is shown as typed, marked as a gap: the room saw its vote vanish
        // (blind tester 44).
        let named = transition.votes.compactMap { vote -> (Vote, Value?)? in
            guard let id = vote.value.target else { return vote.value.text.isEmpty ? nil : (vote, nil) }
            return session.values.first { $0.id == id }.map { (vote, $0) }
        }
        func row(_ vote: Vote, _ value: Value?) -> ContextObject {
            var row: ContextObject = ["name": .string(value?.name ?? vote.value.text), "core": .bool(value?.status == .core), "unresolved": .bool(value == nil)]
            row["id"] = value.map { .string($0.id) }
            row["remark"] = .optional(format.inline(vote.remark))
            return row
        }
        let counted = named.compactMap { vote, value in vote.count.map { (vote, $0, value) } }
        let uncounted = named.filter { $0.0.count == nil }
        let ranked = counted.enumerated().sorted { ($0.element.1, $1.offset) > ($1.element.1, $0.offset) }.map(\.element)
        let most = max(1, ranked.first?.1 ?? 1)
        var entry: ContextObject = [:]
        entry.setList(ranked.map { vote, count, value in
            var row = row(vote, value)
            row["count"] = .int(count)
            row["width"] = .int(Int((Double(count) / Double(most) * 100).rounded()))
            return row
        } + uncounted.map { vote, value in
            // A count not written as a whole number (`Veiligheid: twaalf`) stays in the table, marked, where it was
            // left out as if the value got no votes (blind tester 38); a finding says what to write.
            var row = row(vote, value)
            row["width"] = .int(0)
            row["written"] = .string(vote.written)
            row["uncounted"] = true
            return row
        }, "votes")
        entry["leadIn"] = .optional(format.blocks(transition.leadIn))
        entry["notes"] = .optional(format.blocks(transition.notes))
        return entry["leadIn"] == nil && entry["notes"] == nil && counted.isEmpty && uncounted.isEmpty ? nil : entry
    }
}
