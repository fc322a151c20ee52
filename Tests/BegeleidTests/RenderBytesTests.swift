@testable import BegeleidRender
import BegeleidMarkdown
import BegeleidModel
import Foundation
import Testing

/// Issue 18 writes the CSV lines, the workbook's cells and the tidied Markdown
/// report byte-wise: held here to the `Character`-wise code they replaced (kept
/// verbatim below), on texts made of what makes the difference (formula starts,
/// quotes, commas, line ends, white space, control characters, U+FFFE and
/// U+FFFF, combining marks, emoji). The
/// one intended difference: a comma or quote that a combining mark follows is
/// one `Character` but still a comma or quote to a CSV reader, and was left
/// unquoted (the row then had a column too many); it is quoted now.
@Suite("Byte-wise CSV, sheet cells and Markdown tidying equal the Character-wise reference")
struct RenderBytesTests {
    private static func referenceField(_ value: String) -> String {
        var text = value
        if let first = text.first, ["=", "+", "-", "@"].contains(first), text.count > 1 { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func referenceEscape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func referenceText(_ value: String, at reference: String?, style: Int) -> String {
        // A text that starts like a formula: shown as typed, its style the text style's with `quotePrefix` (0 → 3, 2 → 4).
        var style = style
        if let first = value.first, ["=", "+", "-", "@"].contains(first), value.count > 1 { style = style == 0 ? 3 : 4 }
        let at = reference.map { #" r="\#($0)""# } ?? ""
        return #"<c\#(at) t="inlineStr"\#(style == 0 ? "" : #" s="\#(style)""#)><is><t xml:space="preserve">\#(referenceEscape(value))</t></is></c>"#
    }

    private static func referenceTidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let isBlank = line.allSatisfy(\.isWhitespace)
            if isBlank, lines.last.map({ $0.isEmpty }) ?? true { continue }
            lines.append(isBlank ? "" : line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private static let pieces = [
        "=", "+", "-", "@", "a", "12", " ", ",", "\"", "\n", "\r", "\r\n", "\t", "\u{1}", "\u{1F}", "\u{7F}", "&", "<", ">",
        "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{301}", "é", "🙂", "'", "2026-03-12",
        "\n", "\n\n", " \n", "\u{A0}", "\u{2003}", "\u{85}", "\u{B}", "# Kop", "\u{600}",
    ]

    private static func generated(count: Int) -> [String] {
        var random = SeededRandom(seed: 18)
        return (0..<count).map { _ in (0..<random.next(below: 7)).map { _ in pieces[random.next(below: pieces.count)] }.joined() }
    }

    /// Joined to the character before it, a comma or quote was not seen by the reference.
    private static func joinsASeparator(_ text: String) -> Bool {
        text.contains { $0 != "," && $0 != "\"" && $0 != "\r\n" && ($0.unicodeScalars.contains(",") || $0.unicodeScalars.contains("\"")) }
    }

    @Test func csvFieldsAsBefore() {
        var compared = 0
        for text in Self.generated(count: 20_000) where !Self.joinsASeparator(text) {
            #expect(CSVTable.field(text) == Self.referenceField(text), "\(Array(text.unicodeScalars))")
            compared += 1
        }
        #expect(compared > 15_000)
        #expect(CSVTable.field("a,\u{301}b") == "\"a,\u{301}b\"", "the intended difference: a comma is a comma")
        #expect(CSVTable.line(["=1", "x\"y", ""]) == "'=1,\"x\"\"y\",\r\n")
    }

    @Test func sheetTextAsBefore() {
        for text in Self.generated(count: 20_000) {
            #expect(Workbook.escape(text) == Self.referenceEscape(text), "\(Array(text.unicodeScalars))")
            #expect(Workbook.text(text, at: nil, style: 0) == Self.referenceText(text, at: nil, style: 0))
            #expect(Workbook.text(text, at: "B7", style: 2) == Self.referenceText(text, at: "B7", style: 2))
        }
    }

    @Test func markdownTidiedAsBefore() {
        for text in Self.generated(count: 20_000) + ["", "\n", "a\r\n\r\nb", " \u{301}\n\nx", "\u{600}\n\nx\n \n"] {
            #expect(Renderer.tidyMarkdown(text) == Self.referenceTidy(text), "\(Array(text.unicodeScalars))")
            // A session's report is tidied from the rendered bytes to the file's (no String between).
            #expect(Renderer.tidyMarkdown(bytes: Array(text.utf8)) == Data(Self.referenceTidy(text).utf8))
        }
    }

    /// Dates read byte by byte (issue 18): wherever the bytes give a date, the way that split the text and
    /// asked `Int` gives the same one (and `serial` takes the bytes' first).
    @Test func serialsAsBefore() {
        let fixed = ["2024-10-31", "1900-01-01", "1899-12-31", "2024-13-01", "2024-+1-01", "+024-01-01", "2024-1-011", "2024/10/31",
                     "2024-10-3١", "２０２４-10-31", "", "2024-02-30", "9999-12-31"]
        let years = ["1899", "1900", "2024", "9999", "+024", "2O24", "202", "02024"]
        let months = ["01", "02", "12", "13", "00", "+1", "1", "1-"]
        let days = ["01", "28", "31", "32", "+3", "3١", "1"]
        let separators = ["-", "-", "-", "/", "", "--"]
        var random = SeededRandom(seed: 37)
        let pick = { (choices: [String]) in choices[random.next(below: choices.count)] }
        let generated = (0..<20_000).map { _ in pick(years) + pick(separators) + pick(months) + pick(separators) + pick(days) }
        var dates = 0
        for text in fixed + generated {
            if let fromBytes = Workbook.digitsDate(text) {
                dates += 1
                #expect(Workbook.writtenDate(text).map { $0 == fromBytes } == true, "\(text.debugDescription)")
            }
        }
        #expect(Workbook.serial("2024-10-31") == 45_596 && Workbook.serial("1900-01-01") == 2)
        #expect(Workbook.serial("2024-+1-01") == 45_292 && Workbook.serial("2024-13-01") == nil)
        #expect(dates > 100)
    }

    /// The register's escaping byte by byte (issue 18), held to the three replacements it was.
    @Test func registerTextsEscapedAsBefore() {
        let marks = ["&", "<", ">", "a", " ", "é", "&amp;", "→", "x<y"]
        var random = SeededRandom(seed: 61)
        for _ in 0..<5_000 {
            let text = (0..<random.next(below: 8)).map { _ in marks[random.next(below: marks.count)] }.joined()
            let reference = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
            #expect(RegisterEntry.escape(text) == reference, "\(text.debugDescription)")
        }
    }

    @Test func asciiSetsHoldWhatTheyAreMadeOf() {
        var random = SeededRandom(seed: 43)
        for _ in 0..<200 {
            let members = Set((0..<random.next(below: 20)).map { _ in UInt8(random.next(below: 128)) })
            let set = ASCIISet(members)
            for byte in UInt8(0)..<0x80 { #expect(set.contains(byte) == members.contains(byte), "\(byte) in \(members.sorted())") }
        }
    }

    /// `DataExports.plain` as before: a field that the byte-wise test lets through unchanged is one
    /// the `Character`-wise way also gives back unchanged.
    @Test func plainFieldsAsBefore() {
        let fixed = ["Privacy", "Privé boven alles", "- lijst", "1. punt", "٣ punten", " spatie", "eind ", "a\u{85}b", "a\u{2028}b",
                     "x\u{A0}", "\u{A0}x", "a*b", "a\u{301}", "\u{600}x", "tekst = waarde"]
        var lettedThrough = 0
        for text in fixed + Self.generated(count: 20_000) {
            guard DataExports.isOneTrimmedPlainLine(text) else { continue }
            lettedThrough += 1
            let reference = (DataExports.isPlain(text) ? text : Markdown.plainText(text))
                .split(whereSeparator: \.isNewline).map(\.trimmed).joined(separator: " ")
            #expect(reference == text, "\(Array(text.unicodeScalars))")
        }
        #expect(lettedThrough > 1_000)
    }

    /// Counts and dates as before: a count only of up to 15 ASCII digits, a date only an ISO date.
    @Test func cellKindsAsBefore() {
        let header = ["datum", "effecten", "titel"]
        for text in Self.generated(count: 5_000) + ["123456789012345", "1234567890123456", "٣", "2026-02-30", "0"] {
            let row = Workbook.row([text, text, text], header: header, numeric: ["effecten"])
            let date = Workbook.serial(text).map { #"<c s="1"><v>\#($0)</v></c>"# } ?? Self.referenceText(text, at: nil, style: 0)
            let count = text.count <= 15 && !text.isEmpty && text.allSatisfy({ $0.isASCII && $0.isNumber })
                ? "<c><v>\(text)</v></c>" : Self.referenceText(text, at: nil, style: 0)
            let expected = text.isEmpty ? "<row></row>" : "<row>" + date + count + Self.referenceText(text, at: nil, style: 0) + "</row>"
            #expect(row == expected, "\(Array(text.unicodeScalars))")
        }
    }
}
