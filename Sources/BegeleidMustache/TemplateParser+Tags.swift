/// The pieces of a tag, read as swift-mustache reads them.
extension TemplateParser {
    static let nameCharacters = ASCIISet("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    static let plainNameCharacters = ASCIISet("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    static let partialNameCharacters = ASCIISet("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    /// A set of ASCII characters, looked up by the character's one scalar (a `Set<Character>` hashed every
    /// character of every name; "\r\n", whose `asciiValue` is that of "\n", is in none of these sets).
    struct ASCIISet {
        private var members = [Bool](repeating: false, count: 128)

        init(_ characters: String) {
            for byte in characters.utf8 { members[Int(byte)] = true }
        }

        func contains(_ character: Character) -> Bool {
            guard let value = character.asciiValue, character != "\r\n" else { return false }
            return members[Int(value)]
        }
    }

    /// `Character.isWhitespace` and `isNewline`, answered for ASCII without the Unicode tables (a tenth of
    /// parsing the templates; "\r\n" has the `asciiValue` of "\n", and is both, as the properties say).
    static func isWhitespace(_ character: Character) -> Bool {
        guard let value = character.asciiValue else { return character.isWhitespace }
        return value == 0x20 || (0x09...0x0D).contains(value)
    }

    static func isNewline(_ character: Character) -> Bool {
        guard let value = character.asciiValue else { return character.isNewline }
        return (0x0A...0x0D).contains(value)
    }

    /// The text of characters read from one of the sets above (each an ASCII scalar of its own).
    static func ascii(_ characters: ArraySlice<Character>) -> String {
        String(decoding: characters.map { $0.asciiValue ?? 0 }, as: UTF8.self)
    }

    /// Text up to the start delimiter (read past) or a newline (not read).
    mutating func readUntilDelimiterOrNewline(_ state: State) throws -> [Character] {
        guard let first = state.startDelimiter.first else { return [] }
        var total: [Character] = []
        // ("\n" and "\r\n" are the characters whose `asciiValue` is 10; any other ASCII value is one character's.)
        let firstASCII = first.asciiValue.flatMap { $0 == 10 ? nil : $0 }
        let stops = { (character: Character) -> Bool in
            let value = character.asciiValue
            if value == 10 { return true }
            if let firstASCII { return value == firstASCII }
            return character == first
        }
        while !cursor.reachedEnd {
            total += try cursor.read(until: stops, throwOnOverflow: false)
            if Self.isNewline(cursor.current) {
                break
            } else if cursor.current == first {
                if try cursor.read(string: state.startDelimiter) { break }
                total.append(first)
                cursor.advance()
            }
        }
        return total
    }

    /// A variable or section name up to the end delimiter; transforms (`f(x)`) are refused.
    mutating func parseName(_ state: State) throws -> String {
        let start = cursor.position
        cursor.read(while: Self.isWhitespace)
        let text = Self.ascii(cursor.read(while: { Self.nameCharacters.contains($0) }))
        cursor.read(while: Self.isWhitespace)
        guard try cursor.read(string: state.endDelimiter) else { throw fail(.unfinishedName) }
        // (Bytes, not Foundation's search of a text: it was a sixth of parsing the templates.)
        if text.utf8.contains(UInt8(ascii: "(")) { throw fail(.unsupported("{{f(x)}}"), at: start) }
        if text.utf8.contains(UInt8(ascii: ")")) { throw fail(.unfinishedName, at: start) }
        return text
    }

    mutating func parsePartialName(_ state: State) throws -> String {
        cursor.read(while: Self.isWhitespace)
        let text = Self.ascii(cursor.read(while: { Self.partialNameCharacters.contains($0) }))
        cursor.read(while: Self.isWhitespace)
        guard try cursor.read(string: state.endDelimiter) else { throw fail(.unfinishedName) }
        return text
    }

    /// `{{=<% %>=}}`: the state with the new delimiters.
    mutating func parseSetDelimiter(_ state: State) throws -> State {
        let start: ArraySlice<Character>
        let end: ArraySlice<Character>
        do {
            cursor.read(while: Self.isWhitespace)
            start = try cursor.read(until: Self.isWhitespace)
            cursor.read(while: Self.isWhitespace)
            end = try cursor.read(until: { $0 == "=" || Self.isWhitespace($0) })
            cursor.read(while: Self.isWhitespace)
        } catch {
            throw fail(.invalidSetDelimiter)
        }
        guard try cursor.read("="), try cursor.read(string: state.endDelimiter), !start.isEmpty, !end.isEmpty else {
            throw fail(.invalidSetDelimiter)
        }
        var state = state
        state.startDelimiter = Array(start)
        state.endDelimiter = Array(end)
        return state
    }

    /// `{{% CONTENT_TYPE: MARKDOWN}}` (or HTML, TEXT), the only setting there is.
    mutating func parseConfigVariable(_ state: State) throws -> ContentType {
        let isName: (Character) -> Bool = { Self.plainNameCharacters.contains($0) }
        cursor.read(while: Self.isWhitespace)
        let variable = Self.ascii(cursor.read(while: isName))
        cursor.read(while: Self.isWhitespace)
        guard try cursor.read(":") else { throw fail(.invalidConfigVariable) }
        cursor.read(while: Self.isWhitespace)
        let value = Self.ascii(cursor.read(while: isName))
        cursor.read(while: Self.isWhitespace)
        guard try cursor.read(string: state.endDelimiter), variable == "CONTENT_TYPE", let type = ContentType(name: value) else {
            throw fail(.invalidConfigVariable)
        }
        return type
    }

    /// A tag alone on its line: the rest of the line (blanks and the newline) is read, and it leaves no output.
    mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if cursor.reachedEnd { return true }
        var probe = cursor
        probe.read(while: { $0 == " " || $0 == "\t" })
        guard Self.isNewline(probe.current) else { return false }
        probe.advance()
        cursor.setPosition(probe.position)
        return true
    }
}
