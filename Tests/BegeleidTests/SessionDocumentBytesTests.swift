import BegeleidModel
@testable import BegeleidRender
import Foundation
import Testing

/// Issue 18 writes `sessie.json` with PrettyJSON instead of JSONEncoder: held here to JSONEncoder's bytes
/// (`SessionDocument.stableJSON`, the oracle) for every example and fixture session, a generated corpus, and
/// documents with every optional field present or absent and texts made of what JSON escapes.
@Suite("sessie.json written byte-wise equals JSONEncoder's")
struct SessionDocumentBytesTests {
    private static func expectSameBytes(_ document: SessionDocument, _ comment: Comment? = nil,
                                        sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let written = try document.encoded()
        let oracle = try SessionDocument.stableJSON(document)
        #expect(written == oracle, comment, sourceLocation: sourceLocation)
        if written != oracle {
            let (a, b) = (String(decoding: written, as: UTF8.self), String(decoding: oracle, as: UTF8.self))
            let at = zip(a, b).prefix { $0 == $1 }.count
            Issue.record("first difference at character \(at): \(a.dropFirst(at).prefix(80).debugDescription) / JSONEncoder: \(b.dropFirst(at).prefix(80).debugDescription)")
        }
    }

    @Test func everyExampleAndFixture() throws {
        let sessions = CompactCoderTests.sessions
        #expect(sessions.count >= 30)
        for session in sessions {
            try Self.expectSameBytes(SessionDocument(session), "\(session.path)")
        }
    }

    @Test func aGeneratedCorpus() throws {
        let sessions = try Fixtures.generatedSessions(60, seed: 23)
        #expect(sessions.count > 40)
        for session in sessions {
            try Self.expectSameBytes(SessionDocument(session), "\(session.path)")
        }
    }

    /// Texts with each byte JSON escapes, and what it must not (slashes, DEL, U+2028, non-ASCII, emoji).
    static let texts: [String] = [
        "", "a/b", "\"quoted\" \\ back\\slash", "tab\there\nline\r\nend", "\u{8}\u{c}\u{1}\u{1f}\u{0}", "\u{7f}\u{2028}\u{2029}",
        "é e\u{301} 👩‍👩‍👧 <script>&amp;</script>", String(repeating: "x\"", count: 40), "\\u0041", "}]{[,:",
    ]

    @Test func everyOptionalFieldPresentAndAbsent() throws {
        let base = try #require(CompactCoderTests.sessions.first { $0.transition != nil && !$0.meta.participants.isEmpty })
        var full = SessionDocument(base)
        for (index, text) in Self.texts.enumerated() {
            full.title = text
            full.slug = "s\(index)"
            full.organisations = [text, "b"]
            full.labels = index % 2 == 0 ? [] : [text]
            full.phase = [Phase.before, .during, .after][index % 3]
            full.location = text
            full.moderator = text
            full.coModerator = text
            full.commissioner = text
            full.names = index % 2 == 0 ? .public : .anonymous
            full.isPublic = index % 2 == 0
            full.status = index % 2 == 0 ? .draft : .final
            full.participants = [Participant(role: text, organisation: text, name: text), Participant(role: "r")]
            full.question = text
            full.reflection = text
            full.summary = text
            full.caseDescription = text
            full.nextSteps = text
            full.follows = text
            full.transition = .init(votes: [.init(value: text, votes: index - 3, remark: text), .init(value: "v", votes: Int.max, remark: nil)],
                                    notes: text)
            full.followUp = .init(items: [.init(session: text, option: "o", status: .inProgress, explanation: text)],
                                  notDiscussed: [.init(session: "s", option: text, status: nil, explanation: nil)])
            full.actors = [.init(id: text, name: text, description: text, details: text), .init(id: "a", name: "b", description: nil, details: nil)]
            full.effects = [.init(id: text, polarity: .negative, text: text, values: [text, "x"], actors: [], details: text)]
            full.values = [.init(id: text, name: text, status: .parked, listed: false, explanation: text, details: text, effects: [], options: [text]),
                           .init(id: "w", name: "W", status: .core, listed: nil, explanation: nil, details: nil, effects: ["e"], options: [])]
            full.options = [.init(id: text, direction: .human, text: text, values: [], actors: [text], details: text, priority: true, due: text),
                            .init(id: "o", direction: .environment, text: "t", values: ["w"], actors: [], details: nil, priority: nil, due: nil)]
            try Self.expectSameBytes(full, "text \(index)")
        }
        var bare = full
        (bare.phase, bare.location, bare.moderator, bare.coModerator, bare.commissioner) = (nil, nil, nil, nil, nil)
        (bare.question, bare.reflection, bare.summary, bare.caseDescription, bare.nextSteps) = (nil, nil, nil, nil, nil)
        (bare.transition, bare.follows, bare.followUp) = (nil, nil, nil)
        (bare.organisations, bare.labels, bare.participants, bare.actors, bare.effects, bare.values, bare.options) = ([], [], [], [], [], [], [])
        try Self.expectSameBytes(bare, "every optional field absent, every list empty")
        bare.transition = .init(votes: [], notes: nil)
        bare.followUp = .init(items: [], notDiscussed: [])
        try Self.expectSameBytes(bare, "empty transition and follow-up")
    }
}
