/// The pieces of a tag, read as swift-mustache reads them.
extension TemplateParser {
    static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    static let plainNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    /// Text up to the start delimiter (read past) or a newline (not read).
    mutating func readUntilDelimiterOrNewline(_ state: State) throws -> [Character] {
        guard let first = state.startDelimiter.first else { return [] }
        var total: [Character] = []
        while !cursor.reachedEnd {
            total += try cursor.read(until: { $0 == "\n" || $0 == "\r\n" || $0 == first }, throwOnOverflow: false)
            if cursor.current.isNewline {
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
        cursor.read(while: \.isWhitespace)
        let text = String(cursor.read(while: { Self.nameCharacters.contains($0) }))
        cursor.read(while: \.isWhitespace)
        guard try cursor.read(string: state.endDelimiter) else { throw fail(.unfinishedName) }
        if text.contains("(") { throw fail(.unsupported("{{f(x)}}"), at: start) }
        if text.contains(")") { throw fail(.unfinishedName, at: start) }
        return text
    }

    mutating func parsePartialName(_ state: State) throws -> String {
        cursor.read(while: \.isWhitespace)
        let text = String(cursor.read(while: { Self.partialNameCharacters.contains($0) }))
        cursor.read(while: \.isWhitespace)
        guard try cursor.read(string: state.endDelimiter) else { throw fail(.unfinishedName) }
        return text
    }

    /// `{{=<% %>=}}`: the state with the new delimiters.
    mutating func parseSetDelimiter(_ state: State) throws -> State {
        let start: ArraySlice<Character>
        let end: ArraySlice<Character>
        do {
            cursor.read(while: \.isWhitespace)
            start = try cursor.read(until: \.isWhitespace)
            cursor.read(while: \.isWhitespace)
            end = try cursor.read(until: { $0 == "=" || $0.isWhitespace })
            cursor.read(while: \.isWhitespace)
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
        cursor.read(while: \.isWhitespace)
        let variable = String(cursor.read(while: isName))
        cursor.read(while: \.isWhitespace)
        guard try cursor.read(":") else { throw fail(.invalidConfigVariable) }
        cursor.read(while: \.isWhitespace)
        let value = String(cursor.read(while: isName))
        cursor.read(while: \.isWhitespace)
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
        guard probe.current.isNewline else { return false }
        probe.advance()
        cursor.setPosition(probe.position)
        return true
    }
}
