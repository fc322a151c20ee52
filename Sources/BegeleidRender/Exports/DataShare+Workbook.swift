import Foundation

extension DataShare {
    /// The rows of one sheet, put together from the sessions' shares somewhere the caller keeps them:
    /// how many, their deflated pieces laid end to end (DeflatedPiece.Run), and how to lay those down.
    public struct SheetRows {
        public var count: Int
        public var run: DeflatedPiece.Run
        public var copy: ((Data) throws -> Void) throws -> Void

        public init(count: Int, run: DeflatedPiece.Run, copy: @escaping ((Data) throws -> Void) throws -> Void) {
            self.count = count
            self.run = run
            self.copy = copy
        }

        /// The rows of `shares`' part `index`, held.
        init(_ shares: [DataShare], part index: Int) {
            var run = DeflatedPiece.Run()
            for share in shares { run.append(share.parts[index].sheet) }
            self.init(count: shares.reduce(0) { $0 + $1.parts[index].rows }, run: run) { lay in
                for share in shares where !share.parts[index].sheet.bytes.isEmpty { try lay(share.parts[index].sheet.bytes) }
            }
        }
    }

    /// `data/gegevens.xlsx` from the rows of each table's sheet (in the order of `tables`), through
    /// `sink` as it is made: no sheet, and not the workbook, is held in memory.
    public static func writeWorkbook(tables: [DataExports.Table], rows: [SheetRows], sink: @escaping (Data) throws -> Void) throws {
        try Workbook.write(tables: tables, rows: rows, sink: sink)
    }

    /// The workbook of `shares` (in their order), in memory: the same bytes as a build writes.
    public static func workbook(_ shares: [DataShare], tables: [DataExports.Table]) throws -> Data {
        var out = Data()
        try writeWorkbook(tables: tables, rows: tables.indices.map { SheetRows(shares, part: $0) }) { out.append($0) }
        return out
    }
}
