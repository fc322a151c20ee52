/// A cursor over a template's characters (grapheme clusters), the unit
/// swift-mustache parses in: the parser reads templates exactly as it does,
/// so a template means here what it meant there. Parsing happens once, at load.
struct CharacterCursor {
    /// Reading past the end where the grammar needs more.
    struct Overflow: Error {}

    let characters: [Character]
    private(set) var position = 0

    init(_ text: String) {
        characters = Array(text)
    }

    var reachedEnd: Bool { position == characters.count }

    /// The current character, or NUL at the end.
    var current: Character { reachedEnd ? "\0" : characters[position] }

    mutating func advance() { position += 1 }
    mutating func setPosition(_ position: Int) { self.position = position }

    /// Reads `character` if it is next; throws at the end.
    mutating func read(_ character: Character) throws(Overflow) -> Bool {
        guard !reachedEnd else { throw Overflow() }
        guard characters[position] == character else { return false }
        position += 1
        return true
    }

    /// Reads `string` if it comes next; throws when fewer characters are left than it has.
    mutating func read(string: [Character]) throws(Overflow) -> Bool {
        guard !string.isEmpty else { return true }
        guard characters.count - position >= string.count else { throw Overflow() }
        guard characters[position..<position + string.count].elementsEqual(string) else { return false }
        position += string.count
        return true
    }

    /// Reads while `test` holds.
    @discardableResult
    mutating func read(while test: (Character) -> Bool) -> ArraySlice<Character> {
        let start = position
        while !reachedEnd, test(characters[position]) { position += 1 }
        return characters[start..<position]
    }

    /// Reads up to the first character that passes `test`; at the end, throws (back at the start) or returns the rest.
    mutating func read(until test: (Character) -> Bool, throwOnOverflow: Bool = true) throws(Overflow) -> ArraySlice<Character> {
        let start = position
        while !reachedEnd {
            if test(characters[position]) { return characters[start..<position] }
            position += 1
        }
        if throwOnOverflow {
            position = start
            throw Overflow()
        }
        return characters[start..<position]
    }

    /// Reads past the first occurrence of `string` (swift-mustache's matching, which restarts without backtracking).
    mutating func read(past string: [Character]) throws(Overflow) {
        guard !string.isEmpty else { return }
        let start = position
        var matched = 0
        while !reachedEnd {
            if characters[position] == string[matched] {
                matched += 1
                if matched == string.count {
                    position += 1
                    return
                }
            } else {
                matched = 0
            }
            position += 1
        }
        position = start
        throw Overflow()
    }

    /// 1-based line and column of `position` (lines counted by newline characters).
    func location(of position: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in characters[..<min(position, characters.count)] {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
