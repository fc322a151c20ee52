import Foundation

extension DataShare {
    /// The rows of one sheet, put together from the sessions' shares (numbered) somewhere the
    /// caller keeps them: how many, how many bytes, and how to read a piece of them.
    public struct SheetRows {
        public var count: Int
        public var size: Int64
        public var read: (_ position: Int64, _ size: Int) throws -> Data

        public init(count: Int, size: Int64, read: @escaping (Int64, Int) throws -> Data) {
            self.count = count
            self.size = size
            self.read = read
        }
    }

    /// `data/gegevens.xlsx` from the numbered rows of each table's sheet (in the order of `tables`),
    /// written into a new file at `url`: the same bytes as `Renderer.workbook`, without holding any
    /// sheet, or the workbook, in memory.
    public static func writeWorkbook(tables: [DataExports.Table], rows: [SheetRows], to url: URL) throws {
        try Workbook.write(sources(tables: tables, rows: rows), to: url)
    }

    private static func sources(tables: [DataExports.Table], rows: [SheetRows]) -> [Workbook.SheetSource] {
        zip(tables, rows).map { table, rows in
            let head = Data(Workbook.worksheetHead(header: table.header, rows: rows.count).utf8)
            let tail = Data(Workbook.worksheetTail(header: table.header, rows: rows.count).utf8)
            let headSize = Int64(head.count)
            let tailStart = headSize + rows.size
            return Workbook.SheetSource(name: Workbook.sheetName(table), columns: table.header.count, rows: rows.count,
                                        size: tailStart + Int64(tail.count)) { position, size in
                // A piece may span the head, the rows and the tail.
                var piece = Data()
                var at = position
                let end = position + Int64(size)
                while at < end {
                    if at < headSize {
                        let upTo = min(end, headSize)
                        piece.append(head.subdata(in: Int(at)..<Int(upTo)))
                        at = upTo
                    } else if at < tailStart {
                        let upTo = min(end, tailStart)
                        let read = try rows.read(at - headSize, Int(upTo - at))
                        guard !read.isEmpty else { throw CocoaError(.fileReadCorruptFile) }
                        piece.append(read)
                        at += Int64(read.count)
                    } else {
                        let upTo = min(end, tailStart + Int64(tail.count))
                        guard upTo > at else { break }
                        piece.append(tail.subdata(in: Int(at - tailStart)..<Int(upTo - tailStart)))
                        at = upTo
                    }
                }
                return piece
            }
        }
    }
}
