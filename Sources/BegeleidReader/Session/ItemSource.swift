import BegeleidMarkdown
import BegeleidModel

/// The source of one list item: its first paragraph as located text, the
/// rest of the item as Markdown, and any structural finding about it.
struct ItemSource {
    var text: LocatedText
    var details: RichText?
    var location: SourceLocation

    /// Cuts an item out of the body. Returns nil (with a diagnostic) when the
    /// item cannot be an entry: empty, or holding a heading.
    static func read(
        _ item: MarkdownBlock, body: BodyLines, path: String, diagnostics: inout [Diagnostic]
    ) -> ItemSource? {
        let location = body.fileLocation(item.start)
        if let heading = firstHeading(in: item) {
            diagnostics.append(Diagnostic(
                .error, .headingInItem, path: path, at: body.fileLocation(heading.start),
                LocalizedText(
                    nl: "een kop binnen een lijstitem; zet de kop aan het begin van de regel, zonder inspringen",
                    en: "a heading inside a list item; start the heading at the beginning of the line, not indented")))
            return nil
        }
        guard let first = item.children.first, first.kind == .paragraph else {
            let onlyHTML = item.children.first?.kind == .htmlBlock
            diagnostics.append(Diagnostic(
                .warning, .itemEmpty, path: path, at: location,
                onlyHTML
                    ? LocalizedText(
                        nl: "lijstitem dat met HTML begint wordt overgeslagen; HTML komt nooit in het rapport",
                        en: "list item starting with HTML is skipped; HTML never reaches the report")
                    : LocalizedText(nl: "leeg lijstitem wordt overgeslagen", en: "empty list item is skipped")))
            return nil
        }
        var text = body.locatedText(from: first.start, to: first.end)
        text.removeHTMLComments()
        var details: RichText?
        if item.children.count > 1 {
            let rest = item.children[1]
            let indent = max(0, first.start.column - 1)
            details = .sanitized(body.markdown(lines: (rest.start.line - 1)..<item.end.line, dedent: indent))
        }
        return ItemSource(text: text.trimmed(), details: details, location: location)
    }

    private static func firstHeading(in block: MarkdownBlock) -> MarkdownBlock? {
        for child in block.children {
            if child.kind == .heading { return child }
            if let nested = firstHeading(in: child) { return nested }
        }
        return nil
    }
}

/// The body's lines, with the offset that turns body positions into file positions.
struct BodyLines {
    let lines: [String]
    let lineOffset: Int
    /// Where a comment was taken out of a line (`HTMLComments.Scan.shifts`), by the file's line: the columns after
    /// it are the file's once shifted back.
    var shifts: [Int: HTMLComments.ColumnShift] = [:]

    func fileLocation(_ position: TextPosition) -> SourceLocation {
        let line = position.line + lineOffset
        return SourceLocation(line: line, column: shifts.isEmpty ? position.column : shifts[line]?.original(position.column) ?? position.column)
    }

    /// The text between two positions (both inclusive, columns counted in
    /// Unicode scalars), continuation lines stripped of their indentation.
    func locatedText(from start: TextPosition, to end: TextPosition) -> LocatedText {
        var characters: [Character] = []
        var locations: [SourceLocation] = []
        let lastLine = min(end.line, lines.count)
        guard start.line >= 1, start.line <= lastLine else {
            return LocatedText(characters: [], locations: [], anchor: fileLocation(start))
        }
        let capacity = lines[(start.line - 1)..<lastLine].reduce(0) { $0 + $1.utf8.count + 1 }
        let ascii = Self.asciiCharacters
        characters.reserveCapacity(capacity)
        locations.reserveCapacity(capacity)
        for lineNumber in start.line...lastLine {
            if lineNumber > start.line {
                characters.append("\n")
                locations.append(SourceLocation(line: lineNumber + lineOffset - 1, column: 1))
            }
            var leading = lineNumber > start.line
            let line = lines[lineNumber - 1]
            let shift = shifts.isEmpty ? nil : shifts[lineNumber + lineOffset]
            let utf8 = line.utf8
            var index = utf8.startIndex
            var column = 1
            // Character by character, each found from its bytes where it is one ASCII byte followed by another
            // (or by the end): no accent or other mark joins it then, and none joins it to the character before
            // (a line holds no CR or LF, and `index` is always where a character starts).
            while index < utf8.endIndex {
                let byte = utf8[index]
                let next = utf8.index(after: index)
                let character: Character
                let characterEnd: String.Index
                let scalars: Int
                if byte < 0x80, next == utf8.endIndex || utf8[next] < 0x80 {
                    (character, characterEnd, scalars) = (ascii[Int(byte)], next, 1)
                } else {
                    characterEnd = line.index(after: index)
                    character = line[index]
                    // A scalar starts at every byte that does not continue one.
                    scalars = utf8[index..<characterEnd].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                }
                defer {
                    index = characterEnd
                    column += scalars
                }
                if lineNumber == start.line, column < start.column { continue }
                if lineNumber == end.line, column > end.column { break }
                // A space or tab alone (with a mark joined to it, it is another character).
                if leading, byte == 0x20 || byte == 0x09, characterEnd == next { continue }
                leading = false
                characters.append(character)
                locations.append(SourceLocation(line: lineNumber + lineOffset, column: shift?.original(column) ?? column))
            }
        }
        return LocatedText(characters: characters, locations: locations, anchor: fileLocation(start))
    }

    /// The 128 ASCII characters, by their byte: made once (making a `Character` of a byte made a string each
    /// time, half of cutting an item's text out of its lines).
    private static let asciiCharacters: [Character] = (0..<0x80).map { Character(Unicode.Scalar(UInt8($0))) }

    /// Source lines as Markdown, each with up to `dedent` leading spaces removed.
    func markdown(lines range: Range<Int>, dedent: Int = 0) -> String {
        let clamped = max(0, range.lowerBound)..<min(lines.count, max(range.lowerBound, range.upperBound))
        return lines[clamped].map { line -> Substring in
            var dropped = 0
            var index = line.startIndex
            while dropped < dedent, index < line.endIndex, line[index] == " " {
                index = line.index(after: index)
                dropped += 1
            }
            return line[index...]
        }.joined(separator: "\n")
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var copy = self
        while copy.last?.isNewline == true || copy.last == " " { copy.removeLast() }
        return copy
    }
}
