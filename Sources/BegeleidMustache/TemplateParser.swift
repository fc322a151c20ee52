/// Cuts a template into nodes the way swift-mustache 2.x does (its `MustacheTemplate.parse`, ported
/// statement by statement over the same grapheme clusters), so standalone lines, the whitespace before
/// tags and partial indentation come out identical. Inheritance (`{{<…}}`, `{{$…}}`), dynamic partials
/// (`{{>*…}}`) and transforms (`{{f(x)}}`) are refused with a located error.
struct TemplateParser {
    /// A parse error at a position, made into a `TemplateError` with line and column at the top.
    struct Failure: Error {
        let kind: TemplateError.Kind
        let position: Int
    }

    struct State {
        var sectionName: String?
        var newLine = true
        var startDelimiter: [Character] = ["{", "{"]
        var endDelimiter: [Character] = ["}", "}"]
    }

    var cursor: CharacterCursor
    /// Sections open around the one being read; more than `maximumDepth` is refused (swift-mustache
    /// recursed without bound, so a hostile template could exhaust the stack).
    private var depth = 0
    static let maximumDepth = 100

    init(_ text: String) {
        cursor = CharacterCursor(text)
    }

    mutating func parseTemplate() throws(TemplateError) -> [Node] {
        do {
            return try parse(State())
        } catch let failure as Failure {
            let (line, column) = cursor.location(of: failure.position)
            throw TemplateError(kind: failure.kind, line: line, column: column)
        } catch {
            let (line, column) = cursor.location(of: cursor.position)
            throw TemplateError(kind: .unfinishedName, line: line, column: column)
        }
    }

    func fail(_ kind: TemplateError.Kind, at position: Int? = nil) -> Failure {
        Failure(kind: kind, position: position ?? cursor.position)
    }

    /// One section's tokens (the whole template when `state.sectionName` is nil), up to its closing tag.
    mutating func parse(_ initial: State) throws -> [Node] {
        var nodes: [Node] = []
        var state = initial
        var whiteSpaceBefore: [Character] = []
        while !cursor.reachedEnd {
            if state.newLine {
                whiteSpaceBefore = Array(cursor.read(while: { $0 == " " || $0 == "\t" }))
            }
            let text = try readUntilDelimiterOrNewline(state)
            if Self.isNewline(cursor.current) {
                nodes.append(.text(Self.bytes(whiteSpaceBefore + text + [cursor.current])))
                state.newLine = true
                cursor.advance()
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Self.bytes(whiteSpaceBefore + text)))
                whiteSpaceBefore = []
                state.newLine = false
            }
            if cursor.reachedEnd { break }
            let tagStart = cursor.position - state.startDelimiter.count
            var setNewLine = false
            switch cursor.current {
            case "#", "^":
                let inverted = cursor.current == "^"
                cursor.advance()
                let name = try parseName(state)
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(Self.bytes(whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }
                var inner = state
                inner.sectionName = name
                if !setNewLine { inner.newLine = false }
                guard depth < Self.maximumDepth else { throw fail(.nestedTooDeep, at: tagStart) }
                depth += 1
                let section = try parse(inner)
                depth -= 1
                nodes.append(inverted ? .invertedSection(Path(name), section) : .section(Path(name), section))
            case "/":
                cursor.advance()
                let position = cursor.position
                let name = try parseName(state)
                guard name == state.sectionName else { throw fail(.sectionCloseNameIncorrect, at: position) }
                if !isStandalone(state), !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(Self.bytes(whiteSpaceBefore)))
                }
                return nodes
            case "!":
                cursor.advance()
                try cursor.read(past: state.endDelimiter)
                setNewLine = isStandalone(state)
            case "{", "&":
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(Self.bytes(whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }
                let brace = cursor.current == "{"
                cursor.advance()
                let name = try parseName(state)
                if brace { guard try cursor.read("}") else { throw fail(.unfinishedName) } }
                nodes.append(.variable(Path(name), escaped: false))
            case ">":
                cursor.advance()
                cursor.read(while: Self.isWhitespace)
                if cursor.current == "*" { throw fail(.unsupported("{{>*…}}"), at: tagStart) }
                let name = try parsePartialName(state)
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(Self.bytes(whiteSpaceBefore))) }
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: Self.bytes(whiteSpaceBefore)))
                } else {
                    nodes.append(.partial(name, indentation: nil))
                }
                whiteSpaceBefore = []
            case "<":
                throw fail(.unsupported("{{<…}}"), at: tagStart)
            case "$":
                throw fail(.unsupported("{{$…}}"), at: tagStart)
            case "=":
                cursor.advance()
                state = try parseSetDelimiter(state)
                setNewLine = isStandalone(state)
            case "%":
                cursor.advance()
                nodes.append(.contentType(try parseConfigVariable(state)))
                setNewLine = isStandalone(state)
            default:
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(Self.bytes(whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }
                nodes.append(.variable(Path(try parseName(state)), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw fail(.expectedSectionEnd) }
        return nodes
    }

    /// The characters' UTF-8, as `String(characters).utf8` (joining characters changes none of their bytes),
    /// without making the text first.
    static func bytes(_ characters: [Character]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(characters.count)
        for character in characters { bytes.append(contentsOf: character.utf8) }
        return bytes
    }
}
