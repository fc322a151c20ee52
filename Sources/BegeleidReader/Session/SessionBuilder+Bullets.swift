import BegeleidMarkdown
import BegeleidModel

extension SessionBuilder {
    /// A line of a section of text (Casus, Samenvatting, Vervolg, …) that starts with a bullet sign that is no Markdown
    /// (`•`, `◦`, `▪`, `‣`, `·`, as a text pasted from a word processor has them): the report runs such lines together
    /// into one paragraph, while `rapport.md` keeps them apart (blind tester 38, a list pasted under Vervolg). A list
    /// section says so already (`text-outside-list`); a private one is not published.
    mutating func findBulletLines(_ outline: BodyOutline) {
        for section in outline.sections where !section.isPrivate && section.kind.map(Self.listSections.contains) == false {
            for index in section.contentLines where index < body.lines.count {
                let line = body.lines[index]
                // (Its first byte first: most lines start with a letter, and a bullet sign is never ASCII.)
                guard let byte = line.utf8.first, byte >= 0x80 else { continue }
                let indent = line.prefix { $0 == " " }.count
                let rest = line.dropFirst(indent)
                guard indent <= 3, let sign = rest.first, Self.bulletSigns.contains(sign), rest.dropFirst().first?.isWhitespace == true
                else { continue }
                var finding = Diagnostic(
                    .warning, .bulletNotList, path: path,
                    at: body.fileLocation(TextPosition(line: index + 1, column: indent + 1)),
                    LocalizedText(
                        nl: "“\(sign)” is voor Markdown geen lijstteken: begin het item met “- ”, anders lopen de regels in het rapport samen tot één alinea",
                        en: "“\(sign)” is no list marker in Markdown: start the item with “- ”, or the lines run together into one paragraph in the report"))
                finding.end = body.fileLocation(TextPosition(line: index + 1, column: indent + 2))
                finding.suggestion = "- "
                diagnostics.append(finding)
            }
        }
    }

    /// Bullet signs of word processors, none of them a list marker in Markdown.
    static let bulletSigns: Set<Character> = ["•", "◦", "▪", "▫", "‣", "·", "●", "○", "■", "□", "➢", "►", "▸"]
}
