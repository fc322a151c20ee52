import BegeleidModel

/// HTML comments are private (FORMAT.md), however they are written: from
/// `<!--` to the next `-->` (or `--!>`), with anything in between — also the
/// `--` that CommonMark 0.29 does not allow inside a comment, which would make
/// cmark-gfm print the comment as text — and, when it is never closed, to the
/// end of the file. Each character of a comment becomes a space, so every
/// other character keeps its line and column.
enum CommentMask {
    struct Masked {
        var source: SourceText
        /// Where a comment starts that is never closed.
        var unclosed: SourceLocation?
    }

    static func apply(_ source: SourceText) -> Masked {
        guard source.lines.contains(where: { $0.contains("<!--") }) else { return Masked(source: source, unclosed: nil) }
        var lines: [String] = []
        var open: SourceLocation?
        for (index, line) in source.lines.enumerated() {
            var characters = Array(line)
            var position = 0
            while position < characters.count {
                if open == nil {
                    guard starts(characters, at: position, with: "<!--") else { position += 1; continue }
                    open = SourceLocation(line: index + 1, column: position + 1)
                    blank(&characters, position..<position + 4)
                    position += 4
                } else if let close = ["-->", "--!>"].first(where: { starts(characters, at: position, with: $0) }) {
                    blank(&characters, position..<position + close.count)
                    position += close.count
                    open = nil
                } else {
                    blank(&characters, position..<position + 1)
                    position += 1
                }
            }
            lines.append(String(characters))
        }
        return Masked(source: SourceText(lines: lines), unclosed: open)
    }

    private static func starts(_ characters: [Character], at position: Int, with text: String) -> Bool {
        let marker = Array(text)
        return position + marker.count <= characters.count && Array(characters[position..<position + marker.count]) == marker
    }

    private static func blank(_ characters: inout [Character], _ range: Range<Int>) {
        for index in range { characters[index] = " " }
    }

    /// The warning for a comment that is never closed.
    static func unclosedWarning(at location: SourceLocation, path: String) -> Diagnostic {
        Diagnostic(
            .warning, "comment-unclosed", path: path, at: location,
            LocalizedText(
                nl: "hier begint een HTML-commentaar dat nergens wordt gesloten met “-->”; alles tot het einde van het bestand blijft privé",
                en: "an HTML comment starts here and is never closed with “-->”; everything to the end of the file stays private"))
    }
}
