import BegeleidModel

/// Each `## Opvolging` item starts with a known status: open, loopt, gedaan, afgewezen.
struct FollowUpStatusRule: Rule {
    let code: DiagnosticCode = .followUpStatusUnknown

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let known = "open, loopt, gedaan, afgewezen"
        for item in session.followUp where item.status == nil {
            let written = item.statusWritten
            // “- loopt” or “- loopt Optie beta”: a status without its colon (it was told to begin with a status).
            let text = item.optionText.trimmingCharacters(in: .whitespaces).lowercased()
            if written.isEmpty, let bare = FollowUpStatus.allSpellings.filter({ text == $0 || text.hasPrefix($0 + " ") })
                .max(by: { $0.count < $1.count }) {
                diagnostics.append(text == bare
                    ? finding(.error, session, at: item.location,
                              nl: "na “\(bare)” horen een dubbele punt en de handelingsoptie, bijvoorbeeld “- \(bare): …”",
                              en: "“\(bare)” needs a colon and the option after it, e.g. “- \(bare): …”")
                    : finding(.error, session, at: item.location,
                              nl: "na “\(bare)” hoort een dubbele punt, vóór de handelingsoptie: “- \(bare): …”",
                              en: "“\(bare)” needs a colon after it, before the option: “- \(bare): …”"))
                continue
            }
            diagnostics.append(finding(
                .error, session, at: item.location,
                nl: written.isEmpty
                    ? "begin dit item met een status en een dubbele punt (\(known)), bijvoorbeeld “- gedaan: …”"
                    : "onbekende status “\(written)”; kies uit \(known)",
                en: written.isEmpty
                    ? "start this item with a status and a colon (open, in progress, done, rejected), e.g. “- done: …”"
                    : "unknown status “\(written)”; choose from open, in progress, done, rejected",
                suggestion: written.isEmpty ? nil : Names.nearest(to: written, in: FollowUpStatus.allSpellings)))
        }
    }
}
