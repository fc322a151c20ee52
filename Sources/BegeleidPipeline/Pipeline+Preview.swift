import BegeleidModel
import BegeleidReader
import BegeleidRender

extension Pipeline.Templates {
    /// What the live preview shows for one session's notes.
    public enum PreviewPage: Sendable {
        /// The report of the notes as they stand, and the panel of findings to show above it.
        case report(html: String, panel: String)
        /// Notes that cannot be read or hold a privacy error: the page of findings instead.
        case findings(html: String)
    }

    /// Reads the notes at `path` now (so the report and its findings are of the same save), checks
    /// them on the one check path, and renders in memory what the preview shows; nothing is written.
    /// `naming`: what the last build found about the file's name; `series`: what it read of the
    /// other sessions, against which a follow-up is reviewed.
    public func previewPage(
        path: String, slug: String, naming: [Diagnostic], series: Pipeline.PreviewSeries = Pipeline.PreviewSeries(), options: Building.Options
    ) -> PreviewPage {
        var (session, findings) = Checking.asItStands(path: path, slug: slug, policy: options.policy)
        // A participant of an earlier session named in it (the notes read again with their names, as a build does),
        // with errors of their own too: the report was shown, name and all. (Not asked of notes that follow none: their
        // front matter read again was a millisecond of every save.)
        if session.map({ $0.meta.follows != nil }) ?? true, let again = Checking.findingsNaming(series.earlierParticipants(path: path, policy: options.policy),
                                               path: path, slug: slug, policy: options.policy) {
            findings = again.sortedByPosition()
        }
        if let read = session {
            let (review, problem, across) = series.review(read)
            session?.review = review
            session?.followsProblem = problem
            // As a build: notes with errors of their own are not checked against their series (what the panel
            // and the terminal say agree); the report still shows what became of the earlier options.
            if findings.errorCount == 0 { findings += across }
        }
        let diagnostics = (naming + findings).strictened(options.strict).sortedByPosition()
        guard let session, diagnostics.blocking.isEmpty else {
            return .findings(html: renderer.errorPage(
                path: path, diagnostics: diagnostics, sourceLines: SourceLines.read(path), language: options.language))
        }
        return .report(html: renderer.report(asItStands: session),
                       panel: renderer.findingsPanel(diagnostics, session: session, language: options.language))
    }
}
