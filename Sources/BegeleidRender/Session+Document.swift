import BegeleidModel

extension Session {
    /// A session rebuilt from its `sessie.json` document: what an incremental
    /// build needs of a session it does not read again (index, overview,
    /// data). Positions are gone; the document is already publishable.
    public init(document: SessionDocument, path: String) {
        let nowhere = SourceLocation(line: 0, column: 0)
        let refs = { (ids: [String]) in ids.map { Reference(text: $0, location: nowhere, target: $0) } }
        let rich = { (text: String?) in text.map(RichText.init) }
        self.init(
            slug: document.slug, path: path,
            meta: SessionMeta(
                title: document.title, organisations: document.organisations, technology: document.technology,
                date: document.date, phase: document.phase, moderator: document.moderator, coModerator: document.coModerator,
                location: document.location, language: document.language, participants: document.participants,
                names: document.names, isPublic: document.isPublic, labels: document.labels, status: document.status,
                commissioner: document.commissioner),
            summary: rich(document.summary), caseDescription: rich(document.caseDescription),
            actors: document.actors.map {
                Actor(id: $0.id, name: $0.name, description: rich($0.description), details: rich($0.details), location: nowhere)
            },
            effects: document.effects.map {
                Effect(id: $0.id, polarity: $0.polarity, text: RichText($0.text), values: refs($0.values), actors: refs($0.actors),
                       details: rich($0.details), location: nowhere)
            },
            values: document.values.map {
                var value = Value(id: $0.id, name: $0.name, status: $0.status, explanation: rich($0.explanation),
                                  details: rich($0.details), location: nowhere)
                value.isListed = $0.listed ?? true
                return value
            },
            options: document.options.map {
                Option(id: $0.id, direction: $0.direction, text: RichText($0.text), values: refs($0.values), actors: refs($0.actors),
                       details: rich($0.details), isPriority: $0.priority ?? false,
                       due: $0.due.map { DueDate(written: $0, date: $0, location: nowhere) }, location: nowhere)
            },
            nextSteps: rich(document.nextSteps))
        meta.follows = document.follows
        question = rich(document.question)
        reflection = rich(document.reflection)
        transition = document.transition.map { entry in
            Transition(
                votes: entry.votes.map {
                    Vote(value: Reference(text: $0.value, location: nowhere, target: $0.value), count: $0.votes,
                         written: "\($0.votes)", countLocation: nowhere, remark: rich($0.remark))
                },
                notes: rich(entry.notes))
        }
    }
}
