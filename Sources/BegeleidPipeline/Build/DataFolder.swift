import BegeleidModel
import BegeleidRender
import Foundation

/// `data/` of a build: `sessies.json` from the documents written, and the CSV
/// tables and the workbook from each counted session's share (DataShare),
/// made by the worker that rendered it and kept in the cache, so that no row
/// is derived again. A share that is missing or was made under other synonyms
/// is made here from the outline, on every core, and kept for the next build.
/// One pass over the sessions fills the five tables and the rows of the
/// workbook's five sheets (scratch files beside it) at once: no more than a
/// batch of sessions' shares is in memory. Written in the order of before:
/// `sessies.json`, the tables, the workbook, the schema.
struct DataFolder {
    let options: Building.Options
    let renderer: Renderer
    let writer: OutputWriter
    let shares: ShareMaker
    let synonyms: ValueSynonyms

    /// Writes `data/` for `counted` (definitief sessions of `kept`, in path order); returns the paths written.
    /// An outline is loaded only where a file it needs is missing.
    func write(_ counted: [KeptSessions.Entry], from kept: KeptSessions) throws -> [String] {
        let documents = counted.lazy.map { [options] entry -> Data in
            let path = Layout.join(options.output, Layout.session(entry.slug, "sessie.json"))
            return FileManager.default.contents(atPath: path)
                ?? (kept.session(entry).flatMap { try? SessionDocument($0.publishable()).encoded() } ?? Data())
        }
        try writer.write(parts: SessionCollection.parts(documents), to: Layout.data("sessies.json"))
        var written = [Layout.data("sessies.json")]

        let tables = shares.tables
        let csv = try tables.map { table throws(Building.Failure) in try PendingFile(Layout.data(table.name), in: writer) }
        let sheets = try tables.indices.map { index throws(Building.Failure) in
            try PendingFile(Layout.data("gegevens.xlsx"), in: writer, scratch: "blad\(index + 1)")
        }
        defer { sheets.forEach { $0.discard() } }
        for (index, table) in tables.enumerated() { try csv[index].append(table.head) }
        var rows = Array(repeating: 1, count: tables.count)
        for start in stride(from: 0, to: counted.count, by: Checking.Pass.batchSize) {
            let batch = Array(counted[start..<min(start + Checking.Pass.batchSize, counted.count)])
            for share in Parallel.map(batch, { [self] in share($0, from: kept) }) {
                for (index, part) in share.parts.enumerated() {
                    try csv[index].append(part.csv)
                    try sheets[index].append(DataShare.numbered(part.sheet, after: &rows[index]))
                }
            }
        }
        for (index, table) in tables.enumerated() {
            try csv[index].commit()
            written.append(Layout.data(table.name))
        }
        let sheetRows = zip(rows, sheets).map { last, file in
            DataShare.SheetRows(count: last - 1, size: file.size) { try file.read(at: $0, count: $1) }
        }
        try writer.write(to: Layout.data("gegevens.xlsx")) { url in
            try DataShare.writeWorkbook(tables: tables, rows: sheetRows, to: url)
        }
        written.append(Layout.data("gegevens.xlsx"))
        // What is left of `data/`: the schema (the collection and the tables are written above).
        for file in try renderer.dataFiles([], collection: false, tables: false, synonyms: synonyms) {
            try writer.write(file.data, to: Layout.data(file.name))
            written.append(Layout.data(file.name))
        }
        return written
    }

    /// The share of `entry`: the cache's when it was made under these synonyms, else made now
    /// from the outline (and kept for the next build, unless this build keeps no cache).
    private func share(_ entry: KeptSessions.Entry, from kept: KeptSessions) -> DataShare {
        let relative = BuildCache.sharePath(for: entry.path)
        let keepsCache = !options.publicOnly
        if keepsCache, let data = FileManager.default.contents(atPath: Layout.join(options.output, relative)),
           let share = shares.decode(data) {
            return share
        }
        guard let session = kept.session(entry) else { return DataShare.none(tables: shares.tables) }
        let share = DataShare(session, tables: shares.tables)
        if keepsCache { try? writer.write(share.encoded(fingerprint: shares.fingerprint), to: relative) }
        return share
    }
}
