import BegeleidModel
import Yams

extension FrontMatterReader {
    /// The keys whose value is free text, where `#` is written as part of it (`#2`, `#hashtag`).
    private static let freeText: Set<FrontMatterKey> = [.title, .organisation, .technology, .moderator, .coModerator, .location,
                                                        .commissioner]

    /// A `#` right after a space in a free-text value written without quotes (`titel: Camera's in park #2 (vervolg)`):
    /// YAML reads it as the start of a comment and drops the rest of the line, without a word (blind tester 32: the
    /// report's title was cut short). A warning at the `#`. A comment written as one (`# …`, with a space after the `#`)
    /// is left alone. `lines`: the notes' lines (file line `n` is `lines[n - 1]`).
    static func valueCutByComment(_ key: FrontMatterKey, _ valueNode: Node, document: YAMLDocument, lines: [String]) -> Diagnostic? {
        guard freeText.contains(key), case .scalar(let scalar) = valueNode, scalar.style == .plain else { return nil }
        let at = document.location(of: valueNode)
        // (Without a `#` byte on the line there is none to find: nearly every value.)
        guard at.line >= 1, at.line <= lines.count, lines[at.line - 1].utf8.contains(0x23) else { return nil }
        let line = Array(lines[at.line - 1].unicodeScalars)
        var column = at.column - 1
        while column + 2 < line.count {
            defer { column += 1 }
            guard line[column] == " " || line[column] == "\t", line[column + 1] == "#",
                  !line[column + 2].properties.isWhitespace, line[column + 2] != "#" else { continue }
            return Diagnostic(
                .warning, .valueCutByComment, path: document.path, at: SourceLocation(line: at.line, column: column + 2),
                LocalizedText(
                    nl: "“\(key.rawValue)”: YAML leest “ #” als het begin van commentaar, en de rest van de regel valt weg; zet de waarde tussen aanhalingstekens",
                    en: "“\(key.rawValue)”: YAML reads “ #” as the start of a comment, and the rest of the line is dropped; put the value in quotes"))
        }
        return nil
    }
}
