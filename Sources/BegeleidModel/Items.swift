/// An actor: someone the technology concerns or who acts on it.
public struct Actor: Sendable, Equatable, Codable {
    /// The slug used in `@slug` mentions, derived from the name.
    public var id: String
    public var name: String
    public var description: RichText?
    /// Further blocks inside the list item (sub-lists, paragraphs).
    public var details: RichText?
    public var location: SourceLocation

    public init(id: String, name: String, description: RichText?, details: RichText? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.description = description
        self.details = details
        self.location = location
    }
}

/// A value: what an effect touches and what options secure.
public struct Value: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable {
        /// Chosen as a core value in the transition (`(kern)`).
        case core
        case regular
        /// Not worked out into options (`(geparkeerd)`).
        case parked
    }

    public var id: String
    public var name: String
    public var status: Status
    /// False for a value that effects or options name but `Waarden` does not
    /// list yet: shown in a concept's report, marked as not yet listed.
    public var isListed: Bool = true
    public var explanation: RichText?
    /// Further blocks inside the list item (sub-lists, paragraphs).
    public var details: RichText?
    public var location: SourceLocation

    public init(
        id: String, name: String, status: Status, explanation: RichText?, details: RichText? = nil, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.explanation = explanation
        self.details = details
        self.location = location
    }
}

/// Whether an effect is expected to be good or bad.
public enum Polarity: String, Sendable, Codable, CaseIterable {
    case positive, negative
}

/// One of the three directions of options for action.
public enum Direction: String, Sendable, Codable, CaseIterable {
    /// The technology's design.
    case technology
    /// The environment: organisation, agreements, processes.
    case environment
    /// The human: behaviour of users and professionals.
    case human
}

/// A name written in an item that refers to a declared value or actor.
public struct Reference: Sendable, Hashable, Codable {
    /// The text as written (without `@` for actors).
    public var text: String
    public var location: SourceLocation
    /// The id of the declaration it resolves to, or nil when none matches.
    public var target: String?

    public init(text: String, location: SourceLocation, target: String?) {
        self.text = text
        self.location = location
        self.target = target
    }
}

extension Array where Element == Reference {
    /// The ids these references resolve to, each once, in the order first written (one that resolves to nothing is
    /// left out): what the reports, `sessie.json`, the tables and the value links each list of an item.
    public var distinctTargets: [String] {
        // An item names a few values or actors: looking back through those costs less than a set.
        guard count > 16 else {
            var targets: [String] = []
            for reference in self { if let target = reference.target, !targets.contains(target) { targets.append(target) } }
            return targets
        }
        var seen: Set<String> = []
        return compactMap(\.target).filter { seen.insert($0).inserted }
    }
}

/// A positive or negative effect that participants expect.
public struct Effect: Sendable, Equatable, Codable {
    public var id: String
    /// Nil when the item has neither a Positief/Negatief heading nor a (+)/(-) prefix.
    public var polarity: Polarity?
    /// The `###` heading the effect stands under, as written; nil when none.
    public var heading: String?
    public var text: RichText
    public var values: [Reference]
    public var actors: [Reference]
    /// Further blocks inside the list item (sub-lists, paragraphs).
    public var details: RichText?
    public var location: SourceLocation

    public init(
        id: String, polarity: Polarity?, heading: String? = nil, text: RichText, values: [Reference],
        actors: [Reference], details: RichText? = nil, location: SourceLocation
    ) {
        self.id = id
        self.polarity = polarity
        self.heading = heading
        self.text = text
        self.values = values
        self.actors = actors
        self.details = details
        self.location = location
    }
}

/// An option for action in one of the three directions.
public struct Option: Sendable, Equatable, Codable {
    public var id: String
    /// Nil when the item stands under no (known) direction heading.
    public var direction: Direction?
    /// The `###` heading the option stands under, as written; nil when none.
    public var heading: String?
    public var text: RichText
    public var values: [Reference]
    /// The actors who take it up (`@slug`).
    public var actors: [Reference]
    public var details: RichText?
    /// `(prioriteit)`: among the options the group chose to carry out first.
    public var isPriority: Bool
    /// `(voor 2027-03-01)`: the date it should be done by.
    public var due: DueDate?
    public var location: SourceLocation

    public init(
        id: String, direction: Direction?, heading: String? = nil, text: RichText, values: [Reference],
        actors: [Reference], details: RichText? = nil, isPriority: Bool = false, due: DueDate? = nil, location: SourceLocation
    ) {
        self.id = id
        self.direction = direction
        self.heading = heading
        self.text = text
        self.values = values
        self.actors = actors
        self.details = details
        self.isPriority = isPriority
        self.due = due
        self.location = location
    }
}
