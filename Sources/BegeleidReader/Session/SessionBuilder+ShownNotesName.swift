import BegeleidMarkdown
import BegeleidModel

extension SessionBuilder {
    /// A Notities name that a block shows but its typed line spells otherwise: in raw HTML (`<h2>Notities</h2>`,
    /// `<b>Notities</b>`), in a code span (`` `## Notities` ``), escaped (`\## Notities`), with an entity
    /// (`N&#111;tities`, `Notit&shy;ies`), with emphasis inside a word (`**Noti**ties`) or with an invisible character.
    /// Each of these published the private text under it without a word (a blind tester), where `## Notities` and
    /// `Notities:` were caught. The block's first line is tested as cmark-gfm shows it; each line of an HTML block,
    /// whose tags are dropped first (cmark-gfm drops the whole block, and the name in it is what the writer meant).
    /// Nil when the block shows none, or shows it as typed (`privateName` of the typed line said so already).
    func shownPrivateName(_ block: MarkdownBlock) -> (name: String, at: TextPosition)? {
        let first = block.start.line
        let lines: ClosedRange<Int>
        switch block.kind {
        case .paragraph, .item, .heading: lines = first...first
        case .htmlBlock: lines = first...max(first, block.end.line)
        default: return nil
        }
        for number in lines where number >= 1 && number <= body.lines.count {
            let typed = body.lines[number - 1]
            // (An HTML block's line is not shown as typed at all: each is looked at.)
            let isHTML = block.kind == .htmlBlock
            guard isHTML || Self.mayShowOtherwise(typed) else { continue }
            // (Not indented: four spaces would make the line code. A line of a list item or quote keeps its marker,
            // which `privateName` drops, as cmark-gfm prints it.)
            var line = String(typed.drop { $0 == " " || $0 == "\t" })
            if isHTML { line = Self.withoutTags(line) }
            let shown = Markdown.plainText(line).split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
            var visible = String(String.UnicodeScalarView(shown.unicodeScalars.filter { $0.properties.generalCategory != .format }))
            // (Full-width signs and letters as the ASCII ones: `＃＃ Notities`, blind tester 27.)
            if !visible.utf8.allSatisfy({ $0 < 0x80 }) { visible = visible.folding(options: .widthInsensitive, locale: nil) }
            let kind: MarkdownBlock.Kind = isHTML && Self.isHeadingTag(line: typed) ? .heading : isHTML ? .paragraph : block.kind
            if isHTML || visible != typed, let name = Self.privateName(typed: visible, kind: kind) {
                return (name, TextPosition(line: number, column: number == first ? block.start.column : 1))
            }
        }
        return nil
    }

    /// A Notities name in a code block or a table cell. An unclosed fence runs to the end of the notes: the
    /// `## Notities` under it was code, and the private text under that was published with it (blind tester 27), so
    /// each of its lines (its language label too) is looked at as a heading's. In a closed code block and a table cell
    /// only a line written as the heading counts (`## Notities`, `| ## Notities |`): a column `Notities`, `notes = []`
    /// or `# notities ophalen` in a script is text (blind tester 28: each held the report back and blanked the beamer).
    func privateNameInCodeOrCell(_ block: MarkdownBlock) -> (name: String, at: TextPosition)? {
        switch block.kind {
        case .codeBlock:
            let unclosed = block.isFenced && fence(at: block.start).map { !isClosed(block, by: $0) } == true
            for number in block.start.line...max(block.start.line, block.end.line) where number >= 1 && number <= body.lines.count {
                // (Without the fence's marks and the indentation.)
                let line = String(body.lines[number - 1].drop { $0 == " " || $0 == "\t" || $0 == "`" || $0 == "~" })
                let name = unclosed ? (Self.cannotNamePrivate(line) ? nil : Self.privateName(typed: line, kind: .codeBlock))
                    : Self.privateHeading(line)
                if let name { return (name, TextPosition(line: number, column: 1)) }
            }
            return nil
        case .other("table_cell"):
            // The heading, or a label (`| Privé: … |`, `| Privé: | … |`: blind testers 31 and 32, published); not a cell
            // that is only such a word (`| Intern | Extern |`, a data class `Vertrouwelijk`).
            let text = block.text.trimmed
            let label = Self.cannotNamePrivate(text) ? nil : Self.privateName(typed: text, kind: .paragraph)
            guard let name = Self.privateHeading(text) ?? label.flatMap({ text.count > $0.count || text.hasSuffix(":") ? $0 : nil }) else { return nil }
            // (Where the cell's text starts, not the space after its `|`.)
            let line = block.start.line >= 1 && block.start.line <= body.lines.count ? Array(body.lines[block.start.line - 1].unicodeScalars) : []
            var column = block.start.column
            while column - 1 < line.count, line[column - 1] == " " || line[column - 1] == "\t" { column += 1 }
            return (name, TextPosition(line: block.start.line, column: column))
        default:
            return nil
        }
    }

    /// The private section's name when `text` is written as its heading: `#` marks, then a private name and nothing
    /// else (`## Notities`, `# Privé`).
    static func privateHeading(_ text: String) -> String? {
        guard text.hasPrefix("#") else { return nil }
        let title = text.drop { $0 == "#" }.trimmed
        return !title.isEmpty && SectionKind.namesPrivate(title) ? title : nil
    }

    /// Whether a line may show other text than it holds: with `<`, `&`, `\` or `` ` ``, emphasis inside a word
    /// (`Noti**ties`), an invisible character or a full-width one. Most lines have none of these (an arrow or an
    /// accent alone is no reason to parse the line: that was 2.7 % of a full build's CPU).
    static func mayShowOtherwise(_ line: String) -> Bool {
        var previous: UInt8 = 0x20, beforePrevious: UInt8 = 0x20, wordBeforeEmphasis = false, rare = false
        for byte in line.utf8 {
            switch byte {
            case 0x3C, 0x26, 0x5C, 0x60: return true
            case 0x2A, 0x5F, 0x7E:
                if previous != 0x2A && previous != 0x5F && previous != 0x7E { wordBeforeEmphasis = isWordByte(previous) }
            default:
                if wordBeforeEmphasis, isWordByte(byte), previous == 0x2A || previous == 0x5F || previous == 0x7E { return true }
                // Where an invisible or full-width character may start: after any lead byte but those of Latin letters
                // with accents (C3–C5) and of dashes, quotes and arrows (E2 80 80–8A, 90–A9, AF–BF; E2 81–E2 BF but E2 81
                // A0–AF). (The characters themselves are told apart below.)
                if byte >= 0x80 && !rare {
                    switch (beforePrevious, previous, byte) {
                    case (_, _, 0xC3...0xC5), (_, _, 0xE2), (_, 0xE2, _): break
                    case (0xE2, 0x80, 0x8B...0x8F), (0xE2, 0x80, 0xAA...0xAE), (0xE2, 0x81, 0xA0...0xAF): rare = true
                    case (0xE2, _, _), (_, 0xC3...0xC5, _): break
                    default: rare = byte >= 0xC0
                    }
                }
            }
            (beforePrevious, previous) = (previous, byte)
        }
        return rare && line.unicodeScalars.contains { $0.properties.generalCategory == .format || (0xFF01...0xFF5E).contains($0.value) }
    }

    /// A letter, a digit, or a byte of a character beyond ASCII.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The line without its HTML tags (`<` with a letter, `/`, `!` or `?` after it, to the next `>`).
    static func withoutTags(_ line: String) -> String {
        var result = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            let after = rest.index(after: open)
            guard after < rest.endIndex, rest[after].isLetter || "/!?".contains(rest[after]),
                  let close = rest[after...].firstIndex(of: ">") else {
                result.append("<")
                rest = rest[after...]
                continue
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Whether an HTML block's line opens a heading (`<h1>` to `<h6>`, with attributes or not).
    private static func isHeadingTag(line: String) -> Bool {
        let tag = line.drop { $0 == " " || $0 == "\t" }.lowercased().utf8
        return tag.count >= 4 && tag.starts(with: "<h".utf8) && (0x31...0x36).contains(tag[tag.index(tag.startIndex, offsetBy: 2)])
            && [0x3E, 0x20, 0x09].contains(tag[tag.index(tag.startIndex, offsetBy: 3)])
    }
}
