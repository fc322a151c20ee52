import BegeleidModel

/// What a session did with a value, one of four (the strongest when a
/// session names it twice, under two synonyms): chosen as core, worked out
/// into options, parked, or only named.
public enum Involvement: Int, Sendable, CaseIterable, Comparable {
    case namedOnly, parked, workedOut, core

    public static func < (lhs: Involvement, rhs: Involvement) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A value of `status` and `id` in a session whose options name the values `secured`: `(kern)`
    /// is core; else `(geparkeerd)` is parked; else an option naming it makes it worked out; else it
    /// was only named.
    init(_ status: Value.Status, id: String, secured: Set<String>) {
        switch status {
        case .core: self = .core
        case .parked: self = .parked
        case .regular: self = secured.contains(id) ? .workedOut : .namedOnly
        }
    }
}

/// How many sessions did what with a value.
public struct InvolvementCounts: Sendable, Equatable {
    public var core = 0
    public var workedOut = 0
    public var parked = 0
    public var namedOnly = 0

    public init(core: Int = 0, workedOut: Int = 0, parked: Int = 0, namedOnly: Int = 0) {
        self.core = core
        self.workedOut = workedOut
        self.parked = parked
        self.namedOnly = namedOnly
    }

    public var total: Int { core + workedOut + parked + namedOnly }

    /// In the order the overview shows them: core, worked out, parked, only named.
    public var inOrder: [Int] { [core, workedOut, parked, namedOnly] }

    mutating func add(_ involvement: Involvement) {
        switch involvement {
        case .core: core += 1
        case .workedOut: workedOut += 1
        case .parked: parked += 1
        case .namedOnly: namedOnly += 1
        }
    }
}

/// A technology and one of the labels of its sessions: the second grouping of the value × technology table.
public struct TechnologyLabel: Sendable, Hashable {
    public var technology: String
    public var label: String

    public init(technology: String, label: String) {
        self.technology = technology
        self.label = label
    }
}
