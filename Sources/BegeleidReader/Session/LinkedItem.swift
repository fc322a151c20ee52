import BegeleidModel

/// An effect or option item: `(+) text @actor → value, value @actor`.
struct LinkedItem {
    struct Mention {
        var slug: String
        var written: String
        var location: SourceLocation
    }

    var polarity: Polarity?
    /// The item's own text, without polarity prefix and without the arrow part.
    var text: LocatedText
    var valueNames: [Located<String>]
    var mentions: [Mention]
    /// Whether an arrow (`→`, `->` or `=>`) was written at all.
    var hasArrow: Bool
    /// An option's `(prioriteit)` and `(voor DATE)`; none for an effect.
    var markers = OptionMarkers()

    static let arrows = ["→", "->", "=>"].map(SameSpelling.init)

    static func parse(_ item: ItemSource, readsPolarity: Bool) -> LinkedItem {
        var text = item.text
        var polarity: Polarity?
        if readsPolarity {
            let prefix = String(joining: text.characters.prefix(3))
            if prefix == "(+)" { polarity = .positive }
            if ["(-)", "(−)", "(–)"].contains(prefix) { polarity = .negative }
            if polarity != nil { text = text[3..<text.count].trimmed() }
        }
        let markers = readsPolarity ? OptionMarkers() : OptionMarkers.extract(from: &text)
        var mentions: [Mention] = []
        var ranges: [Range<Int>] = []
        for range in mentionRanges(in: text) {
            let written = String(joining: text.characters[(range.lowerBound + 1)..<range.upperBound])
            mentions.append(Mention(slug: Names.slug(written), written: written, location: text.locations[range.lowerBound]))
            ranges.append(range)
        }
        var ownText = text
        var valueNames: [Located<String>] = []
        let arrow = text.lastRange(ofAny: arrows)
        if let arrow {
            var valuePart = text[arrow.upperBound..<text.count]
            for range in ranges.reversed() where range.lowerBound >= arrow.upperBound {
                valuePart.replace((range.lowerBound - arrow.upperBound)..<(range.upperBound - arrow.upperBound), with: "")
            }
            valueNames = valuePart.split(on: ",").compactMap(valueName)
            ownText = text[0..<arrow.lowerBound]
        }
        return LinkedItem(
            polarity: polarity, text: ownText.trimmed(), valueNames: valueNames, mentions: mentions, hasArrow: arrow != nil,
            markers: markers)
    }

    /// Each marker's spelling as it ends a name's key, `(kern)`, and how many characters it takes off the name.
    private static let markerSuffixes = Declaration.Marker.allCases.flatMap(\.spellings).map { spelling in
        (suffix: "(\(spelling))", length: spelling.count + 2)
    }

    private static func valueName(_ piece: LocatedText) -> Located<String>? {
        var piece = piece.trimmed()
        while let last = piece.characters.last, last == "." || last == ";" {
            piece = piece[0..<(piece.count - 1)].trimmed()
        }
        var name = PlainName.of(piece.string)
        // "privacy (kern)": a marker belongs to the declaration, not to a reference. (The name's key is made
        // again only when a marker was taken off: most names end in no bracket at all.)
        var key = Names.key(name)
        for spelling in Self.markerSuffixes where key.hasSuffix(spelling.suffix) {
            name = name.dropLast(spelling.length).trimmed
            key = Names.key(name)
        }
        return name.isEmpty ? nil : Located(name, at: piece.location)
    }

    /// Ranges of `@slug` mentions: an `@` not preceded by a letter or digit
    /// (so e-mail addresses are left alone), followed by letters, digits, `-` or `_`.
    /// An escaped `\@` is no mention: Markdown shows it as an `@` of the text.
    static func mentionRanges(in text: LocatedText) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let characters = text.characters
        var index = 0
        while index < characters.count {
            defer { index += 1 }
            guard characters[index] == "@" else { continue }
            if index > 0, characters[index - 1].quickIsLetterOrNumber || characters[index - 1] == "\\" { continue }
            var end = index + 1
            while end < characters.count, characters[end].quickIsLetterOrNumber || characters[end] == "-" || characters[end] == "_" {
                end += 1
            }
            guard end > index + 1 else { continue }
            ranges.append(index..<end)
            index = end - 1
        }
        return ranges
    }

    /// The item's text for display: mentions at the end dropped, mentions
    /// inside the sentence replaced by `name(slug)` when it resolves.
    func displayText(name: (String) -> String?) -> String {
        var text = self.text
        let ranges = Self.mentionRanges(in: text)
        var trailing = true
        for range in ranges.reversed() {
            let atEnd = trailing && text.characters[range.upperBound...].allSatisfy { $0.quickIsWhitespace || $0 == "," || $0 == "." }
            if atEnd {
                text.replace(range, with: "")
            } else {
                trailing = false
                let written = String(joining: text.characters[(range.lowerBound + 1)..<range.upperBound])
                if let resolved = name(Names.slug(written)) { text.replace(range, with: resolved) }
            }
        }
        var result = text.trimmed().string
        while let last = result.last, last == "," || last.isWhitespace { result.removeLast() }
        return result
    }
}

import Foundation
