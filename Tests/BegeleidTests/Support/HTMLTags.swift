/// The tags of an HTML document, as a browser would see them, for checking
/// that nothing executable survived. Text `<` must be escaped as `&lt;` in
/// our output, so every `<` starts a tag, a comment or the doctype.
struct HTMLTag: Equatable {
    var name: String
    var attributes: [(name: String, value: String)]

    static func == (lhs: HTMLTag, rhs: HTMLTag) -> Bool {
        lhs.name == rhs.name && lhs.attributes.map(\.name) == rhs.attributes.map(\.name)
            && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
    }

    static func scan(_ html: String) -> [HTMLTag] {
        var tags: [HTMLTag] = []
        let characters = Array(html)
        var index = 0
        while index < characters.count {
            guard characters[index] == "<" else { index += 1; continue }
            var end = index + 1
            var quote: Character?
            while end < characters.count {
                let character = characters[end]
                if let open = quote {
                    if character == open { quote = nil }
                } else if character == "\"" || character == "'" {
                    quote = character
                } else if character == ">" {
                    break
                }
                end += 1
            }
            tags.append(parse(String(characters[(index + 1)..<min(end, characters.count)])))
            index = end + 1
        }
        return tags
    }

    private static func parse(_ inside: String) -> HTMLTag {
        var rest = Substring(inside)
        if rest.hasPrefix("/") { rest = rest.dropFirst() }
        let name = rest.prefix { !$0.isWhitespace && $0 != "/" && $0 != ">" }
        rest = rest.dropFirst(name.count)
        var attributes: [(String, String)] = []
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            guard !rest.isEmpty else { break }
            let attribute = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" }
            rest = rest.dropFirst(attribute.count)
            var value = ""
            if rest.hasPrefix("=") {
                rest = rest.dropFirst()
                if let open = rest.first, open == "\"" || open == "'" {
                    rest = rest.dropFirst()
                    value = String(rest.prefix { $0 != open })
                    rest = rest.dropFirst(value.count + 1)
                } else {
                    value = String(rest.prefix { !$0.isWhitespace })
                    rest = rest.dropFirst(value.count)
                }
            }
            if attribute.isEmpty { rest = rest.dropFirst() } else { attributes.append((attribute.lowercased(), value)) }
        }
        return HTMLTag(name: name.lowercased(), attributes: attributes)
    }

    /// Tags a report may contain; anything else (script, iframe, form, SVG's
    /// use/image/foreignObject/animate …) fails. The drawing elements the
    /// value map and the bar chart are made of are static and load nothing.
    static let allowed: Set<String> = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "a", "header", "main", "footer", "section",
        "article", "nav", "p", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd", "time", "table", "caption",
        "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "strong", "em", "span", "div", "code", "pre",
        "blockquote", "hr", "br", "del", "input", "sup", "sub", "address", "figure", "figcaption",
        "svg", "g", "rect", "path", "text", "tspan", "desc",
    ]

    /// Why this tag could run code or load something, or nil when it is harmless.
    var danger: String? {
        if !Self.allowed.contains(name) { return "tag <\(name)>" }
        if name == "meta", attributes.contains(where: { $0.name == "http-equiv" }) { return "meta http-equiv" }
        if name == "input", !attributes.contains(where: { $0.name == "type" && $0.value == "checkbox" }) { return "input" }
        for (attribute, value) in attributes {
            if attribute.hasPrefix("on") { return "event handler \(attribute)" }
            if attribute == "style" { return "style attribute" }
            if ["href", "src", "action", "formaction", "data", "xlink:href"].contains(attribute) {
                let scheme = value.lowercased().filter { !$0.isWhitespace && $0.asciiValue.map { $0 >= 0x20 } ?? true }
                if !(scheme.hasPrefix("http://") || scheme.hasPrefix("https://") || scheme.hasPrefix("mailto:")
                    || scheme.hasPrefix("#") || !scheme.contains(":")) {
                    return "\(attribute)=\(value)"
                }
            }
        }
        return nil
    }
}
