import BegeleidModel

/// A definitief session has chosen its core values in the transition.
struct CoreValueMissingRule: Rule {
    let code: DiagnosticCode = .coreValueMissing

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        guard session.meta.status == .final, let first = session.values.first,
              !session.values.contains(where: { $0.status == .core }) else { return }
        diagnostics.append(finding(
            .warning, session, at: first.location,
            nl: "geen enkele waarde is gemarkeerd als (kern); markeer de kernwaarden die de groep in de overgang koos",
            en: "no value is marked (core); mark the core values the group chose in the transition"))
    }
}
