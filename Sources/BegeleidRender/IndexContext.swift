import BegeleidModel

/// The data of `index.html`: every rendered session, newest first.
struct IndexContext {
    let sessions: [Session]
    let labels: Labels
    /// Labels per session language, for dates and phases in each row.
    let labelsFor: (Language) -> Labels

    func make() -> [String: Any] {
        let ordered = sessions.sorted { ($0.meta.date, $1.slug) > ($1.meta.date, $0.slug) }
        let rows: [[String: Any]] = ordered.map { input in
            let session = input.publishable()
            let meta = session.meta
            let own = labelsFor(meta.language)
            let row: [String: Any] = [
                "slug": session.slug,
                "lang": meta.language.rawValue,
                "title": meta.title,
                "organisations": meta.organisations.joined(separator: ", "),
                "technology": meta.technology,
                "date": own.longDate(meta.date),
                "isoDate": meta.date,
                "phase": meta.phase.map(own.phase) ?? "–",
                "isPublic": meta.isPublic,
                "coreValues": session.values.filter { $0.status == .core }.map(\.name).joined(separator: ", "),
            ]
            return row
        }
        return [
            "lang": labels.language.rawValue,
            "indexLang": labels.language.rawValue,
            "labels": labels.dictionary,
            "sessions": rows,
            "hasSessions": !rows.isEmpty,
            "count": rows.count,
        ]
    }
}
