import BegeleidModel

extension ISODate {
    /// The finding for a date that is not a valid `YYYY-MM-DD`: a date typed
    /// day first is answered with how to write it, not with "does not exist".
    static func finding(_ word: String, path: String, at location: SourceLocation) -> Diagnostic {
        if let iso = dayFirst(word) {
            return Diagnostic(
                .error, "date-invalid", path: path, at: location,
                LocalizedText(
                    nl: "schrijf de datum “\(word)” als \(iso) (jaar-maand-dag)",
                    en: "write the date “\(word)” as \(iso) (year-month-day)"))
        }
        return Diagnostic(
            .error, "date-invalid", path: path, at: location,
            LocalizedText(
                nl: "“\(word)” is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-12",
                en: "“\(word)” is not a date that exists; write YYYY-MM-DD, for example 2026-03-12"))
    }
}
