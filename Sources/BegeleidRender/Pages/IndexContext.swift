import BegeleidModel

/// One row of `index.html`: a session rendered now, or one whose notes have
/// errors at the moment and whose report from an earlier build is still there.
public struct IndexEntry: Sendable {
    public internal(set) var slug: String
    var language: Language
    var title: String
    var organisations: [String]
    var technology: String
    var date: String
    var phase: Phase?
    var coreValues: [String]
    var isPublic: Bool
    /// A concept: listed, marked, never published.
    var isDraft: Bool
    /// The notes have errors now; the report is from an earlier build.
    var isStale: Bool

    public init(_ session: Session) {
        let meta = session.meta
        slug = session.slug
        language = meta.language
        title = meta.title
        organisations = meta.organisations
        technology = meta.technology
        date = meta.date
        phase = meta.phase
        coreValues = session.values.filter { $0.status == .core }.map(\.name)
        isPublic = meta.isPublic
        isDraft = meta.status == .draft
        isStale = false
    }

    /// The entry of an earlier report, read back from its `sessie.json`.
    public init(previous document: SessionDocument) {
        slug = document.slug
        language = document.language
        title = document.title
        organisations = document.organisations
        technology = document.technology
        date = document.date
        phase = document.phase
        coreValues = document.values.filter { $0.status == .core }.map(\.name)
        isPublic = document.isPublic
        isDraft = document.status == .draft
        isStale = true
    }
}

/// The data of `index.html`: every session with a report, newest first.
/// The page's own words, dates and phases are in the index language; what
/// the notes say (titles, technologies, values) keeps its session's language.
struct IndexContext {
    let entries: [IndexEntry]
    let labels: Labels
    /// The series with a progress page: (slug of the first session, its title, whether the page is from an earlier build).
    var series: [(slug: String, title: String, isStale: Bool)] = []

    func make() -> [String: Any] {
        let ordered = entries.sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
        let rows: [[String: Any]] = ordered.map { entry in
            return [
                "slug": entry.slug,
                "lang": entry.language.rawValue,
                "title": entry.title,
                "organisations": entry.organisations.joined(separator: ", "),
                "technology": entry.technology,
                "date": labels.longDate(entry.date),
                "isoDate": entry.date,
                "phase": entry.phase.map(labels.phase) ?? "–",
                "isPublic": entry.isPublic,
                "isStale": entry.isStale,
                "isDraft": entry.isDraft,
                "coreValues": entry.coreValues.joined(separator: ", "),
            ]
        }
        return [
            "lang": labels.language.rawValue,
            "labels": labels.dictionary,
            "pageTitle": labels["index_title"],
            "sessions": rows,
            "hasSessions": !rows.isEmpty,
            "count": rows.count,
            "wide": true,
            "series": series.map {
                ["slug": $0.slug, "link": labels.fill("index_progress_link", ["titel": $0.title]), "isStale": $0.isStale]
            },
            "hasSeries": !series.isEmpty,
        ]
    }
}
