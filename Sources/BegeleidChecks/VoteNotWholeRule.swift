import BegeleidModel

/// Votes in `## Overgang` are counted: a whole number.
struct VoteNotWholeRule: Rule {
    let code: DiagnosticCode = .voteNotWhole

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for vote in session.transition?.votes ?? [] where vote.count == nil {
            diagnostics.append(finding(
                .error, session, at: vote.countLocation,
                nl: "“\(vote.written)” is geen geheel aantal stemmen; schrijf bijvoorbeeld “\(vote.value.text): 9”",
                en: "“\(vote.written)” is not a whole number of votes; write for example “\(vote.value.text): 9”"))
        }
    }
}
