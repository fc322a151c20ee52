extension Dictionary where Key == String, Value == Any {
    /// Sets `key` to the entries and `hasKey` to whether there are any, so a
    /// template can wrap a list once: `{{#hasActors}}<ul>{{#actors}}…`.
    mutating func setList(_ entries: [[String: Any]], _ key: String) {
        self[key] = entries
        self["has" + key.prefix(1).uppercased() + key.dropFirst()] = !entries.isEmpty
    }
}
