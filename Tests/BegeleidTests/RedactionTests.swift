@testable import BegeleidRender
import BegeleidModel
import Foundation
import Testing

/// Names are kept out of an anonymous session's outputs twice over: the
/// renderer hands the writers `session.publishable()`, and each writer redacts
/// again on its own (the report's context, `sessie.json`). End-to-end tests see
/// only both layers together; these give each layer an unredacted session.
@Suite("Privacy: every redaction layer on its own")
struct RedactionTests {
    static func session(names: NamesPolicy) -> Session {
        var session = Sessions.session(Sessions.valid)
        session.meta.participants = [Participant(role: "bewoner", name: "Geheime Naam"), Participant(role: "wethouder")]
        session.meta.names = names
        return session
    }

    @Test func sessieJSONRedactsOnItsOwn() throws {
        let hidden = String(decoding: try SessionDocument(Self.session(names: .anonymous)).encoded(), as: UTF8.self)
        #expect(!hidden.contains("Geheime Naam") && hidden.contains("bewoner"))
        let shown = String(decoding: try SessionDocument(Self.session(names: .public)).encoded(), as: UTF8.self)
        #expect(shown.contains("Geheime Naam"))
    }

    @Test func theReportContextRedactsOnItsOwn() {
        let labels = Fixtures.renderer.templates.labels(.dutch)
        for format in [FragmentFormat.html, .markdown] {
            let hidden = "\(ReportContext(session: Self.session(names: .anonymous), labels: labels, format: format).make())"
            #expect(!hidden.contains("Geheime Naam") && hidden.contains("bewoner"), "\(format)")
            let shown = "\(ReportContext(session: Self.session(names: .public), labels: labels, format: format).make())"
            #expect(shown.contains("Geheime Naam"), "\(format)")
        }
    }

    @Test func publishableDropsTheNames() {
        #expect(Self.session(names: .anonymous).publishable().meta.participants.map(\.name) == [nil, nil])
        #expect(Self.session(names: .public).publishable().meta.participants.map(\.name) == ["Geheime Naam", nil])
    }
}
