@testable import BegeleidServe
import BegeleidModel
import BegeleidPipeline
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The live preview of a follow-up session (`vervolg_op`): its report shows what became of the earlier
/// options and its panel the series' findings, as the built report and `build` do. Found by a blind tester:
/// the preview showed neither (no `## Opvolging` part, "0 fouten" with a follow-up error in the notes).
@Suite("Live preview of a follow-up", .serialized)
struct PreviewFollowUpTests {
    static func page(_ port: UInt16, _ slug: String) async throws -> String {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/sessies/\(slug)/rapport.html")!)
        return String(decoding: data, as: UTF8.self)
    }

    @Test func aFollowUpShowsItsReviewAndTheSeriesFindingsAsTyped() async throws {
        let root = try FollowUpTests.input("keten")
        let live = try await LivePreview.start(root)
        defer { live.watching.cancel() }
        let first = try await Self.page(live.port, "ringweg-evaluatie")
        #expect(first.contains("<h2 id=\"opvolging\">"), "the follow-up part of the report")
        #expect(first.contains("Jaarlijks publieksverslag over het model"), "an earlier option it reviewed")
        #expect(PreviewTypingTests.counts(first).map { [$0.errors, $0.warnings] } == [0, 1], "one earlier option not discussed")
        #expect(first.contains("follow-up-not-discussed"))

        // An item that names no open option of the earlier sessions: an error of the series, in the panel.
        let notes = root.appendingPathComponent("Input/sessies/ringweg-evaluatie.md")
        let text = try String(contentsOf: notes, encoding: .utf8)
        try text.replacing1("- gedaan: Alleen geaggregeerde tellingen", with: "- gedaan: Iets wat nooit besproken werd")
            .write(to: notes, atomically: true, encoding: .utf8)
        var errors: Int?
        for _ in 0..<200 where errors != 1 {
            errors = PreviewTypingTests.counts(try await Self.page(live.port, "ringweg-evaluatie"))?.errors
            if errors != 1 { try await Task.sleep(for: .milliseconds(100)) }
        }
        let broken = try await Self.page(live.port, "ringweg-evaluatie")
        #expect(errors == 1)
        #expect(broken.contains("follow-up-no-option"))
        #expect(broken.contains("<h2 id=\"opvolging\">"), "still the report, with what could be reviewed")

        // An error of the notes' own: as in a build (and the terminal), the series' findings wait until it is mended.
        try text.replacing1("doet → transparantie @bewoners", with: "doet → transparantie, eerlijkheid @bewoners")
            .write(to: notes, atomically: true, encoding: .utf8)
        var own = ""
        for _ in 0..<200 where !own.contains("value-unknown") {
            own = try await Self.page(live.port, "ringweg-evaluatie")
            if !own.contains("value-unknown") { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(own.contains("value-unknown") && !own.contains("follow-up-not-discussed"), "found by a blind tester: the panel said more")
        #expect(PreviewTypingTests.counts(own).map { [$0.errors, $0.warnings] } == [1, 0])
        await live.preview.stop()
    }

    /// Typed `vervolg_op` naming a session no other one followed at the last build: that session was kept
    /// without its options (SeriesNode(_:light:)), which the review needs.
    @Test func aSessionNoOneFollowedYetIsReviewedWithItsOptions() throws {
        let start = FollowUpTests.files("keten").filter { $0.hasSuffix("/ringweg-start.md") }
        let built = Checking.run(files: start, strict: false)
        #expect(built.diagnostics.errorCount == 0)
        let series = Pipeline.PreviewSeries(built)
        let typed = """
            ---
            titel: Terug naar de ringweg
            organisatie: Gemeente Zwolle
            technologie: Digital twin
            datum: 2026-10-01
            vervolg_op: ringweg-start
            ---

            ## Opvolging
            - gedaan: Jaarlijks publieksverslag over het model

            """
        let session = try #require(Checking.check(bytes: Array(typed.utf8), path: "Input/sessies/terug.md", slug: "terug").session)
        let (review, problem, findings) = series.review(session)
        #expect(problem == nil)
        #expect(findings.errorCount == 0, "\(findings)")
        #expect(review?.discussed.map(\.text) == ["Jaarlijks publieksverslag over het model"])
        #expect(review?.notDiscussed.count == 3, "the other options of ringweg-start: \(review?.notDiscussed.map(\.text) ?? [])")
        #expect(findings.map(\.code) == [.followUpNotDiscussed])

        // A session that follows none has no review, and one naming no session gets the build's error.
        let plain = try #require(Checking.check(bytes: Array(typed.replacingOccurrences(of: "vervolg_op: ringweg-start\n", with: "").utf8),
                                                path: "Input/sessies/terug.md", slug: "terug").session)
        #expect(series.review(plain).review == nil && series.review(plain).findings.isEmpty)
        let unknown = try #require(Checking.check(bytes: Array(typed.replacingOccurrences(of: "ringweg-start", with: "ringweg-strat").utf8),
                                                  path: "Input/sessies/terug.md", slug: "terug").session)
        #expect(series.review(unknown).findings.map(\.code) == [.followsUnknown])
        // (Its report says so, not that it waits for earlier sessions: ReportContext.)
        #expect(series.review(unknown).problem == .unknown)
    }
}
