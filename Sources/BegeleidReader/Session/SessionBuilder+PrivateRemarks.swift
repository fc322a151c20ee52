import BegeleidMarkdown
import BegeleidModel

extension SessionBuilder {
    /// A private remark inside a published line, where a label at the line's start is caught already (`privateName`):
    /// `… onveilig (privé: de wethouder wil dit snel).`, `wethouder boos. (privé)`, `… [vertrouwelijk]`, a lock or
    /// `#privé` anywhere (blind testers 34 and 35: each published without a word). Found as a misplaced Notities name, so
    /// the report is held back and the lines after it are quoted nowhere.
    mutating func findPrivateRemarks(_ outline: BodyOutline) {
        for section in outline.sections where !section.isPrivate {
            var code: Set<Int> = []
            Self.codeLines(section.blocks, into: &code)
            for index in section.contentLines where index < body.lines.count {
                // (In a code block a tag is shown as written: it hides nothing. Its retest found the report held back.)
                let inCode = code.contains(index)
                guard let found = Self.privateRemark(in: body.lines[index], tagsShown: inCode)
                        ?? (inCode ? nil : Self.privateTagOverLines(body.lines, at: index)) else { continue }
                self.outline.misplacedNotesHeadings.append(SourceOutline.Heading(
                    title: found.name, location: body.fileLocation(TextPosition(line: index + 1, column: found.column))))
            }
        }
    }

    /// The first private remark in `line` and its column (in Unicode scalars): a remark in brackets whose words say
    /// private (`SectionKind.remarkSaysPrivate`: `(privé)`, `(vertrouwelijk, niet delen)`, `[intern]`, up to a colon:
    /// `(privé: …)`), a private sign (`SectionKind.privateSigns`), a hashtag of a strong private word (`#privé`), or an
    /// HTML tag that hides its text (`privateTag`). A line without `(`, `[`, `#`, `<` or a sign's first byte is passed
    /// over by its bytes.
    static func privateRemark(in line: String, tagsShown: Bool = false) -> (name: String, column: Int)? {
        let bytes = Array(line.utf8)
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                var start = index + 1
                var end = remarkEnd(bytes, from: start, limit: index + 80)
                // (After a word that asks attention the remark goes on: `(NB: vertrouwelijk)`, blind tester 36.)
                if end < bytes.count, bytes[end] == 0x3A, bracketAttentionWords.contains(Names.key(String(decoding: bytes[start..<end], as: UTF8.self))) {
                    start = end + 1
                    end = remarkEnd(bytes, from: start, limit: index + 80)
                }
                guard firstWord(bytes, from: start, to: end).mayBePrivate else { continue }
                let remark = Self.plainRemark(String(decoding: bytes[start..<end], as: UTF8.self))
                if remark.count <= 40, SectionKind.remarkSaysPrivate(remark) || Self.startsWithStrongWord(remark) {
                    return (remark.trimmed, column(of: index, in: bytes))
                }
            case UInt8(ascii: "#") where index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09:
                let letters = String(decoding: bytes[(index + 1)..<min(bytes.count, index + 40)], as: UTF8.self).prefix { $0.isLetter }
                if isStrongWord(letters) {
                    return ("#" + letters, column(of: index, in: bytes))
                }
            case UInt8(ascii: "<") where !tagsShown:
                if let tag = privateTag(bytes, at: index), !isInCode(bytes, at: index) { return (tag, column(of: index, in: bytes)) }
            case 0xF0, 0xE3:
                // (Each sign is four bytes from 0xF0, or ㊙ three from 0xE3; a variation sign may follow.)
                let width = byte == 0xF0 ? 4 : 3
                guard index + width <= bytes.count else { continue }
                let sign = String(decoding: bytes[index..<(index + width)], as: UTF8.self)
                if let character = sign.first, SectionKind.privateSigns.contains(character) { return (sign, column(of: index, in: bytes)) }
            default:
                continue
            }
        }
        return privateLabelMidLine(bytes) ?? privateTail(bytes)
    }

    /// A private label with its colon inside a line, after a sentence's end or a separator (`… de ring. Niet delen: …`,
    /// `… // privé: …`, `… -- intern: …`: blind tester 39, each published): read as a line that starts there
    /// (`privateName`). Only where a colon follows a separator within 40 bytes.
    static func privateLabelMidLine(_ bytes: [UInt8]) -> (name: String, column: Int)? {
        guard bytes.contains(0x3A) else { return nil }
        var index = 1
        while index + 1 < bytes.count {
            defer { index += 1 }
            // After `. `, `! `, `? `, `; `, `// `, `-- `, ` - ` (and an en or em dash, E2 80 93/94, with a space).
            let separated: Bool
            switch bytes[index] {
            case 0x20:
                let before = bytes[index - 1]
                separated = ".!?;".utf8.contains(before)
                    || (index >= 2 && (bytes[index - 2] == before && (before == 0x2F || before == 0x2D)))
                    || (before == 0x2D && index >= 2 && bytes[index - 2] == 0x20)
                    || (index >= 3 && bytes[index - 3] == 0xE2 && bytes[index - 2] == 0x80 && (before == 0x93 || before == 0x94))
            default:
                separated = false
            }
            guard separated else { continue }
            let start = index + 1
            guard let colon = bytes[start..<min(bytes.count, start + 40)].firstIndex(of: 0x3A), colon > start else { continue }
            let rest = String(decoding: bytes[start...], as: UTF8.self)
            if let name = privateName(typed: rest, kind: .paragraph) { return (name, column(of: start, in: bytes)) }
        }
        return nil
    }

    /// Where a remark in brackets that starts at `start` ends: its closing bracket, a colon, the line's end or `limit`.
    private static func remarkEnd(_ bytes: [UInt8], from start: Int, limit: Int) -> Int {
        var end = start
        while end < bytes.count, end <= limit, !")]}:".utf8.contains(bytes[end]) { end += 1 }
        return end
    }

    /// A private remark that ends the line after a dash or a comma (`… — vertrouwelijk`, `… - niet delen`, `…, niet
    /// delen.`), or in emphasis (`… *vertrouwelijk*`, `… **intern**`): blind tester 36, each published. Byte by byte,
    /// and its first word tried as a bracket's is (`remarkMayStartWith`): it is asked of every published line.
    private static func privateTail(_ bytes: [UInt8]) -> (name: String, column: Int)? {
        var end = bytes.count
        while end > 0, tailEnds.contains(bytes[end - 1]) { end -= 1 }
        guard end > 0 else { return nil }
        // The emphasis at the end, or the text after the last dash or comma, within the last 48 bytes.
        var start = end
        while start > 0, end - start < 48, !tailStarts.contains(bytes[start - 1]), !isDash(bytes, before: start) { start -= 1 }
        guard start > 0, start < end, tailStarts.contains(bytes[start - 1]) || isDash(bytes, before: start) else { return nil }
        // (A hyphen only with a space before it: `Privacy-instellingen` is a word.)
        if bytes[start - 1] == UInt8(ascii: "-"), start >= 2, bytes[start - 2] != 0x20, bytes[start - 2] != UInt8(ascii: "-") { return nil }
        let (first, mayBePrivate) = firstWord(bytes, from: start, to: end)
        guard mayBePrivate, end - first <= 80 else { return nil }
        let remark = String(decoding: bytes[first..<end], as: UTF8.self)
        guard SectionKind.remarkSaysPrivate(remark) else { return nil }
        return (remark, column(of: first, in: bytes))
    }

    /// A remark without emphasis marks and invisible characters (`(*privé*: …)`, `(**vertrouwelijk**: …)`, `ver­trouwelijk`
    /// with a soft hyphen: blind tester 39, each published), a no-break space as a space.
    static func plainRemark(_ remark: String) -> String {
        guard remark.utf8.contains(where: { $0 == 0x2A || $0 == 0x5F || $0 == 0x7E || $0 >= 0xC2 }) else { return remark }
        return String(String.UnicodeScalarView(remark.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            if scalar == "*" || scalar == "_" || scalar == "~" || scalar.properties.generalCategory == .format { return nil }
            return scalar == "\u{A0}" || scalar == "\u{202F}" ? " " : scalar
        }))
    }

    /// Whether a remark starts with a strong private word followed by a comma, a dash or a space and more (`(privé, …)`,
    /// `(vertrouwelijk - …)`, `(privé …)`: blind tester 39). Not a weaker one: `(intern, extern)` is text.
    static func startsWithStrongWord(_ remark: String) -> Bool {
        let trimmed = remark.drop { $0 == " " }
        let word = trimmed.prefix { $0.isLetter }
        guard let next = trimmed.dropFirst(word.count).first else { return false }
        return (next == "," || next == " " || next == "–" || next == "—" || next == ";") && isStrongWord(word)
    }

    /// Where the first word of the remark in `bytes[start..<end]` starts (after white space), and whether the remark may
    /// be private: a first word of ASCII letters must begin a private remark (`SectionKind.remarkMayStartWith`; most
    /// brackets, `(kern)`, `(+)`, are passed over by it); one with a letter beyond ASCII is looked at whole.
    private static func firstWord(_ bytes: [UInt8], from start: Int, to end: Int) -> (start: Int, mayBePrivate: Bool) {
        var cursor = start
        while cursor < end, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 || bytes[cursor] == 0x2A || bytes[cursor] == 0x5F { cursor += 1 }
        let first = cursor
        while cursor < end, (0x61...0x7A).contains(bytes[cursor] | 0x20) { cursor += 1 }
        guard cursor == end || bytes[cursor] < 0x80 else { return (first, true) }
        return (first, cursor > first && SectionKind.remarkMayStartWith(String(decoding: bytes[first..<cursor].map { $0 | 0x20 }, as: UTF8.self)))
    }

    /// The bytes a line's end may have after a remark (`.`, `!`, `)`, emphasis, white space), and the bytes before one.
    private static let tailEnds = ASCIISet(" \t.!)*_".utf8)
    private static let tailStarts = ASCIISet("*_,-".utf8)

    /// Whether the bytes before `offset` are an en or em dash (`–`, `—`: E2 80 93, E2 80 94).
    private static func isDash(_ bytes: [UInt8], before offset: Int) -> Bool {
        offset >= 3 && bytes[offset - 3] == 0xE2 && bytes[offset - 2] == 0x80 && (bytes[offset - 1] == 0x93 || bytes[offset - 1] == 0x94)
    }

    /// The column (1-based, in Unicode scalars) of the byte at `offset` of a line.
    static func column(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].count { $0 & 0xC0 != 0x80 } + 1
    }
}
