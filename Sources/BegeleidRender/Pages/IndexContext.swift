import BegeleidModel
import BegeleidMustache

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
    public internal(set) var isDraft: Bool
    /// The notes have errors now; the report is from an earlier build.
    var isStale: Bool

    public init(_ session: Session) {
        self.init(SessionDigest(session))
    }

    public init(_ session: SessionDigest) {
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

    func make() -> ContextObject {
        let ordered = entries.sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
        let rows: [ContextObject] = ordered.map { entry in
            return [
                "slug": .string(entry.slug),
                "lang": .string(entry.language.rawValue),
                "title": .string(entry.title.isEmpty ? labels["untitled"] : entry.title),
                "organisations": .string(entry.organisations.joined(separator: ", ")),
                "technology": .string(entry.technology),
                "date": .string(labels.longDate(entry.date)),
                "isoDate": .string(entry.date),
                "phase": .string(entry.phase.map(labels.phase) ?? "–"),
                "isPublic": .bool(entry.isPublic),
                "isStale": .bool(entry.isStale),
                "isDraft": .bool(entry.isDraft),
                "coreValues": .string(entry.coreValues.joined(separator: ", ")),
            ]
        }
        return [
            "lang": .string(labels.language.rawValue),
            "labels": labels.dictionary,
            "pageTitle": .string(labels["index_title"]),
            "sessions": .objects(rows),
            "hasSessions": .bool(!rows.isEmpty),
            "count": .int(rows.count),
            "wide": true,
            "series": .objects(series.map {
                ["slug": .string($0.slug), "link": .string(labels.fill("index_progress_link", ["titel": $0.title])), "isStale": .bool($0.isStale)]
            }),
            "hasSeries": .bool(!series.isEmpty),
        ]
    }
}
