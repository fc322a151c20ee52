import BegeleidModel

/// Quick fixes for the findings at the range asked: take the suggestion of a
/// near miss (“privcy” → “Privacy”), add a value an effect names to
/// `## Waarden`, add an empty `### direction` for a direction without options,
/// mark a value without options `(geparkeerd)`.
enum CodeActionFeature {
    static func actions(_ server: LanguageServer, _ params: CodeActionParams) throws -> JSON {
        let (document, analysis) = try server.analysis(of: params.textDocument.uri)
        let findings = server.currentFindings(of: document.uri)
        var actions: [CodeAction] = []
        for finding in findings {
            let range = LSPDiagnosticRange.range(of: finding, in: analysis.index)
            guard range.overlaps(params.range) else { continue }
            let shown = DiagnosticsFeature.published([finding], index: analysis.index, session: { analysis.session }, uri: document.uri,
                                                     docsURL: server.options.docsURL, language: server.options.language)
            let edits = QuickFixes(analysis: analysis).fixes(for: finding)
            actions += edits.map { fix in
                CodeAction(title: fix.title, diagnostics: shown, isPreferred: fix.preferred,
                           edit: WorkspaceEdit(changes: [document.uri: fix.edits]))
            }
        }
        return JSON.from(actions)
    }
}
