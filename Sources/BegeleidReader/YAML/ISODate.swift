import BegeleidModel

extension ISODate {
    /// The finding for a date in YAML that is not a valid `YYYY-MM-DD`.
    static func finding(_ word: String, path: String, at location: SourceLocation) -> Diagnostic {
        let (message, _) = problem(word, example: "2026-03-12")
        return Diagnostic(.error, .dateInvalid, path: path, at: location, message)
    }
}
