/// For each value id, the effects and the options of a session that link it:
/// indices into `session.effects` and `session.options`, each item once, in
/// the notes' order. Found in one pass over the links, so ten thousand values
/// named by one option cost no more than their links (asking every item for
/// every value is quadratic).
public struct ValueLinks: Sendable {
    public let effects: [String: [Int]]
    public let options: [String: [Int]]

    public init(_ session: Session) {
        effects = Self.linking(session.effects.map(\.values))
        options = Self.linking(session.options.map(\.values))
    }

    private static func linking(_ items: [[Reference]]) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for (index, refs) in items.enumerated() {
            for id in refs.distinctTargets { result[id, default: []].append(index) }
        }
        return result
    }
}
