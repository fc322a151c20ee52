import BegeleidModel
import Foundation

/// One session's share of `data/`: for each CSV table (in the order of
/// `DataExports.tables`) its lines and its rows of the workbook's sheet, made
/// by the worker that renders the session and kept in the build cache, so that
/// a build puts the tables together without deriving any row again.
///
/// The sheet rows name no row numbers (Workbook.appendRow), so they are the same bytes
/// wherever they land, and are kept deflated (DeflatedPiece): the workbook is
/// put together by copying them.
public struct DataShare: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        /// How many rows the session gives this table.
        public var rows: Int
        /// Its CSV lines, CRLF-ended, UTF-8.
        public var csv: Data
        /// Its `<row>` elements, deflated as a piece of the sheet's stream.
        public var sheet: DeflatedPiece
    }

    public var parts: [Part]

    /// The share of `session` (as the data shows it: `publishable()`, the outline is enough).
    public init(_ session: Session, tables: [DataExports.Table]) {
        let shown = session.publishable()
        parts = tables.map { table in
            let rows = table.rows(shown)
            var csv: [UInt8] = []
            var sheet: [UInt8] = []
            let kinds = Workbook.kinds(header: table.header, numeric: table.numeric)
            for row in rows {
                CSVTable.appendLine(row, to: &csv)
                Workbook.appendRow(row, kinds: kinds, to: &sheet)
            }
            return Part(rows: rows.count, csv: Data(csv), sheet: DeflatedPiece(deflating: Data(sheet), final: false))
        }
    }

    init(parts: [Part]) { self.parts = parts }

    /// No rows in any table (a session that could not be read back).
    public static func none(tables: [DataExports.Table]) -> DataShare {
        DataShare(parts: tables.map { _ in Part(rows: 0, csv: Data(), sheet: .empty) })
    }

    /// What the rows depend on besides the session and the templates: the synonyms, and this layout
    /// and deflate level (`delen-6`: rows deflated at level 1, options with their priority and date, a text
    /// that starts like a formula guarded by its style, a session's `vervolg_op`, a follow-up's `over_tijd`; a cache's shares of another layout or level are made
    /// again, so a workbook never mixes them) (a text to hash: the share keeps the hash, `encoded(fingerprint:)`).
    public static func fingerprint(synonyms: ValueSynonyms) -> String {
        "delen-6\n" + synonyms.fingerprint
    }

    /// The bytes kept in the cache: a line naming what the share was made under (`fingerprint`, a hash
    /// without line ends), then per part its row count, the length of its CSV lines, the length, CRC-32
    /// and deflated length of its sheet rows, and the bytes of the CSV lines and deflated rows.
    public func encoded(fingerprint: String) -> Data {
        var out = Data(Self.header(fingerprint).utf8)
        for part in parts {
            for number in [part.rows, part.csv.count, part.sheet.size, Int(part.sheet.checksum), part.sheet.bytes.count] {
                Self.append(UInt32(number), to: &out)
            }
            out.append(part.csv)
            out.append(part.sheet.bytes)
        }
        return out
    }

    /// The share kept as `data`, when it was made under `fingerprint` with `count` parts; nil otherwise.
    public init?(decoding data: Data, fingerprint: String, count: Int) {
        // Slices of `data`, not copies: a build reads a thousand shares to lay them end to end.
        let header = Array(Self.header(fingerprint).utf8)
        guard data.starts(with: header) else { return nil }
        var offset = data.startIndex + header.count
        var parts: [Part] = []
        for _ in 0..<count {
            guard let rows = Self.number(data, at: &offset), let csvCount = Self.number(data, at: &offset),
                  let sheetSize = Self.number(data, at: &offset), let checksum = Self.number(data, at: &offset),
                  let sheetCount = Self.number(data, at: &offset), data.endIndex - offset >= csvCount + sheetCount else { return nil }
            let csv = data[offset..<offset + csvCount]
            offset += csvCount
            let sheet = DeflatedPiece(bytes: data[offset..<offset + sheetCount], checksum: UInt32(checksum), size: sheetSize)
            offset += sheetCount
            parts.append(Part(rows: rows, csv: csv, sheet: sheet))
        }
        guard offset == data.endIndex else { return nil }
        self.parts = parts
    }

    private static func header(_ fingerprint: String) -> String {
        "begeleid-deel " + fingerprint + "\n"
    }

    private static func append(_ number: UInt32, to data: inout Data) {
        withUnsafeBytes(of: number.littleEndian) { data.append(contentsOf: $0) }
    }

    private static func number(_ bytes: Data, at offset: inout Int) -> Int? {
        guard bytes.endIndex - offset >= 4 else { return nil }
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(bytes[offset + index]) << (8 * UInt32(index)) }
        offset += 4
        return Int(value)
    }
}
