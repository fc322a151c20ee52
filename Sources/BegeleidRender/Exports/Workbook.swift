import BegeleidModel
import Foundation

/// `data/gegevens.xlsx`: the CSV tables of `data/` as one workbook, a sheet
/// per table (Office Open XML, SpreadsheetML). The header row is frozen and
/// filtered; dates are dates, counts are numbers, every other field is text,
/// never taken for a formula (by its style, `appendText`). The same tables give
/// the same bytes: entries carry a fixed timestamp and are written in a fixed
/// order (ZipWriter).
enum Workbook {
    /// A table's sheet: its file name without `.csv`, capitalised (`effecten.csv` → `Effecten`).
    static func sheetName(_ table: DataExports.Table) -> String {
        let stem = String(table.name.dropLast(".csv".count))
        return stem.prefix(1).uppercased() + stem.dropFirst()
    }

    /// Columns holding ISO dates, in any table.
    static let dateColumns: Set<String> = ["datum", "optie_datum", "uiterlijk"]

    /// The workbook of `tables`, a sheet each, whose rows (deflated a session at a time: the sessions'
    /// shares, DataShare) are `rows`, laid between a head and a tail deflated here (they name the row
    /// count); through `sink` as it is made (ten thousand sessions' workbook is some 3 MB: not held).
    /// No byte of a sheet's rows is deflated again (DeflatedPiece).
    static func write(tables: [DataExports.Table], rows: [DataShare.SheetRows], sink: @escaping (Data) throws -> Void) throws {
        let sheets = zip(tables, rows).map { (name: sheetName($0), header: $0.header, rows: $1) }
        var archive = ZipWriter(sink: sink)
        let files: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets.count)),
            ("_rels/.rels", rootRelations),
            ("xl/workbook.xml", workbook(sheets.map { ($0.name, $0.header.count, $0.rows.count) })),
            ("xl/_rels/workbook.xml.rels", workbookRelations(sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (path, text) in files {
            let piece = DeflatedPiece(deflating: Data(text.utf8), final: true)
            var run = DeflatedPiece.Run()
            run.append(piece)
            try archive.add(path, run: run) { lay in try lay(piece.bytes) }
        }
        for (index, sheet) in sheets.enumerated() {
            let head = DeflatedPiece(deflating: Data(worksheetHead(header: sheet.header, rows: sheet.rows.count).utf8), final: false)
            let tail = DeflatedPiece(deflating: Data(worksheetTail(header: sheet.header, rows: sheet.rows.count).utf8), final: true)
            var run = DeflatedPiece.Run()
            run.append(head)
            run.append(sheet.rows.run)
            run.append(tail)
            try archive.add("xl/worksheets/sheet\(index + 1).xml", run: run) { lay in
                try lay(head.bytes)
                try sheet.rows.copy(lay)
                try lay(tail.bytes)
            }
        }
        try archive.finish()
    }

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(_ count: Int) -> String {
        header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + (1...max(count, 1)).map {
                #"<Override PartName="/xl/worksheets/sheet\#($0).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
            }.joined()
            + "</Types>"
    }

    static let rootRelations = header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#

    static func workbook(_ sheets: [(name: String, columns: Int, rows: Int)]) -> String {
        let list = sheets.enumerated().map { index, sheet in
            #"<sheet name="\#(escape(sheet.name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }.joined()
        // Excel keeps each sheet's filter range as a hidden name.
        let names = sheets.enumerated().map { index, sheet in
            #"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(index)" hidden="1">'\#(escape(sheet.name))'!$A$1:$\#(column(sheet.columns - 1))$\#(sheet.rows + 1)</definedName>"#
        }.joined()
        return header + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>\#(list)</sheets>"#
            + #"<definedNames>\#(names)</definedNames></workbook>"#
    }

    static func workbookRelations(_ count: Int) -> String {
        header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + (0..<count).map { #"<Relationship Id="rId\#($0 + 1)" Type="\#(relationships)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"# }
            .joined()
            + #"<Relationship Id="rId\#(count + 1)" Type="\#(relationships)/styles" Target="styles.xml"/></Relationships>"#
    }

    /// Style 0 text, 1 a date (`jjjj-mm-dd`), 2 the bold header; 3 and 4 are 0 and 2 for a text that starts like a
    /// formula (`quotePrefix`: shown as typed, and still text when the cell is edited).
    static let styles = header + #"<styleSheet xmlns="\#(main)">"#
        + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts>"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" quotePrefix="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#

    /// A sheet up to and with its header row, for `rows` rows below it.
    static func worksheetHead(header columns: [String], rows: Int) -> String {
        let last = column(columns.count - 1)
        return header + #"<worksheet xmlns="\#(main)" xmlns:r="\#(relationships)">"#
            + #"<dimension ref="A1:\#(last)\#(rows + 1)"/>"#
            + #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            + #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
            + #"<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="\#(columns.count)" width="20" customWidth="1"/></cols><sheetData>"#
            + #"<row r="1">"# + columns.enumerated().map { text($0.element, at: "\(column($0.offset))1", style: 2) }.joined() + "</row>"
    }

    /// What follows a sheet's `rows` rows.
    static func worksheetTail(header columns: [String], rows: Int) -> String {
        #"</sheetData><autoFilter ref="A1:\#(column(columns.count - 1))\#(rows + 1)"/></worksheet>"#
    }

    /// What a column's fields may become in the sheet besides text.
    struct CellKind {
        /// A date (a day number, style 1) when it is an ISO date.
        var date: Bool
        /// A number when it is whole (up to 15 digits).
        var count: Bool
    }

    /// The kind of each of a table's columns.
    static func kinds(header columns: [String], numeric: Set<String>) -> [CellKind] {
        columns.map { CellKind(date: dateColumns.contains($0), count: numeric.contains($0)) }
    }

    /// One `<row>` element below the header appended to `out`, its columns of `kinds` (written
    /// byte-wise: thousands a session), without row or cell references (both optional in
    /// SpreadsheetML: a row follows the one before it, a cell the one before it), so that a session's
    /// rows are the same bytes wherever they land and can be deflated once (DataShare). An empty
    /// field before a filled one is an empty cell `<c/>`, which keeps the columns in place.
    static func appendRow(_ row: [String], kinds: [CellKind], to out: inout [UInt8]) {
        out.append(contentsOf: "<row>".utf8)
        var skipped = 0
        for (offset, value) in row.enumerated() {
            guard !value.isEmpty else {
                skipped += 1
                continue
            }
            for _ in 0..<skipped { out.append(contentsOf: "<c/>".utf8) }
            skipped = 0
            let kind = offset < kinds.count ? kinds[offset] : CellKind(date: false, count: false)
            if kind.date, let serial = serial(value) {
                out.append(contentsOf: #"<c s="1"><v>"#.utf8)
                out.append(contentsOf: String(serial).utf8)
                out.append(contentsOf: "</v></c>".utf8)
            } else if kind.count, value.utf8.count <= 15, value.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                out.append(contentsOf: "<c><v>".utf8)
                out.append(contentsOf: value.utf8)
                out.append(contentsOf: "</v></c>".utf8)
            } else {
                appendText(value, at: nil, style: 0, to: &out)
            }
        }
        out.append(contentsOf: "</row>".utf8)
    }

    /// A text cell (at `reference`, or after the cell before it). A text that starts like a formula (`=`, `+`, `-`,
    /// `@`: CSVTable.startsLikeAFormula) is guarded by its style (`quotePrefix`, 3 for 0, 4 for 2), not by an
    /// apostrophe as in the CSVs: a text cell is never evaluated, and the apostrophe was shown as part of the text.
    /// (`style`: 0 or 2, the text styles.)
    static func text(_ value: String, at reference: String?, style: Int) -> String {
        var out: [UInt8] = []
        appendText(value, at: reference, style: style, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendText(_ value: String, at reference: String?, style: Int, to out: inout [UInt8]) {
        out.append(contentsOf: "<c".utf8)
        if let reference { out.append(contentsOf: #" r="\#(reference)""#.utf8) }
        out.append(contentsOf: #" t="inlineStr""#.utf8)
        let style = CSVTable.startsLikeAFormula(value) ? (style == 2 ? 4 : 3) : style
        if style != 0 { out.append(contentsOf: #" s="\#(style)""#.utf8) }
        out.append(contentsOf: #"><is><t xml:space="preserve">"#.utf8)
        appendEscaped(value, to: &out)
        out.append(contentsOf: "</t></is></c>".utf8)
    }

    /// `0` → `A`, `25` → `Z`, `26` → `AA`.
    static func column(_ index: Int) -> String {
        var number = index + 1
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// An ISO date as a spreadsheet's day number (days since 1899-12-30), nil when it is not one.
    static func serial(_ iso: String) -> Int? {
        guard let (year, month, day) = digitsDate(iso) ?? writtenDate(iso),
              (1900...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        // Days from the civil date (Howard Hinnant's algorithm), then shifted to 1899-12-30.
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let unixDays = era * 146_097 + dayOfEra - 719_468
        return unixDays + 25_569
    }

    /// Year, month and day of `dddd-dd-dd` read from its ten bytes (every date the notes give).
    static func digitsDate(_ iso: String) -> (Int, Int, Int)? {
        let utf8 = iso.utf8
        guard utf8.count == 10 else { return nil }
        var fields = (0, 0, 0)
        for (offset, byte) in utf8.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (0x30...0x39).contains(byte) else { return nil }
            let digit = Int(byte - 0x30)
            switch offset {
            case ..<4: fields.0 = fields.0 * 10 + digit
            case ..<7: fields.1 = fields.1 * 10 + digit
            default: fields.2 = fields.2 * 10 + digit
            }
        }
        return fields
    }

    /// Year, month and day of any other text of ten characters in three parts that `Int` reads (`2024-+1-01`).
    static func writtenDate(_ iso: String) -> (Int, Int, Int)? {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard iso.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return (year, month, day)
    }

    /// XML text: markup characters escaped, characters XML 1.0 does not allow left out.
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        appendEscaped(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes `appendEscaped` looks at again: the markup characters, those below U+0020, and EF (the first
    /// byte of U+FFFE and U+FFFF).
    private static let mayChange: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == 0xEF || "&<>\"".utf8.contains(UInt8(byte))
    }

    /// `escape(text)`'s bytes appended to `out`: the control characters below U+0020 but tab, line feed and
    /// carriage return, and U+FFFE and U+FFFF (EF BF BE, EF BF BF), are left out. (The bytes between two that
    /// are escaped or left out are copied as one run: a session's rows are thousands of cells.)
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        let mayChange = Self.mayChange
        text.withUTF8 { bytes in
            var index = 0
            var run = 0
            while index < bytes.count {
                // Past the bytes that stay as they are, each looked up in a table (the `switch` on every byte
                // was most of writing a session's rows).
                while index < bytes.count, !mayChange[Int(bytes[index])] { index += 1 }
                guard index < bytes.count else { break }
                let byte = bytes[index]
                let entity: StaticString
                var dropped = 1
                switch byte {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case 9, 10, 13:
                    index += 1
                    continue
                case 0..<0x20: entity = ""
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                    entity = ""
                    dropped = 3
                default:
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                index += dropped
                run = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
        }
    }
}
