import BegeleidModel

/// `(voor DATE)` on an option is a date that exists, written `YYYY-MM-DD`.
struct OptionDateInvalidRule: Rule {
    let code = "option-date-invalid"

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for option in session.options {
            guard let due = option.due, due.date == nil else { continue }
            if let iso = ISODate.dayFirst(due.written) {
                diagnostics.append(finding(
                    .error, session, at: due.location,
                    nl: "schrijf de datum “\(due.written)” als \(iso) (jaar-maand-dag)",
                    en: "write the date “\(due.written)” as \(iso) (year-month-day)", suggestion: iso))
            } else {
                diagnostics.append(finding(
                    .error, session, at: due.location,
                    nl: "“\(due.written)” is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-03-01",
                    en: "“\(due.written)” is not a date that exists; write YYYY-MM-DD, for example 2027-03-01"))
            }
        }
    }
}
