import BegeleidModel

/// The lines of a notes file that no message, preview page or terminal line
/// may quote, decided from what the reader parsed (not from how lines look):
/// the participants node of the front matter, every private or unknown `##`
/// section from its heading to the next `##`, what follows a Notities name
/// typed in the wrong place (to the next `##`), and HTML comments (an
/// unclosed one to the end of the file): `unpublished`, and every line a
/// comment touches (`HTMLComments.Scan.touched`).
enum PrivateRegions {
    /// All of that but the lines a closed comment merely touches: the rest of such a line is published (the comment
    /// itself is masked), so what looks for published text looks at it (ParticipantNameMentions).
    static func unpublished(
        frontMatter: Set<Int>, outline: BodyOutline, stray: SourceOutline, comments: HTMLComments.Scan, lineOffset: Int, lineCount: Int
    ) -> Set<Int> {
        var lines = frontMatter
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
