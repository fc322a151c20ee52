import BegeleidModel

/// A value that got more votes than a core value is likely a core value too.
struct VotesAboveCoreRule: Rule {
    let code: DiagnosticCode = .votesAboveCore

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let votes = session.transition?.votes ?? []
        let status = Dictionary(session.values.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        let coreCounts = votes.compactMap { vote in vote.value.target.flatMap { status[$0] == .core ? vote.count : nil } }
        guard let lowestCore = coreCounts.min() else { return }
        for vote in votes {
            guard let target = vote.value.target, let count = vote.count, status[target] != .core, count > lowestCore else { continue }
            diagnostics.append(finding(
                .warning, session, at: vote.value.location,
                nl: "“\(vote.value.text)” kreeg \(count) stemmen, meer dan een kernwaarde (\(lowestCore)), maar is zelf geen (kern)",
                en: "“\(vote.value.text)” got \(count) votes, more than a core value (\(lowestCore)), but is not marked (core)"))
        }
    }
}
