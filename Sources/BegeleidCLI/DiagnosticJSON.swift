import BegeleidModel
import BegeleidPipeline
import Foundation

/// `--format json`: the findings as one JSON document for editors and
/// scripts, with where each starts and ends (`Diagnostic.end`, set on the
/// check path: the end of the word or name at the position).
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
        let findings = diagnostics.map { diagnostic -> Finding in
            let end = diagnostic.end ?? SourceLocation(line: diagnostic.location.line, column: diagnostic.location.column + 1)
            return Finding(
                path: diagnostic.path, line: diagnostic.location.line, column: diagnostic.location.column,
                endLine: end.line, endColumn: end.column, severity: diagnostic.severity.rawValue, code: diagnostic.code.rawValue,
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
