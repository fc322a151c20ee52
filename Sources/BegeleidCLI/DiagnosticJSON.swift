import BegeleidModel
import BegeleidReader
import Foundation

/// `--format json`: the findings as one JSON document for editors and
/// scripts, with where each starts and ends (the end is the end of the word
/// or name at the position, read from the file).
///
///     {"diagnostics":[{"code":"value-unknown","column":36,"endColumn":43,"endLine":21,"line":21,
///       "message":"…","path":"Input/sessies/breda.md","severity":"error","suggestion":"Privacy"}],
///      "errors":1,"files":1,"filesWithErrors":1,"warnings":0}
enum DiagnosticJSON {
    struct Finding: Encodable {
        var path: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var severity: String
        var code: String
        var message: String
        var suggestion: String?
    }

    struct Document: Encodable {
        var diagnostics: [Finding]
        var errors: Int
        var warnings: Int
        var files: Int
        var filesWithErrors: Int
    }

    static func document(_ diagnostics: [Diagnostic], language: Language, files: Int, failed: Int) -> Data {
        var sources: [String: [Substring]] = [:]
        let findings = diagnostics.map { diagnostic -> Finding in
            if sources[diagnostic.path] == nil { sources[diagnostic.path] = SourceLines.read(diagnostic.path) }
            let end = SourceLines.endColumn(in: sources[diagnostic.path] ?? [], at: diagnostic.location)
            return Finding(
                path: diagnostic.path, line: diagnostic.location.line, column: diagnostic.location.column,
                endLine: diagnostic.location.line, endColumn: end, severity: diagnostic.severity.rawValue, code: diagnostic.code,
                message: diagnostic.message.text(language), suggestion: diagnostic.suggestion)
        }
        let document = Document(diagnostics: findings, errors: diagnostics.errorCount, warnings: diagnostics.warningCount,
                                files: files, filesWithErrors: failed)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        data.append(0x0A)
        return data
    }
}
