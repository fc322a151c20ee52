import Foundation

/// A ZIP file (PKWARE's APPNOTE: local headers, deflated entries, a central
/// directory; no ZIP64) written entry by entry from pieces deflated before
/// (DeflatedPiece), through `sink`: what ZIPFoundation, the writer before,
/// cannot do, as it deflates what it is given itself. The compression is
/// zlib's; this lays out the headers around it. Every entry carries one fixed
/// timestamp (1980-01-01 00:00, ZIP's first day), so the same entries give the
/// same bytes. The tests read what it writes back with ZIPFoundation, openpyxl
/// and LibreOffice.
struct ZipWriter {
    /// Past one of ZIP's 32-bit limits (4 GiB, 65,535 entries): ZIP64 is not written.
    struct TooLarge: LocalizedError {
        var errorDescription: String? {
            "de werkmap is groter dan een ZIP-bestand zonder ZIP64 kan bevatten (4 GiB) / "
                + "the workbook is larger than a ZIP file without ZIP64 can hold (4 GiB)"
        }
    }

    private let sink: (Data) throws -> Void
    private var directory = Data()
    private var entries = 0
    private var offset = 0

    init(sink: @escaping (Data) throws -> Void) {
        self.sink = sink
    }

    /// Adds the file `name` whose deflated bytes, laid down by `body` through the function it is given,
    /// are those `run` totals (the last piece made `final`).
    mutating func add(_ name: String, run: DeflatedPiece.Run, body: ((Data) throws -> Void) throws -> Void) throws {
        let limit = Int(UInt32.max)
        guard entries < Int(UInt16.max), run.size < limit, run.deflatedSize < limit, offset < limit else { throw TooLarge() }
        let path = Data(name.utf8)
        var common = Data()
        Self.append(UInt16(20), to: &common) // version needed: 2.0 (deflate)
        Self.append(UInt16(0), to: &common) // flags: none (the names are ASCII)
        Self.append(UInt16(8), to: &common) // deflate
        Self.append(UInt16(0), to: &common) // time 00:00:00
        Self.append(UInt16(0x21), to: &common) // date 1980-01-01
        Self.append(run.checksum, to: &common)
        Self.append(UInt32(run.deflatedSize), to: &common)
        Self.append(UInt32(run.size), to: &common)
        Self.append(UInt16(path.count), to: &common)
        Self.append(UInt16(0), to: &common) // no extra field

        var local = Data()
        Self.append(UInt32(0x0403_4b50), to: &local)
        local.append(common)
        local.append(path)
        try sink(local)
        var laid = 0
        try body { bytes in
            laid += bytes.count
            try sink(bytes)
        }
        // A piece missing or doubled would make an archive whose directory lies: stop instead.
        guard laid == run.deflatedSize else { throw CocoaError(.fileWriteUnknown) }

        Self.append(UInt32(0x0201_4b50), to: &directory)
        Self.append(UInt16(0x0314), to: &directory) // made by: Unix, 2.0
        directory.append(common)
        Self.append(UInt16(0), to: &directory) // no comment
        Self.append(UInt16(0), to: &directory) // disk 0
        Self.append(UInt16(0), to: &directory) // internal attributes
        Self.append(UInt32(0o100644) << 16, to: &directory) // a regular file, rw-r--r--
        Self.append(UInt32(offset), to: &directory)
        directory.append(path)
        offset += local.count + laid
        entries += 1
    }

    /// Writes the central directory and its end record.
    mutating func finish() throws {
        guard offset < Int(UInt32.max), directory.count < Int(UInt32.max) else { throw TooLarge() }
        var end = Data()
        Self.append(UInt32(0x0605_4b50), to: &end)
        Self.append(UInt16(0), to: &end) // this disk
        Self.append(UInt16(0), to: &end) // the directory's disk
        Self.append(UInt16(entries), to: &end)
        Self.append(UInt16(entries), to: &end)
        Self.append(UInt32(directory.count), to: &end)
        Self.append(UInt32(offset), to: &end)
        Self.append(UInt16(0), to: &end) // no comment
        try sink(directory)
        try sink(end)
        offset += directory.count + end.count
        directory = Data()
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
}
