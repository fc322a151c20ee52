import BegeleidModel

/// The lines of a notes file that no message, preview page or terminal line
/// may quote, decided from what the reader parsed (not from how lines look):
/// the participants node of the front matter, every private or unknown `##`
/// section from its heading to the next `##`, what follows a Notities name
/// typed in the wrong place (to the next `##`), and HTML comments (an
/// unclosed one to the end of the file).
enum PrivateRegions {
    /// `commentLines`: whether a line a comment merely touches counts (for quoting it does; the rest of such a line
    /// is published, so what looks for text that is published does not count it: the comment itself is masked).
    static func lines(
        frontMatter: Set<Int>, outline: BodyOutline, stray: SourceOutline, comments: HTMLComments.Scan, lineOffset: Int, lineCount: Int,
        commentLines: Bool = true
    ) -> Set<Int> {
        var lines = commentLines ? frontMatter.union(comments.touched) : frontMatter
        if let unclosed = comments.unclosed, unclosed.line <= lineCount { lines.formUnion(unclosed.line...lineCount) }
        let starts = outline.sections.map(\.headingLocation.line)
        for section in outline.sections where section.isPrivate {
            let heading = section.headingLocation.line
            lines.formUnion(heading...max(heading, section.contentLines.upperBound + lineOffset))
        }
        let misplaced = stray.misplacedNotesHeadings + stray.unspacedHeadings.filter { SectionKind(heading: $0.title) == .notes }
        for heading in misplaced {
            let end = (starts.first { $0 > heading.location.line } ?? lineCount + 1) - 1
            lines.formUnion(heading.location.line...max(heading.location.line, end))
        }
        return lines
    }

    /// Names a finding may quote even on a private line: sections, directions, polarities, keys.
    static let vocabulary: Set<String> = Diagnostic.headingVocabulary
        .union((FrontMatterKey.allSpellings + ParticipantKey.allSpellings).map(Names.key))
}
