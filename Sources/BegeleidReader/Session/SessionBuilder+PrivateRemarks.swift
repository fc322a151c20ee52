import BegeleidMarkdown
import BegeleidModel

extension SessionBuilder {
    /// A private remark inside a published line, where a label at the line's start is caught already (`privateName`):
    /// `… onveilig (privé: de wethouder wil dit snel).`, `wethouder boos. (privé)`, `… [vertrouwelijk]`, a lock or
    /// `#privé` anywhere (blind testers 34 and 35: each published without a word). Found as a misplaced Notities name, so
    /// the report is held back and the lines after it are quoted nowhere.
    mutating func findPrivateRemarks(_ outline: BodyOutline) {
        for section in outline.sections where !section.isPrivate {
            for index in section.contentLines where index < body.lines.count {
                guard let found = Self.privateRemark(in: body.lines[index]) else { continue }
                self.outline.misplacedNotesHeadings.append(SourceOutline.Heading(
                    title: found.name, location: body.fileLocation(TextPosition(line: index + 1, column: found.column))))
            }
        }
    }

    /// The first private remark in `line` and its column (in Unicode scalars): a remark in brackets whose words say
    /// private (`SectionKind.remarkSaysPrivate`: `(privé)`, `(vertrouwelijk, niet delen)`, `[intern]`, up to a colon:
    /// `(privé: …)`), a private sign (`SectionKind.privateSigns`), or a hashtag of a strong private word (`#privé`).
    /// A line without `(`, `[`, `#` or a sign's first byte is passed over by its bytes.
    static func privateRemark(in line: String) -> (name: String, column: Int)? {
        let bytes = Array(line.utf8)
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["):
                var end = index + 1
                while end < bytes.count, end - index <= 80, !")]:".utf8.contains(bytes[end]) { end += 1 }
                // (A remark whose first word is ASCII and begins no private one is none: most brackets, `(kern)`, `(+)`.)
                var cursor = index + 1
                while cursor < end, bytes[cursor] == 0x20 { cursor += 1 }
                let first = cursor
                while cursor < end, (0x61...0x7A).contains(bytes[cursor] | 0x20) { cursor += 1 }
                if cursor == end || bytes[cursor] < 0x80 {
                    guard cursor > first, SectionKind.remarkMayStartWith(String(decoding: bytes[first..<cursor].map { $0 | 0x20 }, as: UTF8.self)) else { continue }
                }
                let remark = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                if remark.count <= 40, SectionKind.remarkSaysPrivate(remark) {
                    return (remark.trimmed, column(of: index, in: bytes))
                }
            case UInt8(ascii: "#") where index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09:
                let letters = String(decoding: bytes[(index + 1)..<min(bytes.count, index + 40)], as: UTF8.self).prefix { $0.isLetter }
                if letters.count >= 5, letters.count <= 13, strongWords.contains(Names.key(String(letters))) {
                    return ("#" + letters, column(of: index, in: bytes))
                }
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
        return nil
    }

    /// The column (1-based, in Unicode scalars) of the byte at `offset` of a line.
    private static func column(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].count { $0 & 0xC0 != 0x80 } + 1
    }
}
