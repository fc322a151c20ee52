import Foundation

/// `Input/waarden.yaml`: names that count as one value across sessions
/// (*persoonlijke levenssfeer* → *Privacy*). Compared by `Names.key`.
public struct ValueSynonyms: Sendable, Equatable {
    /// Key of a synonym (or of the canonical name itself) → the canonical name as written.
    public private(set) var canonical: [String: String] = [:] {
        didSet { made = Made() }
    }

    public init() {}

    public mutating func add(_ synonym: String, to name: String) {
        canonical[Names.key(synonym)] = name
        canonical[Names.key(name)] = name
    }

    /// Every key with its name, in key order, as one text: what a cached result made under these
    /// synonyms names them by (a share of `data/`, a session's notes on near spellings).
    /// (Made once for these synonyms: a build asks for it several times, each a sort of every name.)
    public var fingerprint: String {
        made.fingerprint { canonical.sorted { $0.key < $1.key }.map { $0.key + "\u{1}" + $0.value }.joined(separator: "\u{0}") }
    }

    /// What is made of `canonical` once, shared by the copies made before it changes (a change starts anew).
    private var made = Made()

    private final class Made: @unchecked Sendable {
        private let lock = NSLock()
        private var text: String?

        func fingerprint(_ make: () -> String) -> String {
            lock.lock()
            defer { lock.unlock() }
            if let text { return text }
            let made = make()
            text = made
            return made
        }
    }

    public static func == (lhs: ValueSynonyms, rhs: ValueSynonyms) -> Bool { lhs.canonical == rhs.canonical }

    /// The name a value counts under, and the key it is grouped by.
    public func resolve(_ name: String) -> (key: String, name: String?) {
        if let canonical = canonical[Names.key(name)] { return (Names.key(canonical), canonical) }
        return (Names.key(name), nil)
    }
}
