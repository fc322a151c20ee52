import BegeleidModel
import Foundation

/// What the last build made of each notes file, kept in the output folder
/// (`.begeleid/cache.json`, its bytes in BuildCache+Binary) so that the next build reads and renders only
/// what changed. Its own format (`format`), not the published `sessie.json`:
/// a session that follows no other comes back as its summary (Summary), and
/// where more is needed as the outline the build keeps, locations and all,
/// from a file of its own (`.begeleid/schetsen/<notes>.bin`: its digest for
/// the pages across sessions, the outline, then its share of `data/`
/// (DataShare), KeptSessions.encode; written when the session is rendered, so
/// an unchanged one is neither encoded nor written again).
/// Valid only for the same format, tool version, templates and options; a
/// missing, damaged or stale cache just means a full build.
struct BuildCache: Sendable {
    /// (Its name is the JSON form's of formats before 9, though it is no longer JSON: an older version of begeleid
    /// takes that file off the disk when it starts, as every build does (`take`), so a build of another version in
    /// between cannot leave this cache behind to vouch for reports it did not write; and reads it as no cache.)
    static let path = Layout.state + "/cache.json"
    /// The layout of the file; a cache of another layout is not read.
    static let currentFormat = 11

    struct Finding: Sendable, Equatable {
        var severity: Diagnostic.Severity
        var code: DiagnosticCode
        var line: Int
        var column: Int
        var endLine: Int?
        var endColumn: Int?
        var dutch: String
        var english: String
        var suggestion: String?

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity
            code = diagnostic.code
            line = diagnostic.location.line
            column = diagnostic.location.column
            endLine = diagnostic.end?.line
            endColumn = diagnostic.end?.column
            dutch = diagnostic.message.dutch
            english = diagnostic.message.english
            suggestion = diagnostic.suggestion
        }

        func diagnostic(path: String) -> Diagnostic {
            var diagnostic = Diagnostic(severity, code, path: path, at: SourceLocation(line: line, column: column),
                                        LocalizedText(nl: dutch, en: english), suggestion: suggestion)
            if let endLine, let endColumn { diagnostic.end = SourceLocation(line: endLine, column: endColumn) }
            return diagnostic
        }
    }

    struct Entry: Sendable {
        /// FNV-1a of the notes' bytes.
        var hash: String
        var slug: String
        /// Whether the notes had no errors (then their outline is at `outlinePath`).
        var valid: Bool
        /// The reader's and rules' findings (file-name findings are made anew).
        var findings: [Finding]
        /// Files written for it, relative to the output folder.
        var files: [String]
        /// A follow-up's earlier sessions and the hashes of their files when it was read: when
        /// one of them changes, the follow-up is checked and rendered again.
        var dependsOn: [String: String]?
        /// Of a valid entry: what the checks need of it, so an unchanged file's outline is not read.
        var summary: Summary?
        /// Of a valid entry: the hash of its digest's bytes (SessionDigest, in front of its kept file),
        /// what the pages across sessions show of it (`pages`).
        var digest: String?
        /// Of a definitief entry: the hash of its share of `data/` as kept (DataShare.encoded, after its
        /// outline), what the tables and the workbook show of it (`tables`).
        var share: String?
    }

    /// `data/sessies.json` as the build that kept this cache wrote it: the notes (by name) whose
    /// documents it holds, in order, and each document's length. The next build copies from it the
    /// documents of sessions it does not render again (CollectionFile).
    struct Sessies: Sendable, Equatable {
        var lengths: [Int]
        var names: [String]
        /// What `stat` said of the file when that build was done: from StampFile, set when the cache is
        /// taken (no part of the cache's bytes, which depend on the notes alone).
        var file: FileStamp?
    }

    /// Files the build that kept this cache made from what `key` names, so that a build whose key is the
    /// same leaves them as they are (they would be the same bytes):
    /// - `pages`: the index and the overview. The key names the cache key, the value lists, each session's
    ///   name, slug, status and digest hash in order, and the series the index lists; they stay when every
    ///   page is still there. (Progress pages of series are written on every build: they also show the
    ///   follow-ups' reviews.)
    /// - `tables`: the CSV tables and the workbook of `data/`. The key names the tables, the synonyms, and
    ///   each counted session's name and share hash in order; they stay when each is still the file that
    ///   build wrote (`stamps`).
    struct Kept: Sendable, Equatable {
        var files: [String]
        var key: String
        /// What `stat` said of each file (by its path relative to the output folder) when that build was done:
        /// from StampFile, set when the cache is taken (no part of the cache's bytes).
        var stamps: [String: FileStamp]?

        init(files: [String], key: String) {
            self.files = files
            self.key = key
        }

        /// Whether the files can stay for a build whose key is `key`: the same key, and every file still in
        /// `output` (with `stamped`, still the very file that build wrote).
        func stay(for key: String?, in output: String, stamped: Bool = false) -> Bool {
            guard let key, key == self.key else { return false }
            return files.allSatisfy { file in
                let path = output + "/" + file
                guard stamped else { return access(path, F_OK) == 0 }
                return stamps?[file].map { $0 == FileStamp.now(path) } ?? false
            }
        }
    }

    /// What the checks of a build need of a session that is not read again (issue 18: reading
    /// every unchanged session's outline was a third of a one-file rebuild): its light series node
    /// (SeriesNode) and its notes on values spelt close to the vocabulary. A follow-up, or notes made
    /// under other synonyms, need the outline after all.
    struct Summary: Sendable, Equatable {
        var title: String
        var date: String
        var status: SessionStatus
        var isPublic: Bool
        var follows: String?
        /// Vocabulary.notes of the session, made under the synonyms `notesKey` names (Checking.Pass.notesKey).
        var notes: [Finding]
        var notesKey: String

        init(_ session: Session, notes: [Diagnostic], notesKey: String) {
            title = session.meta.title
            date = session.meta.date
            status = session.meta.status
            isPublic = session.meta.isPublic
            follows = session.meta.follows
            self.notes = notes.map(Finding.init)
            self.notesKey = notesKey
        }
    }

    /// Whether the entry `name` is of notes with `hash` and `slug`. (Asked of the entry where it is: taken out of
    /// `entries`, an entry is copied, each of its texts and lists retained.)
    func holds(_ name: String, hash: String, slug: String) -> Bool {
        guard let position = entries.index(forKey: name) else { return false }
        return entries.values[position].hash == hash && entries.values[position].slug == slug
    }

    /// Entries are kept by file name (all notes share one folder), so the
    /// same notes reached by another path (`Input` or `/abs/Input`) still match.
    static func name(_ path: String) -> String { Layout.fileName(path) }

    var format = BuildCache.currentFormat
    /// Tool version, templates and options together: any change invalidates every entry.
    var key: String
    var entries: [String: Entry] = [:]
    /// The index and overview of the build that kept it; nil when their key could not be told (notes with errors).
    var pages: Kept?
    /// `data/sessies.json` as the build that kept it wrote it (CollectionFile).
    var sessies: Sessies?
    /// The tables and workbook of `data/` the build that kept it wrote; nil when their key could not be told.
    var tables: Kept?

    /// What a build knows of the files across sessions only once it has written them: the end of the
    /// cache file (`encodedEnd`), what the next build keeps or copies of them.
    struct End: Sendable {
        var pages: Kept?
        var sessies: Sessies?
        var tables: Kept?
    }

    var end: End { End(pages: pages, sessies: sessies, tables: tables) }
    /// The output folder it was loaded from (not stored).
    var output = ""
    /// The output's folders (relative) whose stamps vouch that every file the entries list in them was there
    /// when the cache was loaded (FolderStamps; not stored: StampFile keeps them for the next build).
    var folders: [String: FileStamp] = [:]
    /// The file it was read from, and where each entry's bytes are in it (not stored).
    var raw: Raw?

    struct Raw: Sendable {
        var bytes: [UInt8]
        var spans: [String: Range<Int>]

        /// The bytes of entry `name` as the file held them.
        func entry(_ name: String) -> ArraySlice<UInt8>? { spans[name].map { bytes[$0] } }
    }

    init(key: String, output: String = "") {
        self.key = key
        self.output = output
    }

    /// Where the outline of the notes at `path` is kept, relative to the output folder: the session
    /// as Session.outlineOnly (no long texts, no participants), what the index, overview, data and
    /// series need of a session that is not rendered again, and after it the session's share of `data/`.
    static func outlinePath(for path: String) -> String {
        outlinePath(named: name(path))
    }

    /// `outlinePath` of the entry called `name` (BuildCache.name).
    static func outlinePath(named name: String) -> String {
        Layout.state + "/schetsen/" + name + ".bin"
    }

    /// Where builds before cache format 7 kept the shares of `data/` (now after each outline): removed.
    static let formerShares = Layout.state + "/delen"

    /// The outline's bytes depend on the notes alone: the path they were read at is set again on reading.
    static func encode(outline: Session, share: Data?) -> Data {
        var outline = outline
        outline.path = ""
        return Data(KeptSessions.encode(outline, share: share))
    }

    /// The session of a valid entry (its outline), found now at `path`; nil when its file cannot be read.
    func session(of entry: Entry, path: String) -> Session? {
        let file = Layout.join(output, Self.outlinePath(for: path))
        guard entry.valid, let data = FileManager.default.contents(atPath: file) else { return nil }
        return try? KeptSessions.decode([UInt8](data), path: path)
    }

    /// `early`: the file as Prefetch read it; taken when `cache.json` is still that file. `folders`: the stamps of
    /// the output's folders the last build left (StampFile, by absolute path).
    static func load(from output: String, key: String, early: Prefetch.Read? = nil, folders: [String: FileStamp] = [:]) -> BuildCache {
        let path = (output as NSString).appendingPathComponent(Self.path)
        // (Still the file read early: no build came in between, so what `stat` said of the folders then stands.)
        let same = early.map { early in early.cacheFile != nil && FileStamp.now(path) == early.cacheFile } ?? false
        let read = (same ? early?.cache : nil) ?? FileBytes.bytes(of: path).flatMap(BuildCache.init(bytes:))
        guard let cache = read, cache.format == currentFormat, cache.key == key else {
            return BuildCache(key: key, output: output)
        }
        // An entry whose outputs are gone is no use: that session is built again. (Told a folder at a time.)
        var usable = cache
        usable.output = output
        let (groups, absolute) = FolderStamps.groups(of: cache.entries)
        let found = FolderStamps.check(groups, in: output, recorded: folders, taken: same ? early?.folders ?? [:] : [:])
        let missing = Set(found.flatMap(\.missing) + absolute.filter { access($0.path, F_OK) != 0 }.map(\.entry))
        if !missing.isEmpty { usable.entries = cache.entries.filter { name, _ in !missing.contains(name) } }
        usable.folders = FolderStamps.stamps(of: groups, found)
        return usable
    }

    /// The cache of the last build, taken off the disk before the first file is written (it comes back
    /// when the build is done: a build cut off half-way leaves no cache, so the next one is a full
    /// build; otherwise notes changed back to what the cache knew would keep reports of the
    /// interrupted version, text the writer had removed), and whether that build finished. A public
    /// build starts from nothing each time: its folder never holds a cache of other sessions.
    static func take(from output: String, key: String, publicOnly: Bool, early: Prefetch.Read? = nil,
                     folders: [String: FileStamp] = [:]) -> (cache: BuildCache?, lastBuildFinished: Bool) {
        let cache = publicOnly ? nil : load(from: output, key: key, early: early, folders: folders)
        let finished = FileManager.default.fileExists(atPath: (output as NSString).appendingPathComponent(path))
        remove(from: output)
        let former = (output as NSString).appendingPathComponent(formerShares)
        if FileManager.default.fileExists(atPath: former) { try? FileManager.default.removeItem(atPath: former) }
        return (cache, finished)
    }

    private static func remove(from output: String) {
        unlink((output as NSString).appendingPathComponent(path))
    }

    /// FNV-1a, 64 bits: a change detector, not a security measure.
    static func hash(_ bytes: some Sequence<UInt8>) -> String {
        var value = FNV()
        value.add(bytes)
        return value.text
    }

    /// FNV-1a over several texts, each ended by a NUL so that ("ab", "c") ≠ ("a", "bc").
    static func hash(_ texts: [String]) -> String {
        var value = FNV()
        for text in texts { value.add(text: text) }
        return value.text
    }

    /// FNV-1a taken a piece at a time.
    struct FNV {
        private var value: UInt64 = 0xcbf2_9ce4_8422_2325

        /// (Through the bytes' buffer where they have one, as `Data` and arrays do: `Data`'s iterator, a byte at a
        /// time, was 1 % of a full build's CPU.)
        mutating func add(_ bytes: some Sequence<UInt8>) {
            if bytes.withContiguousStorageIfAvailable({ mix($0) }) == nil { mix(bytes) }
        }

        /// `text`'s bytes and a NUL after them, as `hash(_: [String])` takes each of its texts.
        mutating func add(text: String) {
            var text = text
            // (Through the text's own bytes: `text.utf8` a byte at a time was most of hashing the templates.)
            text.withUTF8 { mix($0) }
            mix(CollectionOfOne(0))
        }

        private mutating func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                value ^= UInt64(byte)
                value = value &* 0x0000_0100_0000_01B3
            }
        }

        var text: String { String(value, radix: 16) }
    }
}
