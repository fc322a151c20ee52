import BegeleidModel

/// Text in which every character remembers where it stood in the file, so
/// that pieces cut out of a list item can still be located exactly. A piece
/// (`text[range]`, `trimmed`, `split`) shares the characters of the text it
/// was cut from, as a range of them: cutting an item's text into its parts
/// copied every character of each part (issue 18: 1.7 % of a full build's CPU).
/// Changing a piece (`replace`) gives it characters of its own.
struct LocatedText: Sendable {
    private var storedCharacters: [Character]
    private var storedLocations: [SourceLocation]
    /// Which of the stored characters and locations are this text's.
    private var bounds: Range<Int>
    /// Where an empty text (or the end of the text) is located.
    let anchor: SourceLocation

    init(characters: [Character], locations: [SourceLocation], anchor: SourceLocation) {
        precondition(characters.count == locations.count, "a location for every character")
        storedCharacters = characters
        storedLocations = locations
        bounds = 0..<characters.count
        self.anchor = anchor
    }

    private init(sharing text: LocatedText, bounds: Range<Int>, anchor: SourceLocation) {
        storedCharacters = text.storedCharacters
        storedLocations = text.storedLocations
        self.bounds = bounds
        self.anchor = anchor
    }

    /// The characters, counted from 0.
    var characters: Piece<Character> { Piece(base: storedCharacters, bounds: bounds) }
    /// Each character's location, counted from 0.
    var locations: Piece<SourceLocation> { Piece(base: storedLocations, bounds: bounds) }

    var string: String { String(joining: characters) }
    var isEmpty: Bool { bounds.isEmpty }
    var count: Int { bounds.count }
    var location: SourceLocation { isEmpty ? anchor : storedLocations[bounds.lowerBound] }

    subscript(range: Range<Int>) -> LocatedText {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "a range of the text")
        let anchor = range.lowerBound < count ? storedLocations[bounds.lowerBound + range.lowerBound]
            : isEmpty ? self.anchor : storedLocations[bounds.upperBound - 1]
        return LocatedText(sharing: self, bounds: (bounds.lowerBound + range.lowerBound)..<(bounds.lowerBound + range.upperBound),
                           anchor: anchor)
    }

    /// Without white space at either end.
    func trimmed() -> LocatedText {
        let characters = self.characters
        var lower = 0
        var upper = characters.count
        while lower < upper, characters[lower].quickIsWhitespace { lower += 1 }
        while upper > lower, characters[upper - 1].quickIsWhitespace { upper -= 1 }
        return self[lower..<upper]
    }

    /// The start index of the last occurrence of any of `needles`, with its length.
    func lastRange(ofAny needles: [String]) -> Range<Int>? {
        let characters = self.characters
        var best: Range<Int>?
        for needle in needles {
            let pattern = Array(needle)
            guard pattern.count <= characters.count else { continue }
            var index = characters.count - pattern.count
            while index >= 0 {
                if characters[index] == pattern[0], characters[index..<(index + pattern.count)].elementsEqual(pattern) {
                    if best == nil || index > best!.lowerBound { best = index..<(index + pattern.count) }
                    break
                }
                index -= 1
            }
        }
        return best
    }

    /// `lastRange(ofAny:)` for needles whose characters each equal no other spelling of themselves
    /// (`SameSpelling`): a character whose first UTF-8 byte differs from a needle's first is not its
    /// first character, and `==` (which costs more between a plain ASCII character and another one)
    /// is asked only where it is. Held to `lastRange(ofAny:)` in ByteScanningTests.
    func lastRange(ofAny needles: [SameSpelling]) -> Range<Int>? {
        let characters = self.characters
        var index = characters.count - 1
        while index >= 0 {
            let first = characters[index].utf8.first
            for needle in needles where first == needle.firstByte && index + needle.characters.count <= characters.count {
                if needle.characters.indices.allSatisfy({ characters[index + $0] == needle.characters[$0] }) {
                    return index..<(index + needle.characters.count)
                }
            }
            index -= 1
        }
        return nil
    }

    /// The first occurrence of any of `needles` (the earliest start wins).
    func firstRange(ofAny needles: [String]) -> Range<Int>? {
        let characters = self.characters
        var best: Range<Int>?
        for needle in needles {
            let pattern = Array(needle)
            guard pattern.count <= characters.count else { continue }
            for index in 0...(characters.count - pattern.count) where best.map({ index < $0.lowerBound }) ?? true {
                if characters[index] == pattern[0], characters[index..<(index + pattern.count)].elementsEqual(pattern) {
                    best = index..<(index + pattern.count)
                    break
                }
            }
        }
        return best
    }

    /// The first index of `character` outside a code span or link destination.
    func firstIndex(of character: Character) -> Int? {
        var inCode = false
        var parenDepth = 0
        let characters = self.characters
        for (index, current) in characters.enumerated() {
            if current == "`" { inCode.toggle() }
            if inCode { continue }
            if current == "(" { parenDepth += 1 }
            if current == ")" { parenDepth = max(0, parenDepth - 1) }
            if current == character, parenDepth == 0 { return index }
        }
        return nil
    }

    /// Splits on `separator`, keeping each piece's locations.
    func split(on separator: Character) -> [LocatedText] {
        var pieces: [LocatedText] = []
        var start = 0
        let characters = self.characters
        for (index, current) in characters.enumerated() where current == separator {
            pieces.append(self[start..<index])
            start = index + 1
        }
        pieces.append(self[start..<characters.count])
        return pieces
    }

    /// Replaces the characters in `range` with `replacement`, all located at the range's start.
    mutating func replace(_ range: Range<Int>, with replacement: String) {
        let location = range.lowerBound < count ? storedLocations[bounds.lowerBound + range.lowerBound] : anchor
        // Characters of its own, counted from 0 (the text it was cut from keeps its own).
        var characters = Array(storedCharacters[bounds])
        var locations = Array(storedLocations[bounds])
        characters.replaceSubrange(range, with: Array(replacement))
        locations.replaceSubrange(range, with: Array(repeating: location, count: replacement.count))
        storedCharacters = characters
        storedLocations = locations
        bounds = 0..<characters.count
    }

    /// Blanks out HTML comments (`<!-- … -->`), which are private notes.
    mutating func removeHTMLComments() {
        while let open = indexOf(["<", "!", "-", "-"], from: 0) {
            let close = indexOf(["-", "-", ">"], from: open + 4).map { $0 + 3 } ?? characters.count
            replace(open..<close, with: "")
        }
    }

    private func indexOf(_ pattern: [Character], from start: Int) -> Int? {
        let characters = self.characters
        guard pattern.count <= characters.count, start <= characters.count - pattern.count else { return nil }
        for index in start...(characters.count - pattern.count)
        where characters[index] == pattern[0] && Array(characters[index..<(index + pattern.count)]) == pattern {
            return index
        }
        return nil
    }
}

/// A piece of a stored array, indexed from 0: a text's characters or locations.
struct Piece<Element: Sendable>: RandomAccessCollection, Sendable {
    let base: [Element]
    let bounds: Range<Int>

    var startIndex: Int { 0 }
    var endIndex: Int { bounds.count }

    subscript(position: Int) -> Element {
        precondition(position >= 0 && position < bounds.count, "a position in the piece")
        return base[bounds.lowerBound + position]
    }
}

extension Piece: Equatable where Element: Equatable {
    static func == (lhs: Piece, rhs: Piece) -> Bool { lhs.elementsEqual(rhs) }
}

/// A needle made of characters that only one spelling gives: no other sequence of scalars is canonically
/// equivalent to any of them (so not `;`, which U+037E is, nor a letter with an accent). For such a
/// character `==` holds exactly when the UTF-8 bytes are the same (so never when the first bytes differ).
struct SameSpelling: Sendable {
    let characters: [Character]
    /// The first byte of the first character.
    let firstByte: UInt8?

    /// Checked on the scalars: each character is one scalar, among those that nothing decomposes to
    /// and that decompose to nothing (ASCII punctuation but `;` and `` ` ``, and `→`).
    init(_ text: String) {
        precondition(text.unicodeScalars.allSatisfy(Self.singleSpelling.contains), "\(text) has another spelling")
        characters = Array(text)
        firstByte = text.utf8.first
    }

    private static let singleSpelling: Set<Unicode.Scalar> = Set("!\"#$%&'()*+,-./:<=>?@[\\]^_{|}~→".unicodeScalars)
}
