/// What a template sees: a closed tree of strings, whole numbers, yes/no,
/// lists and objects. Built by the context builders, walked by `Template`.
///
///     let context: MustacheValue = ["title": "Sessie 1", "actors": [["name": "Zorg"]]]
public enum MustacheValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case list([MustacheValue])
    case object(MustacheObject)

    /// An object member (nil for anything that is not an object or lacks the key).
    @inlinable
    public subscript(key: String) -> MustacheValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The same, for a name whose hash is made (a tag's name, as the template was parsed).
    @inlinable
    public subscript(key: MustacheKey) -> MustacheValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The text `{{x}}` shows before escaping: what swift-mustache's `String(describing:)` gives
    /// (an object's keys sorted, where swift-mustache would follow hash order).
    public var text: String {
        switch self {
        case .string(let string): return string
        default: return description(nested: false)
        }
    }

    private func description(nested: Bool) -> String {
        switch self {
        case .string(let string): return nested ? string.debugDescription : string
        case .bool(let bool): return bool ? "true" : "false"
        case .int(let int): return String(int)
        case .list(let items): return "[" + items.map { $0.description(nested: true) }.joined(separator: ", ") + "]"
        case .object(let members):
            if members.isEmpty { return "[:]" }
            let entries = members.names.sorted().map { "\($0.debugDescription): \(members[$0]!.description(nested: true))" }
            return "[" + entries.joined(separator: ", ") + "]"
        }
    }
}

extension MustacheValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: MustacheValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        self = .object(MustacheObject(setting: elements))
    }
}
