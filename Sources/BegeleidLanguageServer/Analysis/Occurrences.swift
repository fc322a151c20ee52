import BegeleidModel

/// Where a value or an actor is declared and named in one document: what
/// hover, definition, references and rename work from. Only places the reader
/// put in the model, so never a private line (Notities, comments, participants).
struct Occurrences {
    enum Target: Hashable {
        case value(String)
        case actor(String)
    }

    struct Place {
        var range: Range
        var isDeclaration: Bool
        /// An actor's `@slug` mention (its range covers the `@`).
        var isMention: Bool
    }

    let analysis: Analysis

    /// The value or actor at `position`, declared or named there.
    func target(at position: Position) -> Target? {
        guard let session = analysis.session else { return nil }
        for value in session.values where value.isListed && contains(value.location, value.name, position) { return .value(value.id) }
        for actor in session.actors where contains(actor.location, actor.name, position) { return .actor(actor.id) }
        for reference in references(session) {
            let written = (reference.isActor ? "@" : "") + reference.value.text
            if let target = reference.value.target, contains(reference.value.location, written, position) {
                return reference.isActor ? .actor(target) : .value(target)
            }
        }
        return nil
    }

    /// The declaration and every reference of `target`, in file order.
    func places(of target: Target) -> [Place] {
        guard let session = analysis.session else { return [] }
        var places: [Place] = []
        switch target {
        case .value(let id):
            for value in session.values where value.id == id && value.isListed {
                places.append(Place(range: analysis.index.range(value.location, columns: value.name.unicodeScalars.count),
                                    isDeclaration: true, isMention: false))
            }
            for reference in references(session) where !reference.isActor && reference.value.target == id {
                places.append(Place(range: analysis.index.range(reference.value.location, columns: reference.value.text.unicodeScalars.count),
                                    isDeclaration: false, isMention: false))
            }
        case .actor(let id):
            for actor in session.actors where actor.id == id {
                places.append(Place(range: analysis.index.range(actor.location, columns: actor.name.unicodeScalars.count),
                                    isDeclaration: true, isMention: false))
            }
            for reference in references(session) where reference.isActor && reference.value.target == id {
                places.append(Place(range: analysis.index.range(reference.value.location, columns: reference.value.text.unicodeScalars.count + 1),
                                    isDeclaration: false, isMention: true))
            }
        }
        return places.sorted { $0.range.start < $1.range.start }
    }

    /// How many effects and options name a value or mention an actor.
    func counts(of target: Target) -> (effects: Int, options: Int) {
        guard let session = analysis.session else { return (0, 0) }
        let names = { (values: [Reference], actors: [Reference]) -> Bool in
            switch target {
            case .value(let id): return values.contains { $0.target == id }
            case .actor(let id): return actors.contains { $0.target == id }
            }
        }
        return (session.effects.filter { names($0.values, $0.actors) }.count, session.options.filter { names($0.values, $0.actors) }.count)
    }

    private func references(_ session: Session) -> [(value: Reference, isActor: Bool)] {
        let effects = session.effects.flatMap { $0.values.map { ($0, false) } + $0.actors.map { ($0, true) } }
        let options = session.options.flatMap { $0.values.map { ($0, false) } + $0.actors.map { ($0, true) } }
        return (effects + options).filter { !analysis.isPrivate(line: $0.0.location.line) }
    }

    private func contains(_ location: SourceLocation, _ text: String, _ position: Position) -> Bool {
        guard !analysis.isPrivate(line: location.line) else { return false }
        return analysis.index.range(location, columns: text.unicodeScalars.count).contains(position)
    }
}
