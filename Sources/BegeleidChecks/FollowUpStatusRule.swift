import BegeleidModel

/// Each `## Opvolging` item starts with a known status: open, loopt, gedaan, afgewezen.
struct FollowUpStatusRule: Rule {
    let code: DiagnosticCode = .followUpStatusUnknown

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let known = "open, loopt, gedaan, afgewezen"
        for item in session.followUp where item.status == nil {
            let written = item.statusWritten
            // “- loopt” alone: a status without its colon and option (it was told to begin with a status).
            let bare = item.optionText.trimmingCharacters(in: .whitespaces)
            if written.isEmpty, FollowUpStatus.allSpellings.contains(bare.lowercased()) {
                diagnostics.append(finding(
                    .error, session, at: item.location,
                    nl: "na “\(bare)” horen een dubbele punt en de handelingsoptie, bijvoorbeeld “- \(bare): …”",
                    en: "“\(bare)” needs a colon and the option after it, e.g. “- \(bare): …”"))
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
