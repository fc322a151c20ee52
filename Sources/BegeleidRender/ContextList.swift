import BegeleidMustache

/// A template's data as the context builders make it: an object of `MustacheValue`s.
typealias ContextObject = [String: MustacheValue]

extension Dictionary where Key == String, Value == MustacheValue {
    /// Sets `key` to the entries and `hasKey` to whether there are any, so a
    /// template can wrap a list once: `{{#hasActors}}<ul>{{#actors}}…`.
    mutating func setList(_ entries: [ContextObject], _ key: String) {
        self[key] = .objects(entries)
        self["has" + key.prefix(1).uppercased() + key.dropFirst()] = .bool(!entries.isEmpty)
    }
}

extension MustacheValue {
    /// A list of objects.
    static func objects(_ entries: [ContextObject]) -> MustacheValue { .list(entries.map(MustacheValue.object)) }
    /// A list of texts.
    static func strings(_ texts: [String]) -> MustacheValue { .list(texts.map(MustacheValue.string)) }
    /// A text that may be missing: nil leaves the key out, so `{{#key}}` tests presence.
    static func optional(_ text: String?) -> MustacheValue? { text.map(MustacheValue.string) }
}
