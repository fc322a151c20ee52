import BegeleidModel
import Yams

/// The two language keys of a text written in both languages.
enum LanguageKey: String, SpelledKey {
    case dutch = "nl"
    case english = "en"

    var aliases: [String] {
        switch self {
        case .dutch: return ["nederlands", "dutch"]
        case .english: return ["engels", "english"]
        }
    }
}

extension ValueReader {
    /// A text for both languages: a plain text serves both; a map with `nl`
    /// and `en` gives each its own. A map that lacks one language is a
    /// warning and the other language stands in.
    mutating func localized(_ node: Node, key: String) -> LocalizedText? {
        guard case .mapping(let mapping) = node else {
            return text(node, key: key).map { LocalizedText(nl: $0, en: $0) }
        }
        // `{nl: a, b, en: c}`: the comma ended the text, "b" became a key without value.
        for (keyNode, value) in mapping where LanguageKey(spelling: keyNode.string ?? "") == nil {
            guard case .scalar(let scalar) = value, scalar.string.isEmpty else { continue }
            diagnostics.append(Diagnostic(
                .error, .textSplit, path: document.path, at: document.location(of: keyNode),
                LocalizedText(
                    nl: "een komma tussen { } breekt de tekst af bij “\(keyNode.string ?? "")”; zet de tekst tussen aanhalingstekens: {nl: \"…, …\", en: \"…\"}",
                    en: "a comma inside { } cuts the text at “\(keyNode.string ?? "")”; put the text in quotes: {nl: \"…, …\", en: \"…\"}")))
            return nil
        }
        var dutch: String?
        var english: String?
        for entry in entries(of: node, key: key, as: LanguageKey.self, place: LocalizedText(nl: "“\(key)”", en: "“\(key)”")) {
            switch entry.key {
            case .dutch: dutch = text(entry.value, key: entry.spelling)
            case .english: english = text(entry.value, key: entry.spelling)
            }
        }
        guard dutch != nil || english != nil else {
            malformed(node, key: key, expected: LocalizedText(
                nl: "een tekst, of een tekst onder “nl” en “en”", en: "a text, or a text under “nl” and “en”"))
            return nil
        }
        if dutch == nil || english == nil {
            let missing = dutch == nil ? "nl" : "en"
            diagnostics.append(Diagnostic(
                .warning, .translationMissing, path: document.path, at: document.location(of: node),
                LocalizedText(
                    nl: "“\(key)” heeft geen tekst onder “\(missing)”; de andere taal wordt gebruikt",
                    en: "“\(key)” has no text under “\(missing)”; the other language is used")))
        }
        // `{nl: "Welkom, en: Welcome"}`: a quote in the wrong place swallowed the other language.
        for text in [dutch, english].compactMap({ $0 }) where text.contains(", en:") || text.contains(", nl:") {
            diagnostics.append(Diagnostic(
                .error, .textSplit, path: document.path, at: document.location(of: node),
                LocalizedText(
                    nl: "de tekst van “\(key)” bevat “, en:” of “, nl:”; staan de aanhalingstekens goed? {nl: \"…\", en: \"…\"}",
                    en: "the text of “\(key)” holds “, en:” or “, nl:”; are the quotes in the right place? {nl: \"…\", en: \"…\"}")))
            return nil
        }
        return LocalizedText(nl: dutch ?? english ?? "", en: english ?? dutch ?? "")
    }

    /// A list of texts in both languages.
    mutating func localizedList(_ node: Node, key: String) -> [LocalizedText] {
        items(node, key: key).compactMap { localized($0, key: key) }
    }
}
