import BegeleidModel
import BegeleidPipeline
import BegeleidReader
import Foundation

/// Completion in `## Opvolging`: a status at the start of an item (`- gedaan: `),
/// and after it the options still open of the sessions `vervolg_op` leads through (as saved).
enum FollowUpCompletion {
    static func items(
        _ context: CompletionFeature.Context, earlier: [(slug: String, path: String)], follows: String?
    ) -> [CompletionItem] {
        var rest = Substring(context.before).drop { $0 == " " || $0 == "\t" }
        guard let marker = rest.first, "-*+".contains(marker) else { return [] }
        rest = rest.dropFirst().drop { $0 == " " }
        guard let colon = rest.firstIndex(of: ":") else {
            guard rest.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) else { return [] }
            return FollowUpStatus.allCases.flatMap(\.spellings).enumerated().map { offset, spelling in
                context.item(spelling, kind: 12, typed: String(rest), insert: spelling + ": ", sort: offset)
            }
        }
        guard FollowUpStatus(spelling: String(rest[..<colon])) != nil, let follows,
              let path = earlier.first(where: { $0.slug == follows })?.path else { return [] }
        let typed = String(rest[rest.index(after: colon)...].drop { $0 == " " })
        // Every option still open before this session, of any earlier session of the series (found by a blind
        // tester: only the options of the session named were offered), as a build reviews them.
        if let session = context.analysis.session, let open = openOptions(before: session, earlier: earlier), !open.isEmpty {
            return open.enumerated().map { offset, option in
                let text = option.text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
                return context.item(text, kind: 12, typed: typed, detail: option.sessionTitle, sort: offset)
            }
        }
        let session = SessionReader.read(path: path).session
        return (session?.options ?? []).enumerated().map { offset, option in
            let text = option.text.markdown.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            return context.item(text, kind: 12, typed: typed, detail: option.heading, sort: offset)
        }
    }

    /// The options open before `session` that its follow-up has not given a status yet, from the chain of
    /// sessions `vervolg_op` leads through, as saved; nil when the chain cannot be reviewed (a loop, a later date).
    static func openOptions(before session: Session, earlier: [(slug: String, path: String)]) -> [ReviewedOption]? {
        var chain: [String] = []
        var current = session.meta.follows
        while let slug = current, slug != session.slug, !chain.contains(slug), chain.count < 100,
              let path = earlier.first(where: { $0.slug == slug })?.path {
            chain.append(path)
            current = SessionReader.read(path: path).session?.meta.follows
        }
        guard !chain.isEmpty else { return nil }
        let review = Pipeline.PreviewSeries(Checking.run(files: chain.sorted(), strict: false)).review(session).review
        // (Not those this session gave a status already: picked, they were a `follow-up-twice`.)
        return review.map { $0.notDiscussed }
    }
}
