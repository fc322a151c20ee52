import BegeleidModel
import BegeleidReader
import Foundation

/// The sessions a check or build kept (the notes without errors), in path
/// order, each with its status at hand and its outline where it can be
/// loaded again: a build keeps ten thousand sessions' outlines on disk (the
/// build cache's `.begeleid/schetsen/`) or as compact bytes, not as values
/// (they were two thirds of its memory), and streams them through what spans
/// sessions (Aggregates) a batch at a time. `check` and the preview hold
/// their few sessions as they are.
public struct KeptSessions: Sendable {
    /// A reference: the lists of entries a build sorts and filters then copy pointers, not metadata.
    public final class Entry: Sendable {
        public let path: String
        public let slug: String
        /// Definitief or a concept (the rest of the metadata is in the outline).
        public let status: SessionStatus
        let source: Source

        init(path: String, slug: String, status: SessionStatus, source: Source) {
            self.path = path
            self.slug = slug
            self.status = status
            self.source = source
        }
    }

    enum Source: Sendable {
        /// The session itself (boxed: the entry of a session on disk stays small).
        indirect case held(Session)
        /// A file of CompactCoder bytes (the build cache's outline), by absolute path.
        case file(String)
        /// CompactCoder bytes in memory (a build without a cache: a public build).
        case bytes([UInt8])
    }

    public private(set) var entries: [Entry] = []
    /// How notes are read when an outline file cannot be (removed or damaged while building).
    var policy = InputPolicy.standard

    init() {}

    init(holding sessions: [Session]) {
        entries = sessions.map { Entry(path: $0.path, slug: $0.slug, status: $0.meta.status, source: .held($0)) }
    }

    mutating func append(_ session: Session, from source: Source) {
        append(path: session.path, slug: session.slug, status: session.meta.status, from: source)
    }

    mutating func append(path: String, slug: String, status: SessionStatus, from source: Source) {
        entries.append(Entry(path: path, slug: slug, status: status, source: source))
    }

    /// The entries of `paths` alone.
    func only(_ paths: Set<String>) -> KeptSessions {
        var kept = self
        kept.entries.removeAll { !paths.contains($0.path) }
        return kept
    }

    /// In path order, as a build lists its sessions.
    func sortedByPath() -> KeptSessions {
        var sorted = self
        sorted.entries.sort { $0.path < $1.path }
        return sorted
    }

    /// Every session, loaded (for proposals, which cite them, and for tests).
    public var all: [Session] {
        entries.compactMap(session)
    }

    /// The sessions of `entries` as the pages across sessions need them (SessionDigest), a batch at
    /// a time, on every core, in their order: only the digest in front of each outline is decoded.
    /// The next batch is decoded while `body` takes the one before it: `body` runs on the caller's thread
    /// alone, and decoding and then taking each batch in turn left a core idle meanwhile (reading the
    /// digests took 83 ms of a 2.1 s full build at N = 1,000 that way, 59 ms this way).
    func forEachDigest(_ entries: [Entry], batchSize: Int = 128, _ body: ([SessionDigest]) throws -> Void) rethrows {
        let starts = Array(stride(from: 0, to: entries.count, by: batchSize))
        let decode = { [self] (start: Int) -> Parallel.Started<[SessionDigest]> in
            let batch = Array(entries[start..<min(start + batchSize, entries.count)])
            return Parallel.start { Parallel.map(batch) { digest($0) }.compactMap { $0 } }
        }
        var next = starts.first.map(decode)
        for position in starts.indices {
            guard let decoding = next else { break }
            // (Decoding throws nothing: a digest that cannot be read is nil.)
            let batch = (try? decoding.result()) ?? []
            next = position + 1 < starts.count ? decode(starts[position + 1]) : nil
            try body(batch)
        }
    }

    /// The session of `entry`; an outline file that cannot be read means reading its notes again
    /// (nil when they have errors or are gone now).
    func session(_ entry: Entry) -> Session? {
        load(entry, read: { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } },
             decode: { try Self.decode($0, path: entry.path) }, from: { $0 })
    }

    /// The digest of `entry`'s session, read as `session(_:)` reads the session (from a file only its front).
    func digest(_ entry: Entry) -> SessionDigest? {
        load(entry, read: Self.readFront, decode: Self.decodeDigest, from: SessionDigest.init)
    }

    private func load<T>(
        _ entry: Entry, read: (String) -> [UInt8]?, decode: ([UInt8]) throws -> T, from: (Session) -> T
    ) -> T? {
        switch entry.source {
        case .held(let session):
            return from(session)
        case .bytes(let bytes):
            return try? decode(bytes)
        case .file(let file):
            if let bytes = read(file), let value = try? decode(bytes) {
                return value
            }
            let read = Checking.check(InputFile.bytes(at: entry.path, policy: policy), path: entry.path, slug: entry.slug)
            guard read.findings.errorCount == 0, let session = read.output.session?.outlineOnly else { return nil }
            return from(session)
        }
    }

    // MARK: - The kept form, one file a session: the digest's length (4 bytes, little-endian), the digest,
    // the outline's length, the outline (both CompactCoder's form, written by CompactModelWriter), then the
    // session's share of `data/` (DataShare; none for a concept or a build without a cache). One file, not two:
    // creating a file was most of what keeping a session cost on ext4.

    static func encode(_ outline: Session, share: Data? = nil) -> [UInt8] {
        var bytes: [UInt8] = []
        for part in [CompactModelWriter.digest(SessionDigest(outline)), CompactModelWriter.outline(outline)] {
            let count = UInt32(part.count)
            bytes += (0..<4).map { UInt8(truncatingIfNeeded: count >> (8 * $0)) }
            bytes += part
        }
        bytes += share ?? Data()
        return bytes
    }

    static func decode(_ bytes: [UInt8], path: String) throws -> Session {
        let digestEnd = try end(of: 0, in: bytes)
        var session = try CompactCoder.decode(Session.self, from: Array(bytes[(digestEnd + 4)..<end(of: digestEnd, in: bytes)]))
        session.path = path
        return session
    }

    static func decodeDigest(_ bytes: [UInt8]) throws -> SessionDigest {
        try CompactDigestReader.digest(Array(bytes[4..<end(of: 0, in: bytes)]))
    }

    /// The hash of the digest's bytes at the front of a kept file (BuildCache.Entry.digest); nil when cut short.
    static func digestHash(_ bytes: Data) -> String? {
        guard bytes.count >= 4 else { return nil }
        let count = bytes.prefix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
        guard count <= bytes.count - 4 else { return nil }
        var hash = BuildCache.FNV()
        hash.add(bytes.prefix(4 + count))
        return hash.text
    }

    /// The share of `data/` kept after the outline (empty when there is none).
    static func share(in bytes: [UInt8]) throws -> Data {
        Data(bytes[try end(of: end(of: 0, in: bytes), in: bytes)...])
    }

    /// Where the part whose length stands at `start` ends.
    private static func end(of start: Int, in bytes: [UInt8]) throws -> Int {
        guard start >= 0, bytes.count - start >= 4 else { throw CompactSource(bytes).corrupt("end of data") }
        let count = (0..<4).reduce(0) { $0 | Int(bytes[start + $1]) << (8 * $1) }
        guard count <= bytes.count - start - 4 else { throw CompactSource(bytes).corrupt("part longer than the data") }
        return start + 4 + count
    }

    /// The length and the digest at the front of a kept file (nil when it cannot be read).
    private static func readFront(of path: String) -> [UInt8]? {
        guard let file = FileBytes(path), let count = file.length(at: 0), count < 1 << 26,
              let front = file.data(at: 0, count: 4 + count) else { return nil }
        return [UInt8](front)
    }

    /// The share of `data/` after the outline in a kept file, read without the digest and outline in front
    /// of it (nil when the file cannot be read or is cut short; empty when it holds no share).
    static func readShare(of path: String) -> Data? {
        guard let file = FileBytes(path), let size = file.size, let digest = file.length(at: 0), digest <= size - 8,
              let outline = file.length(at: 4 + digest), outline <= size - 8 - digest else { return nil }
        let start = 8 + digest + outline
        return file.data(at: start, count: size - start)
    }
}
