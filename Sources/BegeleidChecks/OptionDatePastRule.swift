import BegeleidModel

/// An option cannot be due before the session that chose it.
struct OptionDatePastRule: Rule {
    let code: DiagnosticCode = .optionDatePast

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let sessionDate = session.meta.date
        guard !sessionDate.isEmpty else { return }
        for option in session.options {
            // ISO dates compare as text.
            guard let due = option.due, let date = due.date, date < sessionDate else { continue }
            diagnostics.append(finding(
                .error, session, at: due.location,
                nl: "de datum \(date) ligt vóór de sessie zelf (\(sessionDate))",
                en: "the date \(date) lies before the session itself (\(sessionDate))"))
        }
    }
}
