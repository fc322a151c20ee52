import BegeleidModel
import BegeleidReader

/// Converts between the reader's places (1-based lines, columns in Unicode
/// scalars, a byte-order mark not counted) and the protocol's (0-based
/// lines, characters in UTF-16 code units). Both end lines at LF, CRLF and CR.
struct LineIndex: Sendable {
    let lines: [Substring]
    /// The text starts with a byte-order mark, which the reader does not count.
    let byteOrderMark: Bool
    /// The text's own line end (its first one), for edits that add lines.
    let lineEnd: String

    init(text: String) {
        let bytes = Array(text.utf8)
        lines = SourceLines.lines(bytes)
        byteOrderMark = text.unicodeScalars.first == "\u{FEFF}"
        let first = bytes.firstIndex { $0 == 0x0A || $0 == 0x0D }
        lineEnd = first.map { bytes[$0] == 0x0A ? "\n" : $0 + 1 < bytes.count && bytes[$0 + 1] == 0x0A ? "\r\n" : "\r" } ?? "\n"
    }

    /// The line (1-based) as the reader saw it; empty beyond the end.
    func line(_ number: Int) -> Substring {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// A reader's place as a protocol position; a column past the line's end is its end.
    func position(_ location: SourceLocation) -> Position {
        guard !lines.isEmpty else { return Position(line: 0, character: 0) }
        let number = min(max(location.line, 1), lines.count)
        var character = 0
        for scalar in lines[number - 1].unicodeScalars.prefix(max(0, location.column - 1)) { character += scalar.utf16.count }
        if number == 1, byteOrderMark { character += 1 }
        return Position(line: number - 1, character: character)
    }

    /// A protocol position as a reader's place; a character inside a surrogate pair counts as its scalar.
    func location(_ position: Position) -> SourceLocation {
        let number = position.line + 1
        var remaining = position.character - (number == 1 && byteOrderMark ? 1 : 0)
        var column = 1
        for scalar in line(number).unicodeScalars {
            guard remaining > 0 else { break }
            remaining -= scalar.utf16.count
            column += 1
        }
        return SourceLocation(line: number, column: column)
    }

    /// `columns` scalars from `location` on its line, as a range.
    func range(_ location: SourceLocation, columns: Int) -> Range {
        Range(start: position(location), end: position(SourceLocation(line: location.line, column: location.column + columns)))
    }

    /// The whole line (1-based), without its line end.
    func lineRange(_ number: Int) -> Range {
        let end = position(SourceLocation(line: number, column: line(number).unicodeScalars.count + 1))
        return Range(start: Position(line: number - 1, character: 0), end: end)
    }
}
