import BegeleidModel
import BegeleidProposals
import BegeleidReader
import Foundation

/// The proposal an earlier build wrote for a profile that now has errors. It stays, as an earlier report
/// does, unless a session it cites may no longer be cited: privacy wins, and it is withdrawn (its folder
/// removed), as an earlier report showing names is when its notes no longer allow them. (Kept, a
/// proposal went on citing a session whose notes had just been set to `openbaar: false`.)
struct EarlierProposal {
    /// `voorstellen/<slug>` in the output folder.
    let folder: String

    /// The slugs of the sessions its `voorstel.json` cites; nil when that cannot be read.
    var cited: [String]? {
        struct Document: Decodable {
            struct Comparable: Decodable { let slug: String }
            let comparables: [Comparable]
        }
        guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent("voorstel.json")),
              let document = try? JSONDecoder().decode(Document.self, from: data) else { return nil }
        return document.comparables.map(\.slug)
    }

    /// Whether every session it cites may still be cited: one built now (`sessions`) public and definitief,
    /// or, for one whose notes have errors now, notes that still say so as far as they can be read. Fails
    /// closed: notes gone or unreadable, or a `voorstel.json` that cannot be read, withdraw it.
    func citesOnlyCitable(sessions: [Session], input: String, policy: InputPolicy) -> Bool {
        guard let cited else { return false }
        let built = Dictionary(sessions.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        return cited.allSatisfy { slug in
            if let session = built[slug] { return Comparables.isCitable(session) }
            let notes = Layout.join(input, Layout.session(slug) + ".md")
            guard let session = SessionReader.read(path: notes, slug: slug, policy: policy).session else { return false }
            return Comparables.isCitable(session)
        }
    }

    /// Removes the proposal's folder.
    func withdraw() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
