import BegeleidModel
@testable import BegeleidPipeline
import Foundation
import Testing

/// Issue 18: the cache's outlines and digests are written field by field (CompactModelWriter), not through
/// Codable. The bytes must be CompactCoder's, which stays the reference: every session of the fixtures and
/// of a generated corpus, whole and as the cache keeps it, and each with every optional field filled and
/// emptied (a field the writer left out, or wrote out of order, changes the bytes).
@Suite("The model written in the compact form by hand")
struct CompactModelWriterTests {
    private static func expectSameBytes(_ session: Session, _ comment: String) throws {
        #expect(CompactModelWriter.outline(session) == (try CompactCoder.encode(session)), "\(comment)")
        #expect(CompactModelWriter.digest(SessionDigest(session)) == (try CompactCoder.encode(SessionDigest(session))), "\(comment)")
    }

    @Test func everyExampleAsCompactCoderWritesIt() throws {
        let sessions = CompactCoderTests.sessions
        #expect(sessions.count >= 30)
        #expect(sessions.contains { !$0.outline.privateLines.isEmpty } && sessions.contains { !$0.followUp.isEmpty })
        for session in sessions {
            try Self.expectSameBytes(session, session.path)
            try Self.expectSameBytes(session.outlineOnly, "outline of \(session.path)")
            try Self.expectSameBytes(Self.filled(session), "filled \(session.path)")
            try Self.expectSameBytes(Self.emptied(session), "emptied \(session.path)")
        }
    }

    @Test func aGeneratedCorpusAsCompactCoderWritesIt() throws {
        let sessions = try Fixtures.generatedSessions(60, seed: 23)
        #expect(sessions.count > 40)
        for session in sessions {
            try Self.expectSameBytes(session, session.path)
            try Self.expectSameBytes(session.outlineOnly.publishable(), "outline of \(session.path)")
        }
    }

    /// Texts the writer must carry as they are: empty, accents in both spellings, a NUL, long ones, integers at their edges.
    @Test func edgesAsCompactCoderWritesThem() throws {
        let texts = ["", "é", "e\u{301}", "\u{0}", "👩‍👩‍👧", String(repeating: "x", count: 300)]
        guard var session = CompactCoderTests.sessions.first else { throw Missing() }
        for (index, text) in texts.enumerated() {
            session.slug = text
            session.meta.title = text
            session.values = session.values.map { var value = $0; value.name = text; value.location.line = [Int.min, -1, 0, 64, Int.max][index % 5]; return value }
            session = Self.filled(session, text: text)
            try Self.expectSameBytes(session, "edge \(index)")
        }
    }

    /// The digest read back field by field (CompactDigestReader) is what CompactCoder.decode reads.
    @Test func digestsReadAsCompactCoderReadsThem() throws {
        for session in CompactCoderTests.sessions.flatMap({ [$0, Self.filled($0), Self.emptied($0)] }) {
            let bytes = CompactModelWriter.digest(SessionDigest(session))
            #expect(try CompactDigestReader.digest(bytes) == CompactCoder.decode(SessionDigest.self, from: bytes), "\(session.path)")
        }
    }

    /// Damaged digests: refused by the one exactly when refused by the other, and read alike when read.
    @Test func damagedDigestsAreRefusedAsCompactCoderRefusesThem() throws {
        var random = SeededRandom(seed: 41)
        var refused = 0, read = 0
        for session in CompactCoderTests.sessions.prefix(12).flatMap({ [$0, Self.filled($0), Self.emptied($0)] }) {
            let bytes = CompactModelWriter.digest(SessionDigest(session))
            var damaged = (0..<bytes.count).map { Array(bytes.prefix($0)) } + [bytes + [1]]
            for _ in 0..<300 {
                var changed = bytes
                for _ in 0..<(1 + random.next(below: 3)) {
                    changed[random.next(below: changed.count)] = UInt8(random.next(below: 256))
                }
                damaged.append(changed)
            }
            for bytes in damaged {
                let byHand = try? CompactDigestReader.digest(bytes)
                let byCodable = try? CompactCoder.decode(SessionDigest.self, from: bytes)
                #expect(byHand == byCodable, "\(bytes)")
                if byCodable == nil { refused += 1 } else { read += 1 }
            }
        }
        // Both kinds occur: damage that is refused, and damage (a changed letter) that still reads.
        #expect(refused > 1_000 && read > 100)
    }

    private struct Missing: Error {}

    /// Every optional field of the model given a value (lists given one element where they were empty), each
    /// text and number another one, so that two fields written in each other's place change the bytes.
    static func filled(_ session: Session, text: String = "x") -> Session {
        var session = session
        var made = 0
        func next() -> String {
            made += 1
            return "\(text)\(made)"
        }
        func rich() -> RichText { RichText(next()) }
        func location() -> BegeleidModel.SourceLocation {
            made += 2
            return BegeleidModel.SourceLocation(line: made, column: made + 1)
        }
        func reference() -> Reference { Reference(text: next(), location: location(), target: next()) }
        session.summary = rich()
        session.caseDescription = rich()
        session.nextSteps = rich()
        session.question = rich()
        session.reflection = rich()
        session.meta.phase = .during
        session.meta.moderator = next()
        session.meta.coModerator = next()
        session.meta.location = next()
        session.meta.commissioner = next()
        session.meta.follows = next()
        session.meta.followsLocation = location()
        session.meta.participants.append(Participant(role: next(), organisation: next(), name: next()))
        session.actors.append(Actor(id: next(), name: next(), description: rich(), location: location()))
        session.actors = session.actors.map { var actor = $0; actor.details = rich(); return actor }
        session.values = session.values.map { var value = $0; value.explanation = rich(); value.details = rich(); value.isListed = false; return value }
        session.effects = session.effects.map { var effect = $0; effect.polarity = .negative; effect.heading = next(); effect.details = rich(); return effect }
        session.options = session.options.map { option in
            var option = option
            option.direction = .human
            option.heading = next()
            option.details = rich()
            option.due = DueDate(written: next(), date: "2027-01-31", location: location())
            option.values.append(reference())
            return option
        }
        session.transition = Transition(votes: [Vote(value: reference(), count: 3, written: next(), countLocation: location(), remark: rich())], leadIn: rich(), notes: rich())
        session.followUp.append(FollowUpItem(statusWritten: next(), status: .inProgress, optionText: next(), explanation: rich(),
                                             location: location(), textLocation: location()))
        func reviewed() -> ReviewedOption {
            ReviewedOption(session: next(), sessionTitle: next(), sessionDate: next(), sessionPublished: true, option: next(),
                           text: next(), direction: .technology, isPriority: true, owners: [next(), next()], due: next(),
                           status: .done, explanation: next())
        }
        session.review = FollowUpReview(discussed: [reviewed()], notDiscussed: [reviewed()])
        session.followsProblem = .later
        session.outline.sections.append(SourceOutline.Section(kind: .followUp, heading: .init(title: next(), location: location()), isGuessed: true))
        session.outline.sections.append(SourceOutline.Section(kind: nil, heading: .init(title: next(), location: location())))
        session.outline.misplacedNotesHeadings.append(.init(title: next(), location: location()))
        session.outline.unspacedHeadings.append(.init(title: next(), location: location()))
        session.outline.privateLines.formUnion([1, 2, 300])
        return session
    }

    /// Every optional field of the model without a value.
    static func emptied(_ session: Session) -> Session {
        var session = filled(session)
        session.summary = nil
        session.caseDescription = nil
        session.nextSteps = nil
        session.question = nil
        session.reflection = nil
        session.meta.phase = nil
        session.meta.moderator = nil
        session.meta.coModerator = nil
        session.meta.location = nil
        session.meta.commissioner = nil
        session.meta.follows = nil
        session.meta.followsLocation = nil
        session.meta.participants = session.meta.participants.map { Participant(role: $0.role, organisation: nil, name: nil) }
        session.actors = session.actors.map { var actor = $0; actor.description = nil; actor.details = nil; return actor }
        session.values = session.values.map { var value = $0; value.explanation = nil; value.details = nil; return value }
        let untargeted = { (references: [Reference]) in references.map { Reference(text: $0.text, location: $0.location, target: nil) } }
        session.effects = session.effects.map { effect in
            var effect = effect
            effect.polarity = nil
            effect.heading = nil
            effect.details = nil
            effect.values = untargeted(effect.values)
            return effect
        }
        session.options = session.options.map { option in
            var option = option
            option.direction = nil
            option.heading = nil
            option.details = nil
            option.due = DueDate(written: "", date: nil, location: option.location)
            option.values = untargeted(option.values)
            return option
        }
        session.transition = Transition(votes: (session.transition?.votes ?? []).map {
            Vote(value: $0.value, count: nil, written: $0.written, countLocation: $0.countLocation, remark: nil)
        }, notes: nil)
        session.followUp = session.followUp.map {
            FollowUpItem(statusWritten: $0.statusWritten, status: nil, optionText: $0.optionText, explanation: nil,
                         location: $0.location, textLocation: $0.textLocation)
        }
        let unreviewed = { (options: [ReviewedOption]) in options.map {
            ReviewedOption(session: $0.session, sessionTitle: $0.sessionTitle, sessionDate: $0.sessionDate, sessionPublished: false,
                           option: $0.option, text: $0.text, direction: nil, isPriority: false, owners: [], due: nil, status: nil, explanation: nil)
        } }
        session.review = session.review.map { FollowUpReview(discussed: unreviewed($0.discussed), notDiscussed: unreviewed($0.notDiscussed)) }
        session.followsProblem = nil
        session.outline.sections = session.outline.sections.map { SourceOutline.Section(kind: nil, heading: $0.heading) }
        return session
    }
}
