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

    /// The sessions of `entries` loaded a batch at a time, on every core, in their order.
    func forEach(_ entries: [Entry], batchSize: Int = 128, _ body: ([Session]) throws -> Void) rethrows {
        for start in stride(from: 0, to: entries.count, by: batchSize) {
            let batch = Array(entries[start..<min(start + batchSize, entries.count)])
            try body(Parallel.map(batch) { [self] in session($0) }.compactMap { $0 })
        }
    }

    /// The session of `entry`; an outline file that cannot be read means reading its notes again
    /// (nil when they have errors or are gone now).
    func session(_ entry: Entry) -> Session? {
        switch entry.source {
        case .held(let session):
            return session
        case .bytes(let bytes):
            return try? Self.decode(bytes, path: entry.path)
        case .file(let file):
            if let data = FileManager.default.contents(atPath: file), let session = try? Self.decode([UInt8](data), path: entry.path) {
                return session
            }
            let read = Checking.check(InputFile.bytes(at: entry.path, policy: policy), path: entry.path, slug: entry.slug)
            guard read.findings.errorCount == 0 else { return nil }
            return read.output.session?.outlineOnly
        }
    }

    static func decode(_ bytes: [UInt8], path: String) throws -> Session {
        var session = try CompactCoder.decode(Session.self, from: bytes)
        session.path = path
        return session
    }
}
