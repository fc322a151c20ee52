import BegeleidModel
import BegeleidPipeline
import BegeleidReader
import Foundation

/// Diagnostics pushed for every open document: the findings `check` prints for
/// it, from one `Checking.run` over its input folder with the editor's unsaved
/// texts in place of the files (so a series and `waarden.yaml` count). A
/// document outside the workspace is checked alone.
enum DiagnosticsFeature {
    /// The findings per open document (by URI), each sorted as `check` sorts them.
    static func findings(for documents: [Document], workspace: Workspace, vocabulary: Vocabulary?) -> [String: [Diagnostic]] {
        var groups: [String: [Document]] = [:]
        for document in documents {
            let key = document.insideWorkspace ? Workspace.inputFolder(of: document.path) : "\u{0}" + document.uri
            groups[key, default: []].append(document)
        }
        var result: [String: [Diagnostic]] = [:]
        for (key, members) in groups.sorted(by: { $0.key < $1.key }) {
            let input = key.hasPrefix("\u{0}") ? nil : key
            let unsaved = Dictionary(members.map { ($0.path, Array($0.text.utf8)) }, uniquingKeysWith: { $1 })
            let policy = InputPolicy(root: input, unsaved: unsaved)
            var files = input.map(Workspace.sessionFiles) ?? []
            files += members.map(\.path).filter { !files.contains($0) }
            let synonymsPath = input.map { ($0 as NSString).appendingPathComponent("waarden.yaml") }
            let own = synonymsPath.flatMap { FileManager.default.fileExists(atPath: $0) ? Checking.synonyms(at: $0, strict: false, policy: policy) : nil }
            let merged = vocabulary.map { ($0, $0.vocabulary.merged(into: own?.synonyms ?? ValueSynonyms(), language: .dutch)) }
            let checked = Checking.run(files: files, strict: false, policy: policy, vocabulary: merged)
            for member in members { result[member.uri] = checked.diagnostics.filter { $0.path == member.path } }
        }
        return result
    }

    /// The findings as the protocol shows them, in the language `check` prints (`--language`).
    /// `session` is asked for only when a finding has a second place (a duplicate).
    static func published(
        _ findings: [Diagnostic], index: LineIndex, session: () -> Session?, uri: String, docsURL: String?, language: Language
    ) -> [LSPDiagnostic] {
        let session = findings.contains { LSPDiagnosticRange.hasSecondPlace($0) } ? session() : nil
        return findings.map { finding in
            var related: [LSPDiagnostic.RelatedInformation]?
            if let first = LSPDiagnosticRange.firstDeclaration(of: finding, in: session) {
                let range = LSPDiagnosticRange.range(of: Diagnostic(.note, .valueDuplicate, path: "", at: first, LocalizedText(nl: "", en: "")), in: index)
                related = [LSPDiagnostic.RelatedInformation(
                    location: Location(uri: uri, range: range),
                    message: language == .dutch ? "hier voor het eerst" : "first here")]
            }
            return LSPDiagnostic(
                range: LSPDiagnosticRange.range(of: finding, in: index), severity: severity(finding.severity), code: LSPDiagnosticRange.code(of: finding),
                codeDescription: docsURL.map { LSPDiagnostic.CodeDescription(href: $0) }, message: finding.text(language),
                relatedInformation: related, data: finding.suggestion.map { .object(["suggestion": .string($0)]) })
        }
    }

    static func severity(_ severity: Diagnostic.Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .note: return 3
        }
    }
}
