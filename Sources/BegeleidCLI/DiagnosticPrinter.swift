import BegeleidModel
import BegeleidPipeline
import Foundation

/// Prints findings in the compiler format editors understand,
/// `PATH:LINE:COLUMN: error: MESSAGE [code]`, and the summary lines; in the
/// human format each finding is followed by its source line and a caret.
struct DiagnosticPrinter {
    let language: Language
    var format: DiagnosticFormat = .compiler

    /// `PATH:LINE:COLUMN: severity: MESSAGE [code]` and a line end, appended as bytes: a build prints every finding
    /// of every note on each run (970 at the bench's N = 1,000), and a string made a line, joined, was 2 ms of a
    /// one-file rebuild.
    static func appendLine(_ diagnostic: Diagnostic, language: Language, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: diagnostic.path.utf8)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(contentsOf: String(diagnostic.location.line).utf8)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(contentsOf: String(diagnostic.location.column).utf8)
        bytes.append(contentsOf: ": ".utf8)
        bytes.append(contentsOf: diagnostic.severity.rawValue.utf8)
        bytes.append(contentsOf: ": ".utf8)
        bytes.append(contentsOf: diagnostic.text(language).utf8)
        bytes.append(contentsOf: " [".utf8)
        bytes.append(contentsOf: diagnostic.code.rawValue.utf8)
        bytes.append(contentsOf: "]\n".utf8)
    }

    func print(_ diagnostics: [Diagnostic]) {
        // JSON goes out whole with the summary, as one document.
        guard !diagnostics.isEmpty, format != .json else { return }
        var sources: [String: [Substring?]] = [:]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(diagnostics.count * 160)
        for diagnostic in diagnostics {
            Self.appendLine(diagnostic, language: language, to: &bytes)
            guard format == .human else { continue }
            if sources[diagnostic.path] == nil {
                sources[diagnostic.path] = Pipeline.quotableLines(of: diagnostic.path, findings: diagnostics)
            }
            // Names, private notes and comments are not quoted: a terminal can be on a beamer too.
            for line in Self.excerpt(sources[diagnostic.path] ?? [], at: diagnostic.location) {
                bytes.append(contentsOf: line.utf8)
                bytes.append(UInt8(ascii: "\n"))
            }
        }
        FileHandle.standardError.write(Data(bytes))
    }

    /// `   12 | - Gevoel … → privasy` and a caret under the column (tabs kept so it lines up).
    static func excerpt(_ lines: [Substring?], at location: SourceLocation) -> [String] {
        guard location.line >= 1, location.line <= lines.count, let line = lines[location.line - 1] else { return [] }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        var caret = ""
        for scalar in line.unicodeScalars.prefix(max(0, location.column - 1)) {
            caret += scalar == "\t" ? "\t" : " "
        }
        // A control character of the notes is not written to the terminal as it is (an escape sequence pasted with
        // a text would act on the terminal): shown as U+FFFD, one for one, so the caret still lines up.
        let shown = String(String.UnicodeScalarView(line.unicodeScalars.map { scalar in
            (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value) ? "\u{FFFD}" : scalar
        }))
        return [" \(number) | \(shown)", " \(gutter) | \(caret)^"]
    }

    func usageError(path: String, _ message: LocalizedText) {
        let word = language == .dutch ? "fout" : "error"
        FileHandle.standardError.write(Data("begeleid: \(word): \(path): \(message.text(language))\n".utf8))
    }

    func summary(_ result: Checking.Result) {
        summary(diagnostics: result.diagnostics, fileCount: result.fileCount, failedCount: result.failedCount)
    }

    func summary(diagnostics: [Diagnostic], fileCount: Int, failedCount: Int) {
        if format == .json {
            FileHandle.standardOutput.write(DiagnosticJSON.document(diagnostics, language: language, files: fileCount, failed: failedCount))
            return
        }
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        let notes = diagnostics.noteCount
        let text: String
        switch language {
        case .dutch:
            text = "\(errors) \(errors == 1 ? "fout" : "fouten"), \(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen") "
                + "in \(fileCount) \(fileCount == 1 ? "bestand" : "bestanden")"
                + (failedCount > 0 ? "; \(failedCount) met fouten" : "")
                + (notes > 0 ? "; \(notes) \(notes == 1 ? "opmerking" : "opmerkingen")" : "")
        case .english:
            text = "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings") "
                + "in \(fileCount) \(fileCount == 1 ? "file" : "files")"
                + (failedCount > 0 ? "; \(failedCount) with errors" : "")
                + (notes > 0 ? "; \(notes) \(notes == 1 ? "note" : "notes")" : "")
        }
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    func built(_ result: Building.Result, output: String) {
        let count = result.rendered.count
        let index = Layout.join(output, Layout.index)
        var text: String
        switch language {
        case .dutch:
            let unchanged = result.upToDate > 0 ? " (\(result.upToDate) ongewijzigd)" : ""
            text = count > 0 && result.upToDate == count
                ? "\(count) \(count == 1 ? "sessie" : "sessies"), alle ongewijzigd; overzicht: \(index)"
                : "\(count) \(count == 1 ? "sessie" : "sessies") gebouwd\(unchanged); overzicht: \(index)"
        case .english:
            let unchanged = result.upToDate > 0 ? " (\(result.upToDate) up to date)" : ""
            text = count > 0 && result.upToDate == count
                ? "\(count) \(count == 1 ? "session" : "sessions"), all up to date; index: \(index)"
                : "\(count) \(count == 1 ? "session" : "sessions") built\(unchanged); index: \(index)"
        }
        if result.withheld > 0 {
            switch language {
            case .dutch: text += " (\(result.withheld) niet openbaar en weggelaten)"
            case .english: text += " (\(result.withheld) not public and left out)"
            }
        }
        if !result.concepts.isEmpty {
            let list = result.concepts.joined(separator: ", ")
            text += language == .dutch
                ? "\nconcept (niet gepubliceerd, geciteerd of meegeteld): \(list)"
                : "\ndraft (not published, cited or counted): \(list)"
        }
        // (Said here too: "4 sessies, alle ongewijzigd" read as if every note was in its report, while the findings
        // above, on standard error, had scrolled away.)
        if !result.checking.failed.isEmpty {
            let list = result.checking.failed.map(\.path).joined(separator: ", ")
            text += language == .dutch
                ? "\nmet fouten, niet gebouwd (zie de meldingen): \(list)"
                : "\nwith errors, not built (see the findings): \(list)"
            // Their earlier report goes too, and the index says nothing of them (a retest: gone without a word).
            let withdrawn = result.checking.failed.map(\.path).filter(result.checking.privacyFailed.contains)
            if !withdrawn.isEmpty {
                let list = withdrawn.joined(separator: ", ")
                text += language == .dutch
                    ? "\nniets getoond, ook geen eerder rapport (privacy: een naam of privétekst): \(list)"
                    : "\nnothing shown, no earlier report either (privacy: a name or private text): \(list)"
            }
        }
        if result.synonymDiagnostics.errorCount > 0 {
            text += language == .dutch
                ? "\nlet op: overzicht.html is niet bijgewerkt, want waarden.yaml of de woordenlijst van waarden bevat fouten"
                : "\nnote: overzicht.html was not updated, because waarden.yaml or the vocabulary of values has errors"
        }
        if format != .json { Swift.print(text) }
    }

    func proposals(_ result: Proposing.Result, output: String) {
        let count = result.rendered.count
        let folder = Layout.join(output, Layout.proposals)
        let text: String
        switch language {
        case .dutch: text = "\(count) \(count == 1 ? "voorstel" : "voorstellen") gemaakt in \(folder)"
        case .english: text = "\(count) \(count == 1 ? "proposal" : "proposals") written to \(folder)"
        }
        guard format != .json else { return }
        Swift.print(text)
        for folder in result.stale {
            // (Blind tester 37: an error in the offer was told as one in the profile. Blind tester 42: only the HTML
            // was named, and the PDF beside it could have been sent.)
            switch (language, result.staleOffer) {
            case (.dutch, let offer?): Swift.print("let op: het voorstel in \(folder)/ (elk bestand) is van een eerdere versie, want het aanbod (\(offer)) bevat nu fouten; verstuur het niet zo")
            case (.english, let offer?): Swift.print("note: the proposal in \(folder)/ (every file) is from an earlier version, because the offer (\(offer)) now has errors; do not send it as it is")
            case (.dutch, nil): Swift.print("let op: het voorstel in \(folder)/ (elk bestand) is van een eerdere versie van het profiel, dat nu fouten bevat; verstuur het niet zo")
            case (.english, nil): Swift.print("note: the proposal in \(folder)/ (every file) is from an earlier version of the profile, which now has errors; do not send it as it is")
            }
        }
        for folder in result.withdrawn {
            Swift.print(language == .dutch
                ? "ingetrokken: \(folder)/ is weggehaald, want het noemt een sessie die niet (meer) openbaar en definitief is"
                : "withdrawn: \(folder)/ was removed, because it cites a session that is not (or no longer) public and final")
        }
        for folder in result.orphaned {
            Swift.print(language == .dutch
                ? "let op: \(folder)/ hoort bij geen profiel meer (hernoemd of verwijderd?); haal de map weg als het voorstel niet meer geldt"
                : "note: \(folder)/ belongs to no profile any more (renamed or deleted?); remove the folder if the proposal no longer holds")
        }
    }
}
