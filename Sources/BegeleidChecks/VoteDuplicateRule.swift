import BegeleidModel

/// One line of votes a value: a second (`- Veiligheid: 7` and `- Veiligheid: 3`) put the value in the table twice, and
/// the other rules counted only one of them (a blind tester).
struct VoteDuplicateRule: Rule {
    let code: DiagnosticCode = .voteDuplicate

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        var first: [String: SourceLocation] = [:]
        for vote in session.transition?.votes ?? [] {
            let key = vote.value.target ?? Names.key(vote.value.text)
            guard let earlier = first[key] else {
                first[key] = vote.value.location
                continue
            }
            diagnostics.append(finding(
                .error, session, at: vote.value.location,
                nl: "“\(vote.value.text)” kreeg al stemmen op regel \(earlier.line); zet het totaal op één regel",
                en: "“\(vote.value.text)” already got votes on line \(earlier.line); put the total on one line"))
        }
    }
}
