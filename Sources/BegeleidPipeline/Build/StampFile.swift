import BegeleidModel
import Foundation

/// `.begeleid/stempels`: the stamps of the notes (FileStamp) with the hash each
/// was read at, from one build to the next, so that a build reads only the
/// notes `stat` says may have changed (issue 18, item 6: reading and hashing a
/// thousand unchanged notes was a sixth of a one-file rebuild); and the stamp
/// of `data/sessies.json` as this build left it, so the next can tell it is
/// still that file (CollectionFile), and of the output's folders that vouch for
/// the files the cache lists in them (FolderStamps).
///
/// A line a file, tab-separated: hash (`uitvoer` for a file of the output, `map`
/// for a folder of it), size, modification and change times, inode, device,
/// absolute path. Not part of the cache: its lines differ between two copies of
/// the same notes and between two builds of them, and a build without it only
/// reads more. Read when a build starts (a line that cannot be read is passed
/// over), and taken off the disk then, as the cache is (a build cut off leaves
/// none; replacing it at the end freed its blocks there and then); the notes'
/// and the output folders' lines are written beside its place once every file is
/// checked, the output files' when the build is done, and then it is put in place;
/// a public build keeps none.
enum StampFile {
    static let path = Layout.state + "/stempels"
    /// The hash field of a line about a file of the output, not of notes.
    static let output = "uitvoer"
    /// The hash field of a line about a folder of the output.
    static let folder = "map"

    /// The stamps of the last build in `output` (read now, or by Prefetch): the notes' handed to
    /// FileStamp.memo (from here on this process keeps stamps); the output's files' and folders' returned,
    /// by absolute path.
    static func load(from output: String, read: [(path: String, stamp: FileStamp, hash: String)]? = nil)
        -> (files: [String: FileStamp], folders: [String: FileStamp]) {
        FileStamp.memo.keepForThisBuild()
        let entries = read ?? FileBytes.contents(of: Layout.join(output, path)).map(parse) ?? []
        unlink(Layout.join(output, path))
        FileStamp.memo.adopt(entries.filter { $0.hash != Self.output && $0.hash != Self.folder })
        let of = { (kind: String) in
            Dictionary(entries.filter { $0.hash == kind }.map { ($0.path, $0.stamp) }, uniquingKeysWith: { $1 })
        }
        return (of(Self.output), of(Self.folder))
    }

    /// Begins the file with the stamps known of `files` (the notes of this build), as soon as every file
    /// is checked (into a temporary file: nothing is held), and those of the output's `folders` (as
    /// FolderStamps found them: known with the next cache, before the pages across sessions are made; in
    /// `finish` their thousand lines were on a one-file rebuild's critical path); then this build lets go
    /// of them (FileStamp.Memo.endOfBuild). `finish` adds the output's files and puts the file in place.
    /// `notes`: the notes' lines (`notesLines`), made beforehand.
    static func begin(notes: Data, folders: [(path: String, stamp: FileStamp)], in writer: OutputWriter,
                      file ahead: PendingFile? = nil) throws(Building.Failure) -> PendingFile {
        let file = try PendingFile.taking(ahead, or: path, in: writer)
        try file.append(notes)
        try file.append(encode(folders.map { (FileStamp.Memo.absolute($0.path), $0.stamp, Self.folder) }))
        FileStamp.memo.endOfBuild()
        return file
    }

    /// The lines of the stamps known of `files` (the notes of this build), once every file is checked: the first
    /// part of `begin`'s file, which needs nothing of the next cache. A build makes them on a worker while its main
    /// thread writes the cache.
    static func notesLines(_ files: [String]) -> Data {
        encode(FileStamp.memo.entries(of: files))
    }

    /// The stamps of the output's files at `paths` (as they are now) added, and the file put in place.
    static func finish(_ file: PendingFile, outputs paths: [String]) throws(Building.Failure) {
        try file.append(encode(paths.compactMap { path in
            FileStamp.now(path).map { (FileStamp.Memo.absolute(path), $0, Self.output) }
        }))
        try file.commit()
    }

    static func encode(_ entries: [(path: String, stamp: FileStamp, hash: String)]) -> Data {
        // (On bytes: `contains` of a String is Foundation's search, and interpolation a text a field, together a
        // tenth of a one-file rebuild's main thread.)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.count * 120)
        for entry in entries where !entry.path.utf8Contains(where: { $0 == 0x0A || $0 == 0x09 }) {
            let stamp = entry.stamp
            bytes.append(contentsOf: entry.hash.utf8)
            // (Digits written in place: a string for each number, of nineteen digits for a time, was two
            // allocations a line.)
            // (Each number on its own: a list of them was two arrays made a line.)
            appendField(stamp.size, to: &bytes)
            appendField(stamp.modified, to: &bytes)
            appendField(stamp.changed, to: &bytes)
            bytes.append(0x09)
            bytes.appendDecimal(stamp.inode)
            bytes.append(0x09)
            bytes.appendDecimal(stamp.device)
            bytes.append(0x09)
            bytes.append(contentsOf: entry.path.utf8)
            bytes.append(0x0A)
        }
        return Data(bytes)
    }

    static func parse(_ data: Data) -> [(path: String, stamp: FileStamp, hash: String)] {
        // (On the file's bytes where they are: String's `split` and `Int(_:)` took a tenth of a one-file rebuild for a
        // thousand lines; a copy of the bytes, a slice a field (each holding the copy) and `String(validating:)`
        // were most of what was left. The fields of a line are places in the bytes, in one array made once.)
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var entries: [(path: String, stamp: FileStamp, hash: String)] = []
            entries.reserveCapacity(bytes.count / 100)
            var fields: [Range<Int>] = []
            fields.reserveCapacity(7)
            let field = { (range: Range<Int>) in UnsafeBufferPointer(rebasing: bytes[range]) }
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                defer { start = end + 1 }
                fields.removeAll(keepingCapacity: true)
                var first = start
                for index in start..<end where bytes[index] == 0x09 && fields.count < 6 {
                    fields.append(first..<index)
                    first = index + 1
                }
                fields.append(first..<end)
                guard fields.count == 7, !fields[0].isEmpty, fields[6].first.map({ bytes[$0] }) == UInt8(ascii: "/"),
                      let size = number(field(fields[1]), as: Int64.self), let modified = number(field(fields[2]), as: Int64.self),
                      let changed = number(field(fields[3]), as: Int64.self), let inode = number(field(fields[4]), as: UInt64.self),
                      let device = number(field(fields[5]), as: UInt64.self),
                      let path = String(exactUTF8: field(fields[6])), let hash = String(exactUTF8: field(fields[0]))
                else { continue }
                entries.append((path, FileStamp(size: size, modified: modified, changed: changed, inode: inode, device: device), hash))
            }
            return entries
        }
    }

    /// A tab and `value` in decimal.
    private static func appendField(_ value: Int64, to bytes: inout [UInt8]) {
        bytes.append(0x09)
        bytes.appendDecimal(value)
    }

    /// A decimal whole number, as `encode` writes it; nil for anything else (or beyond 64 bits).
    private static func number<Number: FixedWidthInteger>(_ digits: UnsafeBufferPointer<UInt8>, as _: Number.Type) -> Number? {
        var rest = digits[...]
        let negative = Number.isSigned && rest.first == UInt8(ascii: "-")
        if negative { rest = rest.dropFirst() }
        guard !rest.isEmpty else { return nil }
        var value: Number = 0
        for digit in rest {
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let step = Number(digit - UInt8(ascii: "0"))
            let (sum, overflowAgain) = negative ? times.subtractingReportingOverflow(step) : times.addingReportingOverflow(step)
            guard !overflow, !overflowAgain else { return nil }
            value = sum
        }
        return value
    }
}
