import BegeleidModel
import BegeleidReader

/// Completion in the front matter: a key at the start of a line, and after
/// `fase:`, `taal:`, `status:`, `namen:`, `openbaar:` their allowed values,
/// after `vervolg_op:` the slugs of the other sessions. Never the participants.
enum FrontMatterCompletion {
    static func isInFrontMatter(line: Int, index: LineIndex) -> Bool {
        guard line > 1, index.line(1).trimmingCharacters(in: .whitespaces) == "---" else { return false }
        let closing = (2...max(2, index.lines.count)).first { index.line($0).trimmingCharacters(in: .whitespaces) == "---" }
        return closing.map { line < $0 } ?? true
    }

    static func items(_ context: CompletionFeature.Context, earlier: [(slug: String, path: String)]) -> [CompletionItem] {
        let before = context.before
        guard let colon = before.firstIndex(of: ":") else {
            // A key: only at the start of a line (not inside the participants' list).
            guard before.allSatisfy({ $0.isLetter || $0 == "_" || $0 == "-" }) else { return [] }
            return FrontMatterVocabulary.keys.enumerated().map { offset, key in
                context.item(key, kind: 14, typed: before, insert: key + ": ", sort: offset)
            }
        }
        let key = String(before[..<colon])
        let typed = String(before[before.index(after: colon)...].drop { $0 == " " })
        if FrontMatterVocabulary.isFollows(key) {
            return earlier.map { context.item($0.slug, kind: 12, typed: typed) }
        }
        let choices = FrontMatterVocabulary.choices(forKey: key) ?? []
        return choices.enumerated().map { offset, choice in context.item(choice, kind: 12, typed: typed, sort: offset) }
    }
}
