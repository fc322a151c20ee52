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
        let intro = labels.fill("preview_errors_intro", [
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
        let caret = source.map { text in
            String(text.unicodeScalars.prefix(max(0, diagnostic.location.column - 1)).map { $0 == "\t" ? "\t" : " " }) + "^"
        }
        return [
            "line": .int(line), "column": .int(diagnostic.location.column), "code": .string(diagnostic.code.rawValue),
            "message": .string(diagnostic.text(labels.language)), "severity": .string(diagnostic.severity.rawValue),
            "isError": .bool(diagnostic.severity == .error),
            "severityLabel": .string(labels[diagnostic.severity == .error ? "preview_error" : "preview_warning"]),
            "source": .string(source ?? ""), "caret": .string(caret ?? ""), "hasSource": .bool(source != nil),
        ]
    }
}
