import BegeleidModel
import BegeleidMustache

/// The live preview's page for notes with errors: every finding with its
/// line, column, message and the line from the file with a caret under the spot.
struct ErrorPageContext {
    let path: String
    let diagnostics: [Diagnostic]
    let sourceLines: [Substring]
    let labels: Labels

    func make() -> ContextObject {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        let dutch = labels.language == .dutch
        let count = { (n: Int, one: String, many: String) in "\(n) \(n == 1 ? one : many)" }
        // Why the report is held back, in words for the room: a privacy error, or notes that cannot be read (a colon in
        // a title was said to the room as “private text or a name”: blind tester 38).
        let forPrivacy = diagnostics.contains(where: \.isPrivacyError)
        let intro = labels.fill(forPrivacy ? "preview_errors_intro_private" : "preview_errors_intro_unreadable", [
            "bestand": path,
            "fouten": dutch ? count(errors, "fout", "fouten") : count(errors, "error", "errors"),
            "waarschuwingen": dutch ? count(warnings, "waarschuwing", "waarschuwingen") : count(warnings, "warning", "warnings"),
        ])
        var context: ContextObject = [
            "lang": .string(labels.language.rawValue), "labels": labels.dictionary,
            "pageTitle": .string("\(labels["preview_errors_title"]) · \(path)"), "path": .string(path), "intro": .string(intro),
        ]
        let hidden = PrivateLines(sourceLines, path: path, diagnostics: diagnostics)
        // Errors first: on a beamer the one finding that keeps the report back must not hide below the warnings.
        let ordered = diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity != .error }
        context.setList(ordered.map { finding($0, hidden: hidden) }, "findings")
        return context
    }

    private func finding(_ diagnostic: Diagnostic, hidden: PrivateLines) -> ContextObject {
        let line = diagnostic.location.line
        // The preview is often on a beamer: names, private notes and comments are not quoted.
        let quotable = !hidden.contains(line)
        let source = quotable && line >= 1 && line <= sourceLines.count ? String(sourceLines[line - 1]) : nil
        // The spot marked in the line itself, not by a caret on a line of its own: a line that wraps on the beamer put
        // the caret far from its word (blind tester 38).
        let (before, marked, after) = source.map { Self.split($0, at: diagnostic) } ?? ("", "", "")
        return [
            "line": .int(line), "column": .int(diagnostic.location.column), "code": .string(diagnostic.code.rawValue),
            "message": .string(diagnostic.text(labels.language)), "severity": .string(diagnostic.severity.rawValue),
            "isError": .bool(diagnostic.severity == .error),
            "severityLabel": .string(labels[diagnostic.severity == .error ? "preview_error" : "preview_warning"]),
            "before": .string(before), "marked": .string(marked), "after": .string(after), "hasSource": .bool(source != nil),
        ]
    }

    /// `line` before the finding's spot, the spot (to its end on the same line, else its word, or one character; a space
    /// past the line's end), and after it. Columns count Unicode scalars.
    static func split(_ line: String, at diagnostic: Diagnostic) -> (before: String, marked: String, after: String) {
        let scalars = Array(line.unicodeScalars)
        let start = min(max(0, diagnostic.location.column - 1), scalars.count)
        guard start < scalars.count else { return (line, " ", "") }
        var end = start + 1
        if let last = diagnostic.end, last.line == diagnostic.location.line, last.column - 1 > start {
            end = min(scalars.count, last.column - 1)
        } else if scalars[start].properties.isAlphabetic {
            while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
        }
        let text = { (range: Range<Int>) in String(String.UnicodeScalarView(scalars[range])) }
        return (text(0..<start), text(start..<end), text(end..<scalars.count))
    }
}
