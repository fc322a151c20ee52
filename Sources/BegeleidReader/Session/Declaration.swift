import BegeleidMarkdown
import BegeleidModel

/// A declared actor or value: `- Name (marker): explanation`.
struct Declaration {
    enum Marker: CaseIterable {
        case core, parked

        var spellings: [String] {
            switch self {
            case .core: return ["kern", "core"]
            case .parked: return ["geparkeerd", "parked"]
            }
        }
    }

    var name: String
    var location: SourceLocation
    var markers: [Marker]
    var explanation: RichText?

    /// Parses an item; markers are only looked for when `allowsMarkers`.
    static func parse(
        _ item: ItemSource, allowsMarkers: Bool, path: String, diagnostics: inout [Diagnostic]
    ) -> Declaration? {
        var namePart = item.text
        var explanation: RichText?
        if let colon = item.text.firstIndex(of: ":") {
            namePart = item.text[0..<colon]
            explanation = .sanitized(item.text[(colon + 1)..<item.text.count].trimmed().string)
        }
        namePart = namePart.trimmed()
        var markers: [Marker] = []
        if allowsMarkers {
            while let (word, range) = trailingParenthetical(namePart) {
                if let marker = Marker.allCases.first(where: { $0.spellings.contains(Names.key(word)) }) {
                    markers.append(marker)
                } else if let near = Names.nearest(to: word, in: Marker.allCases.flatMap(\.spellings)) {
                    diagnostics.append(Diagnostic(
                        .warning, .markerUnknown, path: path, at: namePart.locations[range.lowerBound],
                        LocalizedText(
                            nl: "onbekende markering “(\(word))” wordt genegeerd",
                            en: "unknown marker “(\(word))” is ignored"),
                        suggestion: "(\(near))"))
                } else {
                    break
                }
                namePart = namePart[0..<range.lowerBound].trimmed()
            }
        }
        let name = PlainName.of(namePart.string)
        guard !name.isEmpty else {
            diagnostics.append(Diagnostic(
                .error, .nameMissing, path: path, at: item.location,
                LocalizedText(nl: "dit item heeft geen naam vóór de dubbele punt", en: "this item has no name before the colon")))
            return nil
        }
        return Declaration(name: name, location: namePart.location, markers: markers.reversed(), explanation: explanation)
    }

    /// The last `(word)` of a text, when the text ends with one.
    private static func trailingParenthetical(_ text: LocatedText) -> (String, Range<Int>)? {
        guard text.characters.last == ")", let open = text.characters.lastIndex(of: "(") else { return nil }
        let word = String(joining: text.characters[(open + 1)..<(text.count - 1)]).trimmed
        guard !word.isEmpty, !word.contains(" ") else { return nil }
        return (word, open..<text.count)
    }
}

/// The plain text of a name that may hold inline Markdown (`*Privacy*`).
enum PlainName {
    private static let markup: Set<Character> = ["*", "_", "`", "[", "]", "<", "&", "\\", "~", "!"]
    /// The same characters as bytes (each is ASCII): one list, so the two cannot drift apart.
    private static let markupBytes = ASCIISet(markup.compactMap(\.asciiValue))

    static func of(_ text: String) -> String {
        // Every markup character is one ASCII byte: without those bytes there is no markup (with them,
        // the characters decide: a combining mark may join one to another character).
        let hasMarkup = text.utf8Contains(where: { $0 < 0x80 && markupBytes.contains($0) }) && text.contains(where: { markup.contains($0) })
        let plain = hasMarkup ? Markdown.plainText(text) : text
        // ASCII with single spaces between words only: white space already as folded.
        if plain.utf8.allSatisfy({ $0 < 0x80 && !(0x09...0x0D).contains($0) }), plain.utf8.first != 0x20, plain.utf8.last != 0x20,
           !zip(plain.utf8, plain.utf8.dropFirst()).contains(where: { $0 == 0x20 && $1 == 0x20 }) {
            return plain
        }
        return plain.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

import Foundation
