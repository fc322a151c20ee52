import BegeleidMarkdown
import BegeleidModel

/// How free text (Markdown from the notes) lands in an output format.
public enum FragmentFormat: Sendable {
    case html, markdown

    /// Block content: Casus, Samenvatting, details of an item.
    func blocks(_ text: RichText?) -> String? {
        guard let text, !text.markdown.isEmpty else { return nil }
        switch self {
        case .html: return Markdown.html(text.markdown)
        case .markdown: return text.markdown
        }
    }

    /// Blocks that belong inside a list item: for Markdown indented to stay in the item.
    func nested(_ text: RichText?) -> String? {
        guard let blocks = blocks(text) else { return nil }
        switch self {
        case .html: return blocks
        case .markdown:
            return blocks.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
        }
    }

    /// One-line content: an effect, an option, an explanation.
    func inline(_ text: RichText?) -> String? {
        guard let text, !text.markdown.isEmpty else { return nil }
        switch self {
        case .html: return Markdown.inlineHTML(text.markdown)
        case .markdown:
            // Plain ASCII without a line end (most texts) has no line to join.
            if text.markdown.utf8.allSatisfy({ $0 < 0x80 && !(0x0A...0x0D).contains($0) }) { return text.markdown }
            return text.markdown.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
    }
}
