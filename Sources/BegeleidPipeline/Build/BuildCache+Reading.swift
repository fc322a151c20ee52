import BegeleidModel
import Foundation

/// `cache.json` read back by hand (JSONReader), into what JSONDecoder would make of it: a member
/// missing or of another kind, or a text that is not JSON, makes the file no cache (nil), as
/// JSONDecoder's error did; members it does not know are passed over. Held to JSONDecoder on
/// generated caches in CompactCoderTests.
extension BuildCache {
    /// (The file's bytes are kept, and where each entry is in them: the next build copies those of entries it keeps
    /// as they were. Not above `rawLimit`: at 10,000 notes the 10 MB held through the checks were a tenth of the
    /// rebuild's peak memory, and copying was no faster than encoding there.)
    init?(json data: Data) {
        let read = data.withUnsafeBytes { raw -> BuildCache? in
            var reader = JSONReader(raw.bindMemory(to: UInt8.self))
            return try? reader.whole { reader in try BuildCache(reading: &reader) }
        }
        guard var read else { return nil }
        if data.count <= Self.rawLimit { read.raw?.bytes = data } else { read.raw = nil }
        self = read
    }

    static let rawLimit = 4 << 20

    private init(reading reader: inout JSONReader) throws {
        var format: Int?, key: String?, entries: [String: Entry]?, pages: Kept??, sessies: Sessies??, tables: Kept??
        // (Room for about as many entries as the file has kilobytes: grown step by step, the tables were rehashed.)
        let expected = reader.count / 1024
        let keepsSpans = reader.count <= Self.rawLimit
        var spans: [String: Range<Int>] = [:]
        if keepsSpans { spans.reserveCapacity(expected) }
        try reader.fields { reader, member in
            switch member {
            case "format": format = try reader.int()
            case "key": key = try reader.string()
            case "entries":
                var read: [String: Entry] = [:]
                read.reserveCapacity(expected)
                try reader.object { reader, name in
                    let (entry, bytes) = try reader.span { reader in try Entry(reading: &reader) }
                    read[name] = entry
                    if keepsSpans { spans[name] = bytes }
                }
                entries = read
            case "pages": pages = try reader.optional { reader in try Kept(reading: &reader) }
            case "tables": tables = try reader.optional { reader in try Kept(reading: &reader) }
            case "sessies": sessies = try reader.optional { reader in try Sessies(reading: &reader) }
            default: try reader.skip()
            }
        }
        guard let format, let key, let entries else { throw JSONReader.Failure() }
        self.init(key: key)
        self.format = format
        self.entries = entries
        self.pages = pages ?? nil
        self.sessies = sessies ?? nil
        self.tables = tables ?? nil
        raw = Raw(bytes: Data(), spans: spans)
    }
}

extension BuildCache.Entry {
    fileprivate init(reading reader: inout JSONReader) throws {
        var hash: String?, slug: String?, valid: Bool?, findings: [BuildCache.Finding]?, files: [String]?
        var dependsOn: [String: String]?, summary: BuildCache.Summary?, digest: String?, share: String?
        try reader.fields { reader, member in
            switch member {
            case "hash": hash = try reader.string()
            case "slug": slug = try reader.string()
            case "valid": valid = try reader.bool()
            case "findings": findings = try reader.array { reader in try BuildCache.Finding(reading: &reader) }
            case "files": files = try reader.array { reader in try reader.string() }
            case "dependsOn":
                dependsOn = try reader.optional { reader in
                    var read: [String: String] = [:]
                    try reader.object { reader, name in read[name] = try reader.string() }
                    return read
                }
            case "summary": summary = try reader.optional { reader in try BuildCache.Summary(reading: &reader) }
            case "digest": digest = try reader.optional { reader in try reader.string() }
            case "share": share = try reader.optional { reader in try reader.string() }
            default: try reader.skip()
            }
        }
        guard let hash, let slug, let valid, let findings, let files else { throw JSONReader.Failure() }
        self.init(hash: hash, slug: slug, valid: valid, findings: findings, files: files, dependsOn: dependsOn, summary: summary,
                  digest: digest, share: share)
    }
}

extension BuildCache.Finding {
    fileprivate init(reading reader: inout JSONReader) throws {
        var severity: Diagnostic.Severity?, code: DiagnosticCode?, line: Int?, column: Int?, dutch: String?, english: String?
        var endLine: Int?, endColumn: Int?, suggestion: String?
        try reader.fields { reader, member in
            switch member {
            case "severity": severity = Diagnostic.Severity(rawValue: try reader.string())
            case "code": code = DiagnosticCode(rawValue: try reader.string())
            case "line": line = try reader.int()
            case "column": column = try reader.int()
            case "endLine": endLine = try reader.optional { reader in try reader.int() }
            case "endColumn": endColumn = try reader.optional { reader in try reader.int() }
            case "dutch": dutch = try reader.string()
            case "english": english = try reader.string()
            case "suggestion": suggestion = try reader.optional { reader in try reader.string() }
            default: try reader.skip()
            }
        }
        guard let severity, let code, let line, let column, let dutch, let english else { throw JSONReader.Failure() }
        self.severity = severity
        self.code = code
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.dutch = dutch
        self.english = english
        self.suggestion = suggestion
    }
}

extension BuildCache.Summary {
    fileprivate init(reading reader: inout JSONReader) throws {
        var title: String?, date: String?, status: SessionStatus?, isPublic: Bool?, follows: String?
        var notes: [BuildCache.Finding]?, notesKey: String?
        try reader.fields { reader, member in
            switch member {
            case "title": title = try reader.string()
            case "date": date = try reader.string()
            case "status": status = SessionStatus(rawValue: try reader.string())
            case "isPublic": isPublic = try reader.bool()
            case "follows": follows = try reader.optional { reader in try reader.string() }
            case "notes": notes = try reader.array { reader in try BuildCache.Finding(reading: &reader) }
            case "notesKey": notesKey = try reader.string()
            default: try reader.skip()
            }
        }
        guard let title, let date, let status, let isPublic, let notes, let notesKey else { throw JSONReader.Failure() }
        self.title = title
        self.date = date
        self.status = status
        self.isPublic = isPublic
        self.follows = follows
        self.notes = notes
        self.notesKey = notesKey
    }
}

extension BuildCache.Kept {
    fileprivate init(reading reader: inout JSONReader) throws {
        var files: [String]?, key: String?
        try reader.fields { reader, member in
            switch member {
            case "files": files = try reader.array { reader in try reader.string() }
            case "key": key = try reader.string()
            default: try reader.skip()
            }
        }
        guard let files, let key else { throw JSONReader.Failure() }
        self.init(files: files, key: key)
    }
}

extension BuildCache.Sessies {
    fileprivate init(reading reader: inout JSONReader) throws {
        var lengths: [Int]?, names: [String]?
        try reader.fields { reader, member in
            switch member {
            case "lengths": lengths = try reader.array { reader in try reader.int() }
            case "names": names = try reader.array { reader in try reader.string() }
            default: try reader.skip()
            }
        }
        guard let lengths, let names else { throw JSONReader.Failure() }
        self.init(lengths: lengths, names: names)
    }
}
