import BegeleidModel

/// Each vote in `## Overgang` names a value declared under Waarden.
struct VoteValueUnknownRule: Rule {
    let code: DiagnosticCode = .voteValueUnknown

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let declared = session.values.map(\.name)
        for vote in session.transition?.votes ?? [] where vote.value.target == nil {
            diagnostics.append(finding(
                .error, session, at: vote.value.location,
                nl: "de overgang noemt “\(vote.value.text)”, maar die waarde staat niet onder Waarden",
                en: "the transition names “\(vote.value.text)”, but that value is not declared under Values",
                suggestion: Names.nearest(to: vote.value.text, in: declared)))
        }
    }
}
