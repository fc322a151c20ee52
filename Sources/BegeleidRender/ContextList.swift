import BegeleidMustache

/// A template's data as the context builders make it: an object of `MustacheValue`s.
typealias ContextObject = MustacheObject

extension MustacheObject {
    /// Sets `key` to the entries and `hasKey` to whether there are any, so a
    /// template can wrap a list once: `{{#hasActors}}<ul>{{#actors}}…`.
    mutating func setList(_ entries: [ContextObject], _ key: String) {
        self[key] = .objects(entries)
        self[Self.hasKey(key)] = .bool(!entries.isEmpty)
    }

    /// `hasActors` for `actors`: byte by byte when the key starts with an ASCII letter in lower case (every
    /// key of the contexts does), else with Unicode's upper case.
    static func hasKey(_ key: String) -> String {
        guard let first = key.utf8.first, (0x61...0x7A).contains(first) else {
            return "has" + key.prefix(1).uppercased() + key.dropFirst()
        }
        var bytes: [UInt8] = [0x68, 0x61, 0x73, first - 0x20]
        bytes += key.utf8.dropFirst()
        return String(decoding: bytes, as: UTF8.self)
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
