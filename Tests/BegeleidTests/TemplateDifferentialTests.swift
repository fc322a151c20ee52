import BegeleidChecks
import BegeleidModel
@testable import BegeleidMustache
import BegeleidOverview
import BegeleidPipeline
import BegeleidProposals
@testable import BegeleidRender
import Foundation
import Testing

/// Every template of Templates/ rendered with every fixture's contexts (reports in HTML and Markdown,
/// index, overview, progress pages, proposals, the preview's error page and panel) through
/// BegeleidMustache and through swift-mustache: the bytes must be the same.
@Suite struct TemplateDifferentialTests {
    static let folders = ["sessies", "privacy", "hostile", "leaks", "v2", "series/keten", "broken"]

    @Test func everyTemplateWithEveryFixtureContextRendersAsSwiftMustache() throws {
        let templates = try TemplateSet.load(directory: nil)
        var oracle = MustacheOracle()
        let names = EmbeddedTemplates.texts.keys.filter { $0.hasSuffix(".mustache") }.sorted()
        for name in names {
            let registered = oracle.register(EmbeddedTemplates.texts[name]!, named: String(name.dropLast(".mustache".count)))
            #expect(registered, "\(name)")
        }
        let contexts = try Self.contexts(templates)
        #expect(contexts.count > 150, "only \(contexts.count) contexts")
        var compared = 0
        for name in names.map({ String($0.dropLast(".mustache".count)) }) {
            for (label, context) in contexts {
                let ours = templates.render(name, context)
                // Objects whose description lists keys sorted: a cross pairing (the overview's context in
                // rapport.md) prints a list of objects with {{x}}, which swift-mustache writes in hash order.
                let theirs = oracle.render(context, withTemplate: name, sortedObjects: true)
                #expect(ours == theirs, "\(name) with \(label)")
                compared += ours.isEmpty ? 0 : 1
            }
        }
        #expect(compared > 1_000)
    }

    /// The contexts the writers make from the fixtures, each with a label saying which.
    static func contexts(_ templates: TemplateSet) throws -> [(String, MustacheValue)] {
        var contexts: [(String, MustacheValue)] = []
        var all: [Session] = []
        for folder in folders {
            let directory = Fixtures.folder.appendingPathComponent(folder)
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".md") }.sorted()
            let result = Checking.run(files: files.map { directory.appendingPathComponent($0).path }, strict: false)
            for session in result.valid {
                let shown = Renderer.shown(session)
                let labels = templates.labels(shown.meta.language)
                for format in [FragmentFormat.html, .markdown] {
                    var context = ReportContext(session: shown, labels: labels, format: format).make()
                    // The value map is inserted as it is ({{{valueMap}}}); any SVG text serves here.
                    if format == .html { context["valueMap"] = "<svg role=\"img\"><title>kaart</title></svg>" }
                    contexts.append(("\(folder)/\(session.slug) (\(format))", .object(context)))
                }
                contexts.append(("\(folder)/\(session.slug) panel", .object(FindingsPanelContext(
                    diagnostics: result.diagnostics, session: shown, labels: labels).make())))
            }
            for language in Language.allCases {
                let labels = templates.labels(language)
                for file in files {
                    let path = directory.appendingPathComponent(file).path
                    let diagnostics = result.diagnostics.filter { $0.path == path }
                    guard !diagnostics.isEmpty, let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
                    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                    contexts.append(("\(folder)/\(file) errors (\(language))", .object(ErrorPageContext(
                        path: path, diagnostics: diagnostics, sourceLines: lines, labels: labels).make())))
                    contexts.append(("\(folder)/\(file) panel (\(language))", .object(FindingsPanelContext(
                        diagnostics: diagnostics, session: nil, labels: labels).make())))
                }
                for progress in result.series.progress(among: result.valid) {
                    for format in [FragmentFormat.html, .markdown] {
                        contexts.append(("\(folder) progress \(progress.slug) (\(format))", .object(
                            ProgressContext(progress: progress, labels: labels, format: format).make())))
                    }
                }
            }
            all += result.valid
        }
        for language in Language.allCases {
            let labels = templates.labels(language)
            contexts.append(("index (\(language))", .object(IndexContext(entries: all.map(IndexEntry.init), labels: labels,
                                                                         series: [("s", "Reeks <b>", false), ("t", "T", true)]).make())))
            contexts.append(("overview (\(language))", .object(OverviewContext(
                overview: Overview(sessions: all), labels: labels, vocabulary: ValueVocabulary()).make())))
        }
        let offer = try #require(Proposals.read()).1
        for form in ["sessie", "reeks"] {
            let text = Proposals.profile.replacingOccurrences(of: "vorm: reeks", with: "vorm: \(form)")
            let custom = try #require(Proposals.read(profile: text))
            for sessions in [[], all] {
                let proposal = try #require(ProposalBuilder.build(profile: custom.0, offer: offer, sessions: sessions))
                let labels = templates.labels(proposal.language)
                for format in [FragmentFormat.html, .markdown] {
                    contexts.append(("proposal \(form) \(sessions.count) (\(format))", .object(
                        ProposalContext(proposal: proposal, labels: labels, format: format).make())))
                }
            }
        }
        return contexts
    }
}
