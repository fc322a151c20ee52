/// One Begeleidingsethiek session as read from its notes: the typed model
/// that every writer (HTML, Markdown, JSON) renders.
///
/// The `Notities` section and HTML comments never enter the model.
public struct Session: Sendable, Equatable, Codable {
    public var slug: String
    public var path: String
    public var meta: SessionMeta
    public var summary: RichText?
    public var caseDescription: RichText?
    public var actors: [Actor]
    public var effects: [Effect]
    public var values: [Value]
    public var options: [Option]
    public var nextSteps: RichText?
    /// `## Vraagstelling`: the question that brought the organisation.
    public var question: RichText?
    /// `## Overgang`: how the core values were chosen.
    public var transition: Transition?
    /// `## Reflectie`: how the session went.
    public var reflection: RichText?
    /// `## Opvolging`: what became of the earlier session's options, as written.
    public var followUp: [FollowUpItem] = []
    /// The follow-up worked out over the series (set after all sessions are read).
    public var review: FollowUpReview?
    /// Why `vervolg_op` has no review but waiting's (set with `review`; nil while it waits or when reviewed).
    public var followsProblem: FollowsProblem?
    /// The headings as written, for the structural rules.
    public var outline: SourceOutline

    public init(
        slug: String, path: String, meta: SessionMeta, summary: RichText? = nil, caseDescription: RichText? = nil,
        actors: [Actor] = [], effects: [Effect] = [], values: [Value] = [], options: [Option] = [],
        nextSteps: RichText? = nil, outline: SourceOutline = SourceOutline()
    ) {
        self.slug = slug
        self.path = path
        self.meta = meta
        self.summary = summary
        self.caseDescription = caseDescription
        self.actors = actors
        self.effects = effects
        self.values = values
        self.options = options
        self.nextSteps = nextSteps
        self.outline = outline
    }
}

/// Markdown source of a free-text part, kept as the user wrote it; writers
/// render it through cmark-gfm (safely) for each output format.
public struct RichText: Sendable, Hashable, Codable {
    public var markdown: String

    public init(_ markdown: String) {
        self.markdown = markdown
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(markdown)
    }

    public init(from decoder: Decoder) throws {
        markdown = try decoder.singleValueContainer().decode(String.self)
    }
}

extension Session {
    /// The session without its long texts (case, summary, next steps,
    /// explanations, descriptions, details, the source outline but for the
    /// follow-up heading), its participants and the spelling of its
    /// references: what the index, the overview, the data tables, proposals
    /// and the series pass use, kept for every session of a large build.
    public var outlineOnly: Session {
        var light = self
        light.summary = nil
        light.caseDescription = nil
        light.nextSteps = nil
        light.question = nil
        light.reflection = nil
        light.transition = nil
        // Of the headings only what the series pass reports at (SeriesNode): the follow-up heading, where the body starts.
        light.outline = SourceOutline(sections: outline.sections.filter { $0.kind == .followUp }.prefix(1).map { $0 },
                                      bodyStart: outline.bodyStart)
        light.actors = actors.map { Actor(id: $0.id, name: $0.name, description: nil, location: $0.location) }
        light.values = values.map { var value = $0; value.explanation = nil; value.details = nil; return value }
        light.meta.participants = []
        // References keep what they point at, not how they were written.
        let targets = { (refs: [Reference]) in refs.map { Reference(text: "", location: $0.location, target: $0.target) } }
        light.effects = effects.map { effect in
            var effect = effect
            effect.details = nil
            effect.values = targets(effect.values)
            effect.actors = targets(effect.actors)
            return effect
        }
        light.options = options.map { option in
            var option = option
            option.details = nil
            option.values = targets(option.values)
            option.actors = targets(option.actors)
            return option
        }
        return light
    }
}
