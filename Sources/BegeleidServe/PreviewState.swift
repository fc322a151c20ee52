import BegeleidModel
import BegeleidPipeline
import BegeleidReader
import BegeleidRender

/// What the preview knows beyond the output folder: each session's notes and
/// findings as of the last build. A session's report page is made from its
/// notes as they stand (in memory, never written), with the findings panel
/// above it; only notes that cannot be read or that hold a privacy error get
/// the page of findings instead.
actor PreviewState {
    struct Notes: Sendable {
        var path: String
        /// What the build found about the file's name (the rest is found anew on each request).
        var naming: [Diagnostic]
    }

    /// The output folder, once built.
    private(set) var files: OutputFiles?
    private var notes: [String: Notes] = [:]
    private var renderer: Renderer?
    private var options = Building.Options(input: "", output: "", strict: false, language: .dutch)

    func setFiles(_ files: OutputFiles) {
        self.files = files
    }

    /// After each build: the notes by slug, and what to render with.
    func update(notes: [String: Notes], renderer: Renderer, options: Building.Options) {
        self.notes = notes
        self.renderer = renderer
        self.options = options
    }

    /// The page for a request path (`sessies/<slug>/rapport.html` or
    /// `sessies/<slug>/`), or nil when it is not a known session's report.
    func page(for key: String) -> String? {
        guard let slug = Self.reportSlug(key), let entry = notes[slug], let renderer else { return nil }
        // Read now, so that the report and its findings are of the same save.
        let (session, findings) = Checking.asItStands(path: entry.path, slug: slug, policy: options.policy)
        let diagnostics = (entry.naming + findings).strictened(options.strict).sortedByPosition()
        let language = options.language
        guard let session, diagnostics.blocking.isEmpty else {
            return renderer.errorPage(
                path: entry.path, diagnostics: diagnostics, sourceLines: SourceLines.read(entry.path), language: language)
        }
        let panel = renderer.findingsPanel(diagnostics, session: session, language: language)
        return Self.insert(panel, afterBodyOf: renderer.report(asItStands: session))
    }

    /// `sessies/<slug>/rapport.html` (or the folder) → slug.
    static func reportSlug(_ key: String) -> String? {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3 || (parts.count == 2), parts[0] == "sessies", !parts[1].isEmpty else { return nil }
        guard parts.count == 2 || parts[2] == "rapport.html" || parts[2].isEmpty else { return nil }
        return String(parts[1])
    }

    /// The panel right after `<body>` (before the skip link, so it is read first).
    static func insert(_ panel: String, afterBodyOf html: String) -> String {
        guard let body = html.range(of: "<body"), let close = html[body.upperBound...].firstIndex(of: ">") else {
            return panel + html
        }
        let at = html.index(after: close)
        return String(html[..<at]) + "\n" + panel + String(html[at...])
    }
}
