/// A finding about a private line quotes nothing of it: every “…” in its
/// message that is not a word of the format's own vocabulary (a section,
/// direction or key name) becomes “…”, and a suggestion that is not such a
/// word is dropped. Which lines are private is decided by the reader from the
/// parsed structure (`SourceOutline.privateLines`).
extension Diagnostic {
    /// The names of sections, directions and polarities: safe to quote anywhere.
    public static let headingVocabulary: Set<String> = Set(
        (SectionKind.allHeadings + SectionKind.privatePhrases + SectionKind.privateLabelPhrases + Direction.allHeadings
            + Polarity.allHeadings).map(Names.key)
            + SectionKind.privateLabelWords)

    /// The format's own marks that messages quote for the user to type (a list item's “- ”, a comment's
    /// end “-->”, a table's “|”, the “→ waarde” an option lacks): safe to quote as they are, being no text of the notes.
    static let formatMarks: Set<String> = ["- ", "-", "-->", "<!--", "|", "→ waarde", "→ value"]

    /// The names of HTML's elements, quoted as a tag (“<span>”) where a tag hides its text: the name is HTML's, not the
    /// notes' (the finding quoted “…” and a blind tester could not tell what it meant).
    static let htmlElements: Set<String> = [
        "a", "abbr", "article", "aside", "b", "bdi", "bdo", "big", "blockquote", "br", "center", "cite", "code", "data", "dd",
        "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "figcaption", "figure", "font", "footer", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "label", "li", "main", "mark", "nav", "ol", "p",
        "pre", "q", "s", "samp", "section", "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "template", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var",
    ]

    public func redacted(privateLines: Set<Int>, vocabulary: Set<String>) -> Diagnostic {
        guard privateLines.contains(location.line) else { return self }
        var copy = self
        copy.message = LocalizedText(
            nl: Self.redact(message.dutch, vocabulary: vocabulary), en: Self.redact(message.english, vocabulary: vocabulary))
        if let suggestion, !Self.isVocabulary(suggestion, vocabulary) { copy.suggestion = nil }
        return copy
    }

    /// A word of the format itself: a heading or key, also as the message writes it
    /// for the user to type (`## Notities`, `- rol: …`, `naam: …`).
    private static func isVocabulary(_ text: String, _ vocabulary: Set<String>) -> Bool {
        if formatMarks.contains(text) { return true }
        if text.hasPrefix("<"), text.hasSuffix(">"), htmlElements.contains(String(text.dropFirst().dropLast())) { return true }
        var bare = Substring(text).drop { $0 == "#" || $0 == " " || $0 == "-" }
        for suffix in [" …", "…", ":"] where bare.hasSuffix(suffix) { bare = bare.dropLast(suffix.count) }
        return vocabulary.contains(Names.key(String(bare)))
    }

    private static func redact(_ text: String, vocabulary: Set<String>) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "“") {
            result += rest[...open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "”") else {
                // An opening quote never closed: nothing after it is shown.
                return result + "…”"
            }
            let quoted = String(after[..<close])
            result += isVocabulary(quoted, vocabulary) ? quoted : "…"
            rest = after[close...]
        }
        return result + rest
    }
}

extension Array where Element == Diagnostic {
    /// Each finding redacted as `Diagnostic.redacted` says.
    public func redacted(privateLines: Set<Int>, vocabulary: Set<String>) -> [Diagnostic] {
        privateLines.isEmpty ? self : map { $0.redacted(privateLines: privateLines, vocabulary: vocabulary) }
    }
}
