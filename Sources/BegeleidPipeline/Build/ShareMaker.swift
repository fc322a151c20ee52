import BegeleidModel
import BegeleidRender
import Foundation

/// Makes a session's share of `data/` (DataShare) where the session is rendered,
/// for the cache (after its outline, `BuildCache.outlinePath`): only a definitief session has one,
/// as concepts are never counted in the data.
struct ShareMaker: Sendable {
    let tables: [DataExports.Table]
    let fingerprint: String

    init(renderer: Renderer, synonyms: ValueSynonyms) {
        tables = renderer.dataTables(synonyms: synonyms)
        fingerprint = BuildCache.hash([DataShare.fingerprint(synonyms: synonyms)])
    }

    /// The share of `session` (read or its outline), nil for a concept.
    func share(_ session: Session) -> DataShare? {
        session.meta.status == .final ? DataShare(session.outlineOnly, tables: tables) : nil
    }

    /// The share kept in the cache for `data`, when it was made under these synonyms and tables.
    func decode(_ data: Data) -> DataShare? {
        DataShare(decoding: data, fingerprint: fingerprint, count: tables.count)
    }
}
