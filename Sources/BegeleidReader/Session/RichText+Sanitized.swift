import BegeleidMarkdown
import BegeleidModel

extension RichText {
    /// Markdown from the notes as the model keeps it: re-rendered by cmark-gfm
    /// to CommonMark with raw HTML and unsafe links removed; nil when nothing is left.
    static func sanitized(_ markdown: String) -> RichText? {
        let text = Markdown.commonMark(markdown).trimmingTrailingNewlines
        return text.isEmpty ? nil : RichText(text)
    }
}
