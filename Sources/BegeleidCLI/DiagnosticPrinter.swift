import BegeleidModel
import BegeleidPipeline
import Foundation

/// Prints findings in the compiler format editors understand,
/// `PATH:LINE:COLUMN: error: MESSAGE [code]`, and the summary lines.
struct DiagnosticPrinter {
    let language: Language

    static func line(_ diagnostic: Diagnostic, language: Language) -> String {
        "\(diagnostic.path):\(diagnostic.location.line):\(diagnostic.location.column): "
            + "\(diagnostic.severity.rawValue): \(diagnostic.text(language)) [\(diagnostic.code)]"
    }

    func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.map { Self.line($0, language: language) }.joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    func usageError(path: String, _ message: LocalizedText) {
        let word = language == .dutch ? "fout" : "error"
        FileHandle.standardError.write(Data("begeleid: \(word): \(path): \(message.text(language))\n".utf8))
    }

    func summary(_ result: Checking.Result) {
        let errors = result.diagnostics.errorCount
        let warnings = result.diagnostics.warningCount
        let text: String
        switch language {
        case .dutch:
            text = "\(errors) \(errors == 1 ? "fout" : "fouten"), \(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen") "
                + "in \(result.fileCount) \(result.fileCount == 1 ? "bestand" : "bestanden")"
                + (result.failedCount > 0 ? "; \(result.failedCount) met fouten" : "")
        case .english:
            text = "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings") "
                + "in \(result.fileCount) \(result.fileCount == 1 ? "file" : "files")"
                + (result.failedCount > 0 ? "; \(result.failedCount) with errors" : "")
        }
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    func built(_ result: Building.Result, output: String) {
        let count = result.rendered.count
        let index = (output as NSString).appendingPathComponent("index.html")
        let text: String
        switch language {
        case .dutch: text = "\(count) \(count == 1 ? "sessie" : "sessies") gebouwd; overzicht: \(index)"
        case .english: text = "\(count) \(count == 1 ? "session" : "sessions") built; index: \(index)"
        }
        Swift.print(text)
    }
}
