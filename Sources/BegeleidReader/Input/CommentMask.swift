import BegeleidModel

/// The notes with their HTML comments masked (`HTMLComments`), and the
/// warning for a comment that is never closed. A line that is a link
/// reference definition (`[//]: # (…)`, `[comment]: <> (…)`, `[x]: https://… "…"`)
/// is masked whole as well: Markdown's own way to write a comment, which every
/// viewer hides (a blind tester's `[//]: # (geheim)` was published as it stood:
/// reference links are not part of the notes' format).
enum CommentMask {
    static func apply(_ source: SourceText) -> (source: SourceText, scan: HTMLComments.Scan) {
        var scan = HTMLComments.scan(source.lines)
        for index in scan.lines.indices where isReferenceDefinition(scan.lines[index]) {
            scan.lines[index] = String(repeating: " ", count: scan.lines[index].unicodeScalars.count)
            scan.touched.insert(index + 1)
        }
        return (SourceText(lines: scan.lines), scan)
    }

    /// Whether `line` is a link reference definition: up to three spaces, `[label]:` (not a footnote's `[^…]:`), then
    /// something after it.
    static func isReferenceDefinition(_ line: String) -> Bool {
        let bytes = line.utf8
        var index = bytes.startIndex
        var spaces = 0
        while index < bytes.endIndex, bytes[index] == 0x20, spaces < 4 { spaces += 1; index = bytes.index(after: index) }
        guard spaces <= 3, index < bytes.endIndex, bytes[index] == 0x5B else { return false }
        index = bytes.index(after: index)
        guard index < bytes.endIndex, bytes[index] != 0x5E, bytes[index] != 0x5D else { return false }
        while index < bytes.endIndex, bytes[index] != 0x5D {
            if bytes[index] == 0x5B { return false }
            index = bytes.index(after: index)
        }
        index = index < bytes.endIndex ? bytes.index(after: index) : index
        guard index < bytes.endIndex, bytes[index] == 0x3A else { return false }
        return bytes[bytes.index(after: index)...].contains { $0 != 0x20 && $0 != 0x09 }
    }

    static func unclosedWarning(at location: SourceLocation, path: String) -> Diagnostic {
        Diagnostic(
            .warning, .commentUnclosed, path: path, at: location,
            LocalizedText(
                nl: "hier begint een HTML-commentaar dat nergens wordt gesloten met “-->”; alles tot het einde van het bestand blijft privé",
                en: "an HTML comment starts here and is never closed with “-->”; everything to the end of the file stays private"))
    }
}
