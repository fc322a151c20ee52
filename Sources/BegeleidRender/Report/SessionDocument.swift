import BegeleidModel
import Foundation

/// `sessie.json`: the typed model of one session as a stable, documented
/// JSON document (see docs/sessie-json.md). References are ids; free text is
/// sanitised CommonMark. Optional fields are left out when absent.
public struct SessionDocument: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 2

    public struct ActorEntry: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var description: String?
        public var details: String?
    }

    public struct EffectEntry: Codable, Sendable, Equatable {
        public var id: String
        public var polarity: Polarity
        public var text: String
        public var values: [String]
        public var actors: [String]
        public var details: String?
    }

    public struct ValueEntry: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var status: Value.Status
        /// `false` for a value a concept names but does not list yet; absent otherwise.
        public var listed: Bool?
        public var explanation: String?
        public var details: String?
        public var effects: [String]
        public var options: [String]
    }

    public struct OptionEntry: Codable, Sendable, Equatable {
        public var id: String
        public var direction: Direction
        public var text: String
        public var values: [String]
        public var actors: [String]
        public var details: String?
        /// `true` for a priority option; absent otherwise.
        public var priority: Bool?
        /// The ISO date it should be done by.
        public var due: String?
    }

    /// `## Overgang`: the votes per value and what else was said.
    public struct TransitionEntry: Codable, Sendable, Equatable {
        public struct VoteEntry: Codable, Sendable, Equatable {
            public var value: String
            public var votes: Int
            public var remark: String?
        }

        public var votes: [VoteEntry]
        /// The text before the first vote.
        public var leadIn: String?
        public var notes: String?
    }

    /// `## Opvolging` of a follow-up: each earlier option it gave a status, and the open ones it did not discuss.
    public struct FollowUpEntry: Codable, Sendable, Equatable {
        public struct Item: Codable, Sendable, Equatable {
            /// The slug of the earlier session and the id of its option.
            public var session: String
            public var option: String
            public var status: FollowUpStatus?
            public var explanation: String?
        }

        public var items: [Item]
        public var notDiscussed: [Item]
    }

    public var schemaVersion: Int
    public var slug: String
    public var title: String
    public var organisations: [String]
    public var technology: String
    public var date: String
    public var phase: Phase?
    public var location: String?
    public var moderator: String?
    public var coModerator: String?
    public var language: Language
    public var names: NamesPolicy
    public var isPublic: Bool
    public var status: SessionStatus
    public var commissioner: String?
    public var labels: [String]
    public var participants: [Participant]
    public var question: String?
    public var transition: TransitionEntry?
    public var reflection: String?
    public var summary: String?
    public var caseDescription: String?
    public var actors: [ActorEntry]
    public var effects: [EffectEntry]
    public var values: [ValueEntry]
    public var options: [OptionEntry]
    public var nextSteps: String?
    /// `vervolg_op`: the slug of the session this one follows up.
    public var follows: String?
    public var followUp: FollowUpEntry?

    enum CodingKeys: String, CodingKey {
        case schemaVersion, slug, title, organisations, technology, date, phase, location, moderator, coModerator
        case language, names, isPublic = "public", status, commissioner, labels, participants, summary, caseDescription = "case"
        case question, transition, reflection, actors, effects, values, options, nextSteps, follows, followUp
    }

    /// The document of a session that passed its checks, names already redacted.
    public init(_ input: Session) {
        let session = input.publishable().showingGaps()
        let meta = session.meta
        schemaVersion = Self.currentSchemaVersion
        slug = session.slug
        title = meta.title
        organisations = meta.organisations
        technology = meta.technology
        date = meta.date
        phase = meta.phase
        location = meta.location
        moderator = meta.moderator
        coModerator = meta.coModerator
        language = meta.language
        names = meta.names
        isPublic = meta.isPublic
        status = meta.status
        commissioner = meta.commissioner
        labels = meta.labels
        participants = meta.participants
        summary = session.summary?.markdown
        caseDescription = session.caseDescription?.markdown
        question = session.question?.markdown
        reflection = session.reflection?.markdown
        transition = session.transition.map { transition in
            TransitionEntry(
                votes: transition.votes.compactMap { vote in
                    guard let value = vote.value.target, let count = vote.count else { return nil }
                    return TransitionEntry.VoteEntry(value: value, votes: count, remark: vote.remark?.markdown)
                },
                leadIn: transition.leadIn?.markdown, notes: transition.notes?.markdown)
        }
        actors = session.actors.map { ActorEntry(id: $0.id, name: $0.name, description: $0.description?.markdown, details: $0.details?.markdown) }
        effects = session.effects.compactMap { effect in
            effect.polarity.map {
                EffectEntry(id: effect.id, polarity: $0, text: effect.text.markdown, values: effect.values.distinctTargets,
                            actors: effect.actors.distinctTargets, details: effect.details?.markdown)
            }
        }
        let links = ValueLinks(session)
        values = session.values.map { value in
            ValueEntry(
                id: value.id, name: value.name, status: value.status, listed: value.isListed ? nil : false,
                explanation: value.explanation?.markdown,
                details: value.details?.markdown, effects: (links.effects[value.id] ?? []).map { session.effects[$0].id },
                options: (links.options[value.id] ?? []).map { session.options[$0].id })
        }
        options = session.options.compactMap { option in
            option.direction.map {
                OptionEntry(id: option.id, direction: $0, text: option.text.markdown, values: option.values.distinctTargets,
                            actors: option.actors.distinctTargets, details: option.details?.markdown,
                            priority: option.isPriority ? true : nil, due: option.due?.date)
            }
        }
        nextSteps = session.nextSteps?.markdown
        follows = meta.follows
        followUp = session.review.map { review in
            let item = { (reviewed: ReviewedOption) in
                FollowUpEntry.Item(session: reviewed.session, option: reviewed.option, status: reviewed.status,
                                   explanation: reviewed.explanation)
            }
            return FollowUpEntry(items: review.discussed.map(item), notDiscussed: review.notDiscussed.map(item))
        }
    }

    /// Pretty, key-sorted JSON with a final newline, as every JSON file of the output is written.
    static func stableJSON<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
