import BegeleidMarkdown
import BegeleidModel

extension SessionBuilder {
    /// A fenced code block (```` ``` ```` or `~~~`) that is never closed runs to the end of the notes (or of its list
    /// item): every section under it became code without a word, and one under `## Notities` was lost from the report
    /// (blind tester 27). Said where the fence opens, in every section, private ones too; nothing of it is quoted.
    mutating func findUnclosedFences(_ outline: BodyOutline) {
        var pending = outline.preamble + outline.sections.flatMap(\.blocks)
        while let block = pending.popLast() {
            pending += block.children
            guard block.kind == .codeBlock, block.isFenced, let fence = fence(at: block.start), !isClosed(block, by: fence) else { continue }
            diagnostics.append(Diagnostic(
                .warning, .codeFenceUnclosed, path: path, at: body.fileLocation(block.start),
                LocalizedText(
                    nl: "het codeblok dat hier begint met \(fence) wordt nergens gesloten: alles eronder tot het einde van het bestand (of van het lijstitem) is code, ook koppen; sluit het met een regel \(fence)",
                    en: "the code block that starts here with \(fence) is never closed: everything under it to the end of the file (or of the list item) is code, headings too; close it with a line \(fence)")))
        }
    }

    /// The fence a fenced code block opens with (its run of backticks or tildes).
    func fence(at start: TextPosition) -> String? {
        guard start.line >= 1, start.line <= body.lines.count else { return nil }
        let line = body.lines[start.line - 1].unicodeScalars.dropFirst(max(0, start.column - 1))
        guard let mark = line.first, mark == "`" || mark == "~" else { return nil }
        let run = line.prefix { $0 == mark }.count
        return run >= 3 ? String(repeating: String(mark), count: run) : nil
    }

    /// Whether the block's last line closes it: the same mark, as many or more, and nothing else after indentation.
    func isClosed(_ block: MarkdownBlock, by fence: String) -> Bool {
        guard block.end.line > block.start.line, block.end.line <= body.lines.count else { return false }
        let last = body.lines[block.end.line - 1].drop { $0 == " " || $0 == "\t" || $0 == ">" }
        let mark = fence.first!
        let run = last.prefix { $0 == mark }
        return run.count >= fence.count && last.dropFirst(run.count).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
