import BegeleidModel
import Foundation

/// One session's share of `data/`: for each CSV table (in the order of
/// `DataExports.tables`) its lines and its rows of the workbook's sheet, made
/// by the worker that renders the session and kept in the build cache, so that
/// a build puts the tables together without deriving any row again.
///
/// The sheet rows leave their row numbers open (`Workbook.rowNumber` starts a
/// row, `Workbook.sameRowNumber` repeats its number in a cell reference):
/// `numbered(_:after:)` fills them in where the rows land.
public struct DataShare: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        /// How many rows the session gives this table.
        public var rows: Int
        /// Its CSV lines, CRLF-ended, UTF-8.
        public var csv: Data
        /// Its `<row>` elements, row numbers open.
        public var sheet: Data
    }

    public var parts: [Part]

    /// The share of `session` (as the data shows it: `publishable()`, the outline is enough).
    public init(_ session: Session, tables: [DataExports.Table]) {
        let shown = session.publishable()
        parts = tables.map { table in
            let rows = table.rows(shown)
            return Part(rows: rows.count, csv: Data(rows.map(CSVTable.line).joined().utf8),
                        sheet: Data(rows.map { Workbook.row($0, number: nil, header: table.header, numeric: table.numeric) }.joined().utf8))
        }
    }

    init(parts: [Part]) { self.parts = parts }

    /// No rows in any table (a session that could not be read back).
    public static func none(tables: [DataExports.Table]) -> DataShare {
        DataShare(parts: tables.map { _ in Part(rows: 0, csv: Data(), sheet: Data()) })
    }

    /// What the rows depend on besides the session and the templates: the synonyms, and this layout
    /// (a text to hash: the share keeps the hash, `encoded(fingerprint:)`).
    public static func fingerprint(synonyms: ValueSynonyms) -> String {
        "delen-1\n" + synonyms.canonical.sorted { $0.key < $1.key }.map { $0.key + "\u{1}" + $0.value }.joined(separator: "\u{0}")
    }

    /// The bytes kept in the cache: a line naming what the share was made under (`fingerprint`, a hash
    /// without line ends), then per part its row count and the lengths and bytes of its CSV lines and sheet rows.
    public func encoded(fingerprint: String) -> Data {
        var out = Data(Self.header(fingerprint).utf8)
        for part in parts {
            for number in [part.rows, part.csv.count, part.sheet.count] { Self.append(UInt32(number), to: &out) }
            out.append(part.csv)
            out.append(part.sheet)
        }
        return out
    }

    /// The share kept as `data`, when it was made under `fingerprint` with `count` parts; nil otherwise.
    public init?(decoding data: Data, fingerprint: String, count: Int) {
        let bytes = [UInt8](data)
        let header = Array(Self.header(fingerprint).utf8)
        guard bytes.starts(with: header) else { return nil }
        var offset = header.count
        var parts: [Part] = []
        for _ in 0..<count {
            guard let rows = Self.number(bytes, at: &offset), let csvCount = Self.number(bytes, at: &offset),
                  let sheetCount = Self.number(bytes, at: &offset), bytes.count - offset >= csvCount + sheetCount else { return nil }
            let csv = Data(bytes[offset..<offset + csvCount])
            offset += csvCount
            let sheet = Data(bytes[offset..<offset + sheetCount])
            offset += sheetCount
            parts.append(Part(rows: rows, csv: csv, sheet: sheet))
        }
        guard offset == bytes.count else { return nil }
        self.parts = parts
    }

    /// `sheet` with its open row numbers filled in, the first row numbered `last + 1`; `last` ends as the last row's number.
    public static func numbered(_ sheet: Data, after last: inout Int) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(sheet.count + sheet.count / 8)
        var digits = Array(String(last).utf8)
        sheet.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var start = 0
            for (index, byte) in buffer.enumerated() where byte <= Workbook.rowNumber {
                out.append(contentsOf: buffer[start..<index])
                start = index + 1
                if byte == Workbook.rowNumber {
                    last += 1
                    digits = Array(String(last).utf8)
                }
                out.append(contentsOf: digits)
            }
            out.append(contentsOf: buffer[start...])
        }
        return Data(out)
    }

    private static func header(_ fingerprint: String) -> String {
        "begeleid-deel " + fingerprint + "\n"
    }

    private static func append(_ number: UInt32, to data: inout Data) {
        withUnsafeBytes(of: number.littleEndian) { data.append(contentsOf: $0) }
    }

    private static func number(_ bytes: [UInt8], at offset: inout Int) -> Int? {
        guard bytes.count - offset >= 4 else { return nil }
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(bytes[offset + index]) << (8 * UInt32(index)) }
        offset += 4
        return Int(value)
    }
}
