import BegeleidModel
import Foundation

/// The cache file's bytes (issue 18: parsing a thousand entries of JSON, 1 MB of it, was the longest chain at the
/// start of a one-file rebuild, beside the notes' stamps). CompactCoder's primitives in an order of its own:
///
///     file     = "begeleid-cache\n" format key count(entries) (name length entry)* end
///     entry    = hash slug flags findings files [dependsOn] [summary] [digest] [share]
///     finding  = severity code line column flags [endLine] [endColumn] dutch english [suggestion]
///     summary  = title date status isPublic flags [follows] findings notesKey
///     end      = flags [pages: files key] [sessies: lengths names] [tables: files key]
///
/// Texts are a varint length and their UTF-8; numbers zigzag varints; a list a 4-byte count and its elements;
/// `flags` one byte saying which of the optional parts follow (a bit it does not know makes the file no cache);
/// an entry's `length` (a varint) the count of its bytes, so an entry kept as it was is copied from the last file as
/// it is (`encodedEntries(verbatim:from:)`). Anything else (a missing part, an unknown code, bytes left over, a
/// length that does not fit) makes the file no cache (nil), and the build renders everything. (A text whose bytes are
/// not UTF-8, from a damaged disk, is read repaired, as CompactCoder reads the outlines.)
extension BuildCache {
    static let magic = Array("begeleid-cache\n".utf8)

    /// (The file's bytes are kept, and where each entry is in them: the next build copies those of entries it keeps
    /// as they were. Not above `rawLimit`: at 10,000 notes the 10 MB held through the checks were a tenth of the
    /// rebuild's peak memory, and copying was no faster than encoding there.)
    init?(bytes: [UInt8]) {
        let source = CompactSource(bytes)
        guard bytes.starts(with: Self.magic), var read = try? BuildCache(reading: source, keepsSpans: bytes.count <= Self.rawLimit),
              source.offset == bytes.count else { return nil }
        read.raw?.bytes = bytes
        self = read
    }

    static let rawLimit = 4 << 20

    private init(reading source: CompactSource, keepsSpans: Bool) throws {
        source.offset = Self.magic.count
        let format = try source.varint()
        self.init(key: try source.string())
        self.format = format
        let count = try source.count()
        entries.reserveCapacity(count)
        var spans: [String: Range<Int>] = [:]
        if keepsSpans { spans.reserveCapacity(count) }
        for _ in 0..<count {
            let name = try source.string()
            let length = try source.unsigned()
            guard length <= UInt64(source.bytes.count - source.offset) else { throw source.corrupt("entry past the end") }
            let start = source.offset
            entries[name] = try Entry(reading: source)
            guard source.offset - start == Int(length) else { throw source.corrupt("entry of another length") }
            if keepsSpans { spans[name] = start..<source.offset }
        }
        let flags = try Flags(source, known: 0b111)
        pages = flags.has(0) ? try Kept(reading: source) : nil
        sessies = flags.has(1) ? try Sessies(reading: source) : nil
        tables = flags.has(2) ? try Kept(reading: source) : nil
        raw = keepsSpans ? Raw(bytes: [], spans: spans) : nil
    }

    /// All of the file but its end (`encodedEnd`, known only when the pages are written). The entries `verbatim`
    /// names are the entries of `raw` as they were: their bytes are copied from it, as this encoder wrote them then
    /// (the cache key names the tool's version; issue 18: encoding a thousand unchanged entries again was a tenth of a
    /// one-file rebuild). In parts of some 64 KB, made as they are written (a part an entry was a thousand small writes).
    func encodedEntries(verbatim: Set<String> = [], from raw: Raw? = nil) -> some Sequence<Data> {
        let names = entries.keys.sorted()
        var head = Self.magic
        CompactForm.varint(format, to: &head)
        CompactForm.string(key, to: &head)
        CompactForm.count(names.count, to: &head)
        let chunks = stride(from: 0, to: names.count, by: 64).lazy.map { [entries] start -> Data in
            var part: [UInt8] = []
            part.reserveCapacity(80_000)
            for name in names[start..<min(start + 64, names.count)] {
                CompactForm.string(name, to: &part)
                if verbatim.contains(name), let bytes = raw?.entry(name) {
                    CompactForm.unsigned(UInt64(bytes.count), to: &part)
                    part.append(contentsOf: bytes)
                } else if let entry = entries[name] {
                    var bytes: [UInt8] = []
                    entry.append(to: &bytes)
                    CompactForm.unsigned(UInt64(bytes.count), to: &part)
                    part.append(contentsOf: bytes)
                }
            }
            return Data(part)
        }
        return EncodedEntries(head: Data(head), chunks: chunks.makeIterator())
    }

    /// The head, then the entries' parts as they are made. (A sequence of its own: as two `AnySequence`s joined, the
    /// metadata of their boxes was looked up by name at each process's first use, 0.4 ms of a one-file rebuild.)
    struct EncodedEntries<Chunks: IteratorProtocol<Data>>: Sequence, IteratorProtocol {
        var head: Data?
        var chunks: Chunks

        mutating func next() -> Data? {
            if let first = head {
                head = nil
                return first
            }
            return chunks.next()
        }
    }

    /// The end of the file after `encodedEntries`: which of `pages`, `sessies` and `tables` there are, and those.
    static func encodedEnd(_ members: End) -> Data {
        var end: [UInt8] = [Flags.byte(members.pages != nil, members.sessies != nil, members.tables != nil)]
        members.pages?.append(to: &end)
        members.sessies?.append(to: &end)
        members.tables?.append(to: &end)
        return Data(end)
    }

    /// The whole file in its parts, at once (for tests; a build writes `encodedEntries` as they are made, then the end).
    func encodedParts() -> some Sequence<Data> {
        Array(encodedEntries()) + [Self.encodedEnd(end)]
    }
}

extension BuildCache.Entry {
    fileprivate init(reading source: CompactSource) throws {
        let hash = try source.string(), slug = try source.string()
        let flags = try Flags(source, known: 0b11111)
        let findings = try source.list { try BuildCache.Finding(reading: source) }
        let files = try source.list { try source.string() }
        var dependsOn: [String: String]?
        if flags.has(1) {
            var read: [String: String] = [:]
            for _ in 0..<(try source.count()) { read[try source.string()] = try source.string() }
            dependsOn = read
        }
        self.init(hash: hash, slug: slug, valid: flags.has(0), findings: findings, files: files, dependsOn: dependsOn,
                  summary: flags.has(2) ? try BuildCache.Summary(reading: source) : nil,
                  digest: flags.has(3) ? try source.string() : nil, share: flags.has(4) ? try source.string() : nil)
    }

    fileprivate func append(to out: inout [UInt8]) {
        CompactForm.string(hash, to: &out)
        CompactForm.string(slug, to: &out)
        out.append(Flags.byte(valid, dependsOn != nil, summary != nil, digest != nil, share != nil))
        CompactForm.count(findings.count, to: &out)
        for finding in findings { finding.append(to: &out) }
        CompactForm.count(files.count, to: &out)
        for file in files { CompactForm.string(file, to: &out) }
        if let dependsOn {
            CompactForm.count(dependsOn.count, to: &out)
            for name in dependsOn.keys.sorted() {
                CompactForm.string(name, to: &out)
                CompactForm.string(dependsOn[name] ?? "", to: &out)
            }
        }
        summary?.append(to: &out)
        if let digest { CompactForm.string(digest, to: &out) }
        if let share { CompactForm.string(share, to: &out) }
    }
}

extension BuildCache.Finding {
    fileprivate init(reading source: CompactSource) throws {
        guard let severity = Diagnostic.Severity(rawValue: try source.string()),
              let code = DiagnosticCode(rawValue: try source.string()) else { throw source.corrupt("not a finding") }
        self.severity = severity
        self.code = code
        line = try source.varint()
        column = try source.varint()
        let flags = try Flags(source, known: 0b111)
        endLine = flags.has(0) ? try source.varint() : nil
        endColumn = flags.has(1) ? try source.varint() : nil
        dutch = try source.string()
        english = try source.string()
        suggestion = flags.has(2) ? try source.string() : nil
    }

    fileprivate func append(to out: inout [UInt8]) {
        CompactForm.string(severity.rawValue, to: &out)
        CompactForm.string(code.rawValue, to: &out)
        CompactForm.varint(line, to: &out)
        CompactForm.varint(column, to: &out)
        out.append(Flags.byte(endLine != nil, endColumn != nil, suggestion != nil))
        if let endLine { CompactForm.varint(endLine, to: &out) }
        if let endColumn { CompactForm.varint(endColumn, to: &out) }
        CompactForm.string(dutch, to: &out)
        CompactForm.string(english, to: &out)
        if let suggestion { CompactForm.string(suggestion, to: &out) }
    }
}

extension BuildCache.Summary {
    fileprivate init(reading source: CompactSource) throws {
        title = try source.string()
        date = try source.string()
        guard let status = SessionStatus(rawValue: try source.string()) else { throw source.corrupt("not a status") }
        self.status = status
        isPublic = try source.bool()
        follows = try Flags(source, known: 0b1).has(0) ? try source.string() : nil
        notes = try source.list { try BuildCache.Finding(reading: source) }
        notesKey = try source.string()
    }

    fileprivate func append(to out: inout [UInt8]) {
        CompactForm.string(title, to: &out)
        CompactForm.string(date, to: &out)
        CompactForm.string(status.rawValue, to: &out)
        out.append(isPublic ? 1 : 0)
        out.append(Flags.byte(follows != nil))
        if let follows { CompactForm.string(follows, to: &out) }
        CompactForm.count(notes.count, to: &out)
        for note in notes { note.append(to: &out) }
        CompactForm.string(notesKey, to: &out)
    }
}

extension BuildCache.Kept {
    fileprivate init(reading source: CompactSource) throws {
        let files = try source.list { try source.string() }
        self.init(files: files, key: try source.string())
    }

    fileprivate func append(to out: inout [UInt8]) {
        CompactForm.count(files.count, to: &out)
        for file in files { CompactForm.string(file, to: &out) }
        CompactForm.string(key, to: &out)
    }
}

extension BuildCache.Sessies {
    fileprivate init(reading source: CompactSource) throws {
        let lengths = try source.list { try source.varint() }
        self.init(lengths: lengths, names: try source.list { try source.string() })
    }

    fileprivate func append(to out: inout [UInt8]) {
        CompactForm.count(lengths.count, to: &out)
        for length in lengths { CompactForm.varint(length, to: &out) }
        CompactForm.count(names.count, to: &out)
        for name in names { CompactForm.string(name, to: &out) }
    }
}

/// Which optional parts follow: one bit each, in the order they are listed.
private struct Flags {
    private let bits: UInt8

    /// Read; a bit outside `known` makes the file no cache.
    init(_ source: CompactSource, known: UInt8) throws {
        bits = try source.byte()
        guard bits & ~known == 0 else { throw source.corrupt("unknown flags") }
    }

    func has(_ bit: Int) -> Bool { bits & (1 << bit) != 0 }

    static func byte(_ parts: Bool...) -> UInt8 {
        parts.enumerated().reduce(0) { byte, part in part.element ? byte | (1 << part.offset) : byte }
    }
}
