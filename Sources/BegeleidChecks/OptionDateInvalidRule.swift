import BegeleidModel

/// `(voor DATE)` on an option is a date that exists, written `YYYY-MM-DD`.
struct OptionDateInvalidRule: Rule {
    let code: DiagnosticCode = .optionDateInvalid

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for option in session.options {
            guard let due = option.due, due.date == nil else { continue }
            let (message, suggestion) = ISODate.problem(due.written, example: "2027-03-01")
            diagnostics.append(Diagnostic(.error, code, path: session.path, at: due.location, message, suggestion: suggestion))
        }
    }
}
