import BegeleidModel
import BegeleidPipeline
import Foundation

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
    private var templates: Pipeline.Templates?
    private var series = Pipeline.PreviewSeries()
    private var options = Building.Options(input: "", output: "", strict: false, language: .dutch)

    func setFiles(_ files: OutputFiles) {
        self.files = files
    }

    /// After each build: the notes by slug, and what to render with.
    func update(notes: [String: Notes], series: Pipeline.PreviewSeries, templates: Pipeline.Templates, options: Building.Options) {
        self.notes = notes
        self.series = series
        self.templates = templates
        self.options = options
    }

    /// Whether every one of `paths` is the notes of a session whose page is made from its notes as they
    /// stand: then those pages show a save before the build has written the output folder.
    func makesPages(from paths: Set<String>) -> Bool {
        let known = Set(notes.values.map { Self.standardized($0.path) })
        return !paths.isEmpty && paths.allSatisfy { known.contains(Self.standardized($0)) }
    }

    private static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The page for a request path (`sessies/<slug>/rapport.html` or
    /// `sessies/<slug>/`), or nil when it is not a known session's report.
    func page(for key: String) -> String? {
        guard let slug = Self.reportSlug(key), let entry = notes[slug], let templates else { return nil }
        switch templates.previewPage(path: entry.path, slug: slug, naming: entry.naming, series: series, options: options) {
        case .findings(let html): return html
        case .report(let html, let panel): return Self.insert(panel, afterBodyOf: html)
        }
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
        HTMLSplice.afterBodyStart(html, panel)
    }
}
