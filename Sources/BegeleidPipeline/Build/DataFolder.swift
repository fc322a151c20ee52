import BegeleidModel
import BegeleidRender
import Foundation

/// `data/` of a build: `sessies.json` from the documents written, and the CSV
/// tables and the workbook from each counted session's share (DataShare),
/// made by the worker that rendered it and kept in the cache, so that no row
/// is derived, and no row of the workbook deflated, again. A share that is
/// missing or was made under other synonyms is made here from the outline, on
/// every core, and kept for the next build. One pass over the sessions fills
/// the five tables and the workbook's five sheets (deflated rows, in scratch
/// files beside it) at once: no more than a batch of shares is in memory.
/// Two halves, made side by side (Aggregates): `sessies.json`; the tables,
/// the workbook and the schema.
struct DataFolder {
    let options: Building.Options
    let renderer: Renderer
    let writer: OutputWriter
    let shares: ShareMaker
    let synonyms: ValueSynonyms

    /// The tables and the workbook, by path relative to the output folder.
    var tableFiles: [String] { shares.tables.map { Layout.data($0.name) } + [Layout.data("gegevens.xlsx")] }

    /// `sessies.json`, from the documents written, or from the last build's file (CollectionFile) where
    /// the session was not rendered again (`unchanged`: their notes' paths). The first half; the other
    /// needs nothing of it.
    func writeCollection(_ counted: [KeptSessions.Entry], from kept: KeptSessions, unchanged: Set<String>,
                         last: BuildCache.Sessies?, early: CollectionFile.Early? = nil) throws -> BuildCache.Sessies {
        let documents = counted.map { [options] entry in
            CollectionFile.Document(name: BuildCache.name(entry.path), unchanged: unchanged.contains(entry.path)) {
                let path = Layout.join(options.output, Layout.session(entry.slug, "sessie.json"))
                return FileBytes.contents(of: path)
                    ?? (kept.session(entry).flatMap { try? SessionDocument($0.publishable()).encoded() } ?? Data())
            }
        }
        // A public build keeps no cache: it never copies from the last file.
        return try Phases.measure("sessies.json") { () throws(Building.Failure) in
            try CollectionFile(writer: writer).write(documents, last: options.publicOnly ? nil : last, early: early)
        }
    }

    /// The tables, the workbook and the schema (the second half); returns the paths written
    /// and what the next build's cache keeps of the tables. When `last` was made under `key` and its
    /// files are still those it wrote, they stay as they are (the same bytes), and no share is read.
    func writeTables(_ counted: [KeptSessions.Entry], from kept: KeptSessions, key: String?, last: BuildCache.Kept?) throws
        -> (written: [String], kept: BuildCache.Kept?) {
        let made = key.map { BuildCache.Kept(files: tableFiles, key: $0) }
        if let last, last.files == tableFiles, last.stay(for: key, in: options.output, stamped: true) {
            return (tableFiles + (try writeSchema()), made)
        }
        return (try writeTables(counted, from: kept) + (try writeSchema()), made)
    }

    private func writeTables(_ counted: [KeptSessions.Entry], from kept: KeptSessions) throws -> [String] {
        var written: [String] = []
        let tables = shares.tables
        let csv = try tables.map { table throws(Building.Failure) in try PendingFile(Layout.data(table.name), in: writer) }
        let sheets = try tables.indices.map { index throws(Building.Failure) in
            try PendingFile(Layout.data("gegevens.xlsx"), in: writer, scratch: "blad\(index + 1)")
        }
        defer { sheets.forEach { $0.discard() } }
        for (index, table) in tables.enumerated() { try csv[index].append(table.head) }
        var rows = Array(repeating: 0, count: tables.count)
        var runs = Array(repeating: DeflatedPiece.Run(), count: tables.count)
        for start in stride(from: 0, to: counted.count, by: Checking.Pass.batchSize) {
            let batch = Array(counted[start..<min(start + Checking.Pass.batchSize, counted.count)])
            for share in Parallel.map(batch, { [self] in share($0, from: kept) }) {
                for (index, part) in share.parts.enumerated() {
                    try csv[index].append(part.csv)
                    try sheets[index].append(part.sheet.bytes)
                    rows[index] += part.rows
                    runs[index].append(part.sheet)
                }
            }
        }
        for (index, table) in tables.enumerated() {
            try csv[index].commit()
            written.append(Layout.data(table.name))
        }
        // The workbook: each sheet's rows copied from its scratch file as the sessions' workers deflated them.
        let sheetRows = sheets.indices.map { index in
            DataShare.SheetRows(count: rows[index], run: runs[index]) { lay in
                var position: Int64 = 0
                while position < sheets[index].size {
                    let piece = try sheets[index].read(at: position, count: 1 << 20)
                    guard !piece.isEmpty else { throw CocoaError(.fileReadCorruptFile) }
                    try lay(piece)
                    position += Int64(piece.count)
                }
            }
        }
        try Phases.measure("werkboek/workbook") { () throws(Building.Failure) in
            let book = try PendingFile(Layout.data("gegevens.xlsx"), in: writer)
            do {
                try DataShare.writeWorkbook(tables: tables, rows: sheetRows) { try book.append($0) }
            } catch {
                book.discard()
                throw Building.Failure.writing(error, output: options.output)
            }
            try book.commit()
        }
        written.append(Layout.data("gegevens.xlsx"))
        return written
    }

    /// What is left of `data/`: the schema (the collection and the tables are written apart).
    private func writeSchema() throws -> [String] {
        var written: [String] = []
        for file in try renderer.dataFiles([], collection: false, tables: false, synonyms: synonyms) {
            try writer.write(file.data, to: Layout.data(file.name))
            written.append(Layout.data(file.name))
        }
        return written
    }

    /// The share of `entry`: the cache's when it was made under these synonyms, else made now
    /// from the outline (and kept for the next build, unless this build keeps no cache).
    /// (The share follows the outline in its file: made again, the file is written whole, as the build
    /// that rendered the session wrote it, so a damaged outline is mended too.)
    private func share(_ entry: KeptSessions.Entry, from kept: KeptSessions) -> DataShare {
        let relative = BuildCache.outlinePath(for: entry.path)
        let keepsCache = !options.publicOnly
        if keepsCache, let data = KeptSessions.readShare(of: Layout.join(options.output, relative)), let share = shares.decode(data) {
            return share
        }
        guard let session = kept.session(entry) else { return DataShare.none(tables: shares.tables) }
        let share = DataShare(session, tables: shares.tables)
        if keepsCache {
            try? writer.write(BuildCache.encode(outline: session.publishable(), share: share.encoded(fingerprint: shares.fingerprint)), to: relative)
        }
        return share
    }
}
