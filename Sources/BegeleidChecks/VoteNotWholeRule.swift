import BegeleidModel

/// Votes in `## Overgang` are counted: a whole number.
struct VoteNotWholeRule: Rule {
    let code: DiagnosticCode = .voteNotWhole

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for vote in session.transition?.votes ?? [] where vote.count == nil {
            // (A number in words, `zeven`: the digits it means, as the suggestion an editor puts in its place.)
            if let number = NumberWords.value(of: vote.written) {
                var found = finding(
                    .error, session, at: vote.countLocation,
                    nl: "schrijf het aantal stemmen in cijfers: “\(vote.value.text): \(number)”",
                    en: "write the number of votes in digits: “\(vote.value.text): \(number)”",
                    suggestion: String(number))
                found.end = SourceLocation(line: vote.countLocation.line, column: vote.countLocation.column + vote.written.unicodeScalars.count)
                diagnostics.append(found)
                continue
            }
            diagnostics.append(finding(
                .error, session, at: vote.countLocation,
                nl: "“\(vote.written)” is geen geheel aantal stemmen; schrijf bijvoorbeeld “\(vote.value.text): 9”",
                en: "“\(vote.written)” is not a whole number of votes; write for example “\(vote.value.text): 9”"))
        }
    }
}
