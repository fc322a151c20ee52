import BegeleidModel
import BegeleidOverview
import BegeleidProposals
import Foundation

/// The writers: one session to HTML, Markdown and JSON; all sessions to an index.
public struct Renderer: Sendable {
    public let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The files of one session's output folder, by file name.
    public func sessionFiles(_ session: Session) throws -> [(name: String, data: Data)] {
        let publishable = Phases.measure("publiceerbaar/publishable") { Self.shown(session) }
        let labels = templates.labels(publishable.meta.language)
        let map = Phases.measure("waardenkaart/value map") { ValueMap(session: publishable, labels: labels) }
        // What both reports' contexts hold, made once (counted with the HTML context, which made it before).
        let shared = Phases.measure("context html") { ReportContext.Shared(session: publishable, labels: labels) }
        let html = reportHTML(publishable, labels: labels, map: map, shared: shared)
        let markdownContext = Phases.measure("context md") {
            ReportContext(session: publishable, labels: labels, format: .markdown, shared: shared).make()
        }
        let markdown = Phases.measure("sjabloon md/template md") {
            templates.renderBytes("rapport.md", expectedSize: 16_384) { .object(markdownContext) }
        }
        let tidied = Phases.measure("md opruimen/md tidy") { Self.tidyMarkdown(bytes: markdown) }
        let json = try Phases.measure("json") { try SessionDocument(publishable).encoded() }
        let svg = Phases.measure("svg") { map.file }
        return [
            ("rapport.html", html),
            ("rapport.md", tidied),
            ("sessie.json", json),
            ("waardenkaart.svg", svg),
        ]
    }

    /// `rapport.html` of a session as it stands, for the live preview (never
    /// written to disk): the same page `sessionFiles` makes.
    public func report(asItStands session: Session) -> String {
        let publishable = Self.shown(session)
        let labels = templates.labels(publishable.meta.language)
        return String(decoding: reportHTML(publishable, labels: labels, map: ValueMap(session: publishable, labels: labels)), as: UTF8.self)
    }

    /// A session as every report shows it: names redacted unless public, and
    /// a concept's gaps where they are (a complete session is unchanged by the latter).
    static func shown(_ session: Session) -> Session {
        session.publishable().showingGaps()
    }

    /// As the bytes of the file (issue 18: made a String first, it was checked as UTF-8 and copied again).
    private func reportHTML(_ publishable: Session, labels: Labels, map: ValueMap, shared: ReportContext.Shared? = nil) -> Data {
        var context = Phases.measure("context html") {
            ReportContext(session: publishable, labels: labels, format: .html, shared: shared).make()
        }
        context["valueMap"] = .string(Phases.measure("svg") { map.svg(standalone: false) })
        return Phases.measure("sjabloon html/template html") {
            templates.renderData("rapport.html", expectedSize: 65_536) { .object(context) }
        }
    }

    /// The live preview's panel of findings above a report, in `language`;
    /// `session` (as it stands) gives each finding its place in the report.
    public func findingsPanel(_ diagnostics: [Diagnostic], session: Session?, language: Language) -> String {
        let shown = session.map(Self.shown)
        return templates.render("paneel.html", .object(FindingsPanelContext(
            diagnostics: diagnostics, session: shown, labels: templates.labels(language)).make()))
    }

    /// `index.html` over the sessions that were rendered, in the index language.
    public func index(_ sessions: [Session], language: Language) -> Data {
        index(entries: sessions.map(IndexEntry.init), language: language)
    }

    /// `index.html` over any entries, earlier reports of sessions with errors included.
    /// `staleSeries`: progress pages of an earlier build kept while their series has errors.
    public func index(
        entries: [IndexEntry], language: Language, series: [SeriesProgress] = [], staleSeries: [(slug: String, title: String)] = []
    ) -> Data {
        let built: [(slug: String, title: String, isStale: Bool)] = series.map { ($0.slug, $0.title, false) }
        let pages = built + staleSeries.map { ($0.slug, $0.title, true) }
        // About 420 bytes a session with the built-in template: room for 512 (no growth by doubling).
        return templates.renderData("index.html", expectedSize: 16_384 + 512 * entries.count) {
            .object(IndexContext(entries: entries, labels: templates.labels(language), series: pages.sorted { $0.slug < $1.slug }).make())
        }
    }

    /// The JSON Schema of `voorstel.json`, written as `voorstellen/schema.json`.
    /// `Exports/voorstel.schema.json` (JSON Schema 2020-12 of voorstel.json), embedded by SwiftPM; a test validates
    /// every example's voorstel.json against it; change it together with `ProposalJSON` and docs/voorstellen.md.
    public static var proposalSchema: Data { Data(PackageResources.voorstel_schema_json) }

    /// `voorstel.html`, `voorstel.md` and `voorstel.json` of one proposal, in the profile's language.
    public func proposalFiles(_ proposal: Proposal) -> [(name: String, data: Data)] {
        let labels = templates.labels(proposal.language)
        let context = ProposalContext(proposal: proposal, labels: labels, format: .html)
        let html = templates.render("voorstel.html", .object(context.make()))
        let markdown = templates.render("voorstel.md", .object(ProposalContext(proposal: proposal, labels: labels, format: .markdown).make()))
        let json = ProposalJSON(proposal, context: context, reference: context.reference, reasons: { context.reasons($0.reasons) })
        // Strings, whole numbers and optionals only: JSONEncoder has nothing to refuse; `{}` would fail the schema test.
        let data = (try? json.encoded()) ?? Data("{}\n".utf8)
        return [("voorstel.html", Data(html.utf8)), ("voorstel.md", Data(Self.tidyMarkdown(markdown).utf8)), ("voorstel.json", data)]
    }

    /// `voortgang.html` and `voortgang.md` of one series, in its first session's language.
    public func progressFiles(_ progress: SeriesProgress) -> [(name: String, data: Data)] {
        let labels = templates.labels(progress.language)
        let html = templates.render("voortgang.html", .object(ProgressContext(progress: progress, labels: labels, format: .html).make()))
        let markdown = templates.render("voortgang.md", .object(ProgressContext(progress: progress, labels: labels, format: .markdown).make()))
        return [("voortgang.html", Data(html.utf8)), ("voortgang.md", Data(Self.tidyMarkdown(markdown).utf8))]
    }

    /// `overzicht.html`: the values across all sessions, in the index language.
    /// `withErrors`: notes with errors now, whose sessions are not counted (said on the page).
    public func overview(_ overview: Overview, language: Language, vocabulary: ValueVocabulary = ValueVocabulary(), withErrors: Int = 0,
                         drafts: Int = 0, ownSynonyms: Bool = false) -> Data {
        templates.renderData("overzicht.html") {
            .object(OverviewContext(overview: overview, labels: templates.labels(language), vocabulary: vocabulary, withErrors: withErrors,
                                 drafts: drafts, ownSynonyms: ownSynonyms).make())
        }
    }

    /// The files of `data/`: sessies.json, the four CSV tables, schema.json.
    public func dataFiles(
        _ sessions: [Session], collection: Bool = true, tables: Bool = true, synonyms: ValueSynonyms = ValueSynonyms()
    ) throws -> [(name: String, data: Data)] {
        try DataExports.files(sessions, collection: collection, tables: tables, synonyms: synonyms)
    }

    /// `data/gegevens.xlsx`: the CSV tables as one workbook, a sheet per table.
    public func workbook(_ sessions: [Session], synonyms: ValueSynonyms) throws -> Data {
        let tables = DataExports.tables(synonyms: synonyms)
        return try DataShare.workbook(sessions.map { DataShare($0, tables: tables) }, tables: tables)
    }

    /// The CSV tables of `data/`, to write in parts.
    public func dataTables(synonyms: ValueSynonyms) -> [DataExports.Table] {
        DataExports.tables(synonyms: synonyms)
    }

    /// The live preview's page for notes that have errors (never written to disk).
    public func errorPage(path: String, diagnostics: [Diagnostic], sourceLines: [Substring], language: Language) -> String {
        templates.render("fouten.html", .object(ErrorPageContext(
            path: path, diagnostics: diagnostics, sourceLines: sourceLines, labels: templates.labels(language)).make()))
    }

    /// At most one blank line in a row, one newline at the end.
    /// Byte-wise, as the `Character`-wise version it replaced (held to it in RenderBytesTests): a line
    /// ends at a line feed that no carriage return precedes (CR LF is one `Character`), and is blank
    /// when each of its `Character`s is white space.
    static func tidyMarkdown(_ text: String) -> String {
        var text = text
        return text.withUTF8 { String(decoding: tidied($0), as: UTF8.self) }
    }

    /// `tidyMarkdown` over rendered bytes, as the file's bytes: a session's `rapport.md` goes from the
    /// template to its file without a String between (each was checked as UTF-8 and copied).
    static func tidyMarkdown(bytes: [UInt8]) -> Data {
        Data(bytes.withUnsafeBufferPointer(tidied))
    }

    private static func tidied(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // Each line kept, as a range of bytes; nil for a blank one.
        var lines: [Range<Int>?] = []
        var start = 0
        func take(_ end: Int) {
            let line = start..<end
            if isBlank(bytes, line) {
                if let last = lines.last, last != nil { lines.append(nil) }
            } else {
                lines.append(line)
            }
        }
        for index in bytes.indices where bytes[index] == 10 && (index == 0 || bytes[index - 1] != 13) {
            take(index)
            start = index + 1
        }
        take(bytes.count)
        while let last = lines.last, last == nil { lines.removeLast() }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 1)
        for (number, line) in lines.enumerated() {
            if number > 0 { out.append(10) }
            if let line { out.append(contentsOf: bytes[line]) }
        }
        out.append(10)
        return out
    }

    /// Whether every `Character` of the line is white space: decided from the bytes when they are ASCII
    /// (an ASCII byte that is not white space makes the `Character` it is in, or starts, not white space).
    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var ascii = true
        for byte in bytes[line] {
            if byte >= 0x80 {
                ascii = false
            } else if !byte.isASCIIWhitespace {
                return false
            }
        }
        return ascii || String(decoding: bytes[line], as: UTF8.self).allSatisfy(\.isWhitespace)
    }
}
