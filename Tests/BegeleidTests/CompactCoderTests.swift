import BegeleidModel
@testable import BegeleidPipeline
import Foundation
import Testing

/// Issue 18: the build cache keeps each session's outline in CompactCoder's
/// positional binary form (JSON's decoding was 40 % of a rebuild). What is
/// read back must be what was written, for every field the model has; damaged
/// bytes must be refused, never crash or read as something else silently.
@Suite("Compact form of the cache")
struct CompactCoderTests {
    /// Every session of the examples and fixtures, whole and as the cache keeps it.
    static var sessions: [Session] {
        let folders = [Fixtures.repository.appendingPathComponent("Input/sessies").path]
            + ["sessies", "v2", "series/keten", "series/pair", "privacy"].map { Fixtures.folder.appendingPathComponent($0).path }
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }.sorted().compactMap { name in
                let path = folder + "/" + name
                guard let bytes = FileManager.default.contents(atPath: path) else { return nil }
                return Checking.check(bytes: [UInt8](bytes), path: path, slug: String(name.dropLast(3))).session
            }
        }
    }

    @Test func everyExampleComesBackAsItWas() throws {
        let sessions = Self.sessions
        #expect(sessions.count >= 30)
        // The examples exercise what the outline leaves out too: long texts, participants, transitions, follow-ups.
        #expect(sessions.contains { $0.transition != nil } && sessions.contains { !$0.meta.participants.isEmpty })
        #expect(sessions.contains { !$0.followUp.isEmpty } && sessions.contains { $0.options.contains { $0.due != nil } })
        for session in sessions {
            #expect(try CompactCoder.decode(Session.self, from: CompactCoder.encode(session)) == session, "\(session.path)")
            let outline = session.outlineOnly
            #expect(try CompactCoder.decode(Session.self, from: CompactCoder.encode(outline)) == outline, "\(session.path)")
        }
    }

    @Test func aGeneratedCorpusComesBackAsItWas() throws {
        let sessions = try Fixtures.generatedSessions(80, seed: 11)
        #expect(sessions.count > 60)
        for session in sessions {
            #expect(try CompactCoder.decode(Session.self, from: CompactCoder.encode(session)) == session, "\(session.path)")
        }
    }

    /// Each kind of value the coder writes itself, at its edges, and optionals at every depth.
    struct Edges: Codable, Equatable {
        var int: Int
        var small: Int8
        var large: UInt64
        var signed: Int64
        var double: Double
        var float: Float
        var flag: Bool
        var text: String
        var missing: String?
        var present: Int?
        var nested: [[String?]]
        var maybeList: [Int]?
        var child: Reference?
        var status: FollowUpStatus
    }

    @Test func edgesComeBack() throws {
        let texts = ["", "é", "e\u{301}", "\u{0600}<", "👩‍👩‍👧", "\0", String(repeating: "x", count: 300)]
        for (index, text) in texts.enumerated() {
            let value = Edges(
                int: [Int.min, -1, 0, 63, 64, Int.max][index % 6], small: [Int8.min, -1, 0, Int8.max][index % 4],
                large: [0, 127, 128, UInt64.max][index % 4], signed: [Int64.min, Int64.max][index % 2],
                double: [-0.0, 1.5, .infinity, -1e300][index % 4], float: [Float.leastNonzeroMagnitude, -2.5][index % 2],
                flag: index % 2 == 0, text: text, missing: nil, present: index == 3 ? nil : index,
                nested: [[], [nil, text, nil], [""]], maybeList: index % 2 == 0 ? nil : [1, 2, 3],
                child: index % 3 == 0 ? nil : Reference(text: text, location: SourceLocation(line: index, column: 2), target: nil),
                status: .inProgress)
            #expect(try CompactCoder.decode(Edges.self, from: CompactCoder.encode(value)) == value)
        }
    }

    /// A dictionary cannot be carried (no keys in the form, and its order differs per process): refused at once.
    @Test func aDictionaryIsRefused() {
        struct Holder: Codable { var map: [String: Int] }
        #expect(throws: EncodingError.self) { try CompactCoder.encode(Holder(map: ["a": 1])) }
        #expect(throws: EncodingError.self) { try CompactCoder.encode(["a": 1]) }
        #expect(throws: EncodingError.self) { try CompactCoder.encode([1: "a"]) }
    }

    /// A cache file cut short, grown or overwritten is refused (the notes are read again), never a crash.
    @Test func damagedBytesAreRefused() throws {
        let session = try #require(Self.sessions.first { $0.transition != nil })
        let bytes = try CompactCoder.encode(session)
        for length in 0..<bytes.count {
            #expect(throws: DecodingError.self) { try CompactCoder.decode(Session.self, from: Array(bytes[..<length])) }
        }
        #expect(throws: DecodingError.self) { try CompactCoder.decode(Session.self, from: bytes + [1]) }
        var random = SeededRandom(seed: 18)
        var refused = 0
        for _ in 0..<2_000 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                damaged[Int.random(in: 0..<damaged.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            // Either refused or read as some session: both are survivable; a crash fails the whole run.
            if (try? CompactCoder.decode(Session.self, from: damaged)) == nil { refused += 1 }
        }
        #expect(refused > 1_000)
    }

    /// What a build keeps of a session comes back as the outline the cache holds, and its digest (what
    /// the index and overview read) as the digest of that outline; an outline file removed or damaged
    /// meanwhile means reading the notes again, not losing the session.
    @Test func aKeptSessionComesBackFromItsFileOrItsNotes() throws {
        let folder = Fixtures.temporaryFolder("kept")
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("ringweg.md")
        try Sessions.valid.write(to: notes, atomically: true, encoding: .utf8)
        let session = try #require(Checking.check(bytes: Array(Sessions.valid.utf8), path: notes.path, slug: "ringweg").session)
        let outline = session.outlineOnly
        let digest = SessionDigest(outline)
        #expect(!digest.values.isEmpty && !digest.options.isEmpty && digest.options.contains { !$0.values.isEmpty })
        let file = folder.appendingPathComponent("ringweg.md.bin")
        try Data(KeptSessions.encode(outline)).write(to: file)
        var kept = KeptSessions()
        kept.append(outline, from: .file(file.path))
        kept.append(outline, from: .bytes(KeptSessions.encode(outline)))
        kept.append(outline, from: .held(outline))
        for entry in kept.entries {
            #expect(kept.session(entry) == outline)
            #expect(kept.digest(entry) == digest)
        }
        #expect(throws: (any Error).self) { try KeptSessions.decodeDigest([200, 0, 0, 0, 1]) }
        // A share of data/ after the outline: the digest and the outline read as before, the share comes back.
        let share = Data("begeleid-deel x\n".utf8) + Data((0..<300).map { UInt8($0 % 256) })
        let withShare = KeptSessions.encode(outline, share: share)
        #expect(try KeptSessions.share(in: withShare) == share && KeptSessions.share(in: KeptSessions.encode(outline)).isEmpty)
        #expect(try KeptSessions.decode(withShare, path: notes.path) == outline && KeptSessions.decodeDigest(withShare) == digest)
        try Data(withShare).write(to: file)
        #expect(kept.session(kept.entries[0]) == outline && kept.digest(kept.entries[0]) == digest)
        #expect(throws: (any Error).self) { try KeptSessions.share(in: Array(withShare.prefix(10))) }
        try Data([1, 2, 3]).write(to: file)
        #expect(kept.session(kept.entries[0]) == outline, "damaged: read from the notes again")
        #expect(kept.digest(kept.entries[0]) == digest)
        try FileManager.default.removeItem(at: file)
        #expect(kept.session(kept.entries[0]) == outline, "removed: read from the notes again")
        try FileManager.default.removeItem(at: notes)
        #expect(kept.session(kept.entries[0]) == nil, "notes gone too: left out, no crash")
        #expect(kept.digest(kept.entries[0]) == nil)
    }
}
