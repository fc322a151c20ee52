import BegeleidModel

/// The notes with their HTML comments masked (`HTMLComments`), and the
/// warning for a comment that is never closed.
enum CommentMask {
    static func apply(_ source: SourceText) -> (source: SourceText, scan: HTMLComments.Scan) {
        let scan = HTMLComments.scan(source.lines)
        return (SourceText(lines: scan.lines), scan)
    }

    static func unclosedWarning(at location: SourceLocation, path: String) -> Diagnostic {
        Diagnostic(
            .warning, .commentUnclosed, path: path, at: location,
            LocalizedText(
                nl: "hier begint een HTML-commentaar dat nergens wordt gesloten met “-->”; alles tot het einde van het bestand blijft privé",
                en: "an HTML comment starts here and is never closed with “-->”; everything to the end of the file stays private"))
    }
}
