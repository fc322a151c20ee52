import BegeleidModel
import BegeleidReader
import Foundation

/// Completion in `## Opvolging`: a status at the start of an item (`- gedaan: `),
/// and after it the options of the session named by `vervolg_op` (as saved).
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
        let session = SessionReader.read(path: path).session
        return (session?.options ?? []).enumerated().map { offset, option in
            let text = option.text.markdown.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            return context.item(text, kind: 12, typed: typed, detail: option.heading, sort: offset)
        }
    }
}
