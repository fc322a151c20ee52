import BegeleidMarkdown
import BegeleidModel

/// The body cut into its `##` sections, each with its blocks and source lines.
struct BodyOutline {
    struct Section {
        /// Nil for a heading FORMAT.md does not know.
        var kind: SectionKind?
        /// The heading is a misspelling of a required section that is missing
        /// otherwise, and is read as that section.
        var isGuessed = false
        var title: String
        var headingLocation: SourceLocation
        var blocks: [MarkdownBlock]
        /// Body lines (0-based, half-open) of the section's content, heading excluded.
        var contentLines: Range<Int>

        /// Notities, and every heading not known: nothing of it is published or quoted.
        var isPrivate: Bool { kind == nil || kind == .notes }
    }

    var sections: [Section] = []
    /// Blocks before the first section (other than a `#` title).
    var preamble: [MarkdownBlock] = []

    init(document: MarkdownBlock, lineCount: Int, lineOffset: Int) {
        var pending: Section?
        var seenTitle = false
        for block in document.children {
            // `##` starts a section. So does `#`, except a first `#` heading that
            // names no known section: that is the document's title, ignored.
            let isTitle = block.kind == .heading && block.headingLevel == 1 && pending == nil && !seenTitle
                && SectionKind(heading: block.text) == nil
            if isTitle {
                seenTitle = true
                continue
            }
            // Inside a private section (Notities, or a heading not known) only a `##` ends it:
            // a `#` heading there is part of it, so nothing after it is published by mistake.
            let isPrivate = pending.map { $0.kind == nil || $0.kind == .notes } ?? false
            // Nor does a heading made by a line of `---` under a line of text there (a setext heading, which spans two
            // lines): a tester's notes held “Reflectie” above such a line, and what followed was published.
            let isSetext = block.kind == .heading && block.end.line > block.start.line
            let isSectionHeading = block.kind == .heading
                && ((block.headingLevel == 2 && !(isPrivate && isSetext)) || (block.headingLevel == 1 && !isPrivate))
            if isSectionHeading {
                if var done = pending {
                    // A setext heading may end (for cmark-gfm) on the line of the next heading:
                    // then its section is empty, never a range that ends before it starts.
                    let first = done.contentLines.lowerBound
                    done.contentLines = first..<max(first, block.start.line - 1)
                    sections.append(done)
                }
                let title = block.text.trimmed
                pending = Section(
                    kind: SectionKind(heading: title),
                    title: title,
                    headingLocation: SourceLocation(line: block.start.line + lineOffset, column: block.start.column),
                    blocks: [],
                    contentLines: min(block.end.line, lineCount)..<lineCount
                )
                continue
            }
            if pending != nil {
                if pending!.blocks.isEmpty {
                    // cmark-gfm may end a setext heading on the line after its underline:
                    // the content starts no later than its first block.
                    let first = min(pending!.contentLines.lowerBound, block.start.line - 1)
                    pending!.contentLines = first..<max(first, pending!.contentLines.upperBound)
                }
                pending!.blocks.append(block)
            } else {
                preamble.append(block)
            }
        }
        if let done = pending { sections.append(done) }
        guessMisspelledSections()
    }

    /// `## Efects` when there is no Effecten section: read it as Effecten (a
    /// rule warns), so that what stands under it is read and checked too. So
    /// for every known section but Notities (a near miss of that is an error):
    /// a heading not recognised at all is private.
    private mutating func guessMisspelledSections() {
        for index in sections.indices where sections[index].kind == nil {
            let title = SectionKind.key(sections[index].title)
            // `Reflectie privé`, `Vervolg: intern` were read as the section they nearly are, and published: private.
            if SectionKind.saysPrivate(sections[index].title) {
                sections[index].kind = .notes
                continue
            }
            guard let near = Names.nearest(to: title, in: SectionKind.allHeadings),
                  let kind = SectionKind(heading: near), kind != .notes,
                  !sections.contains(where: { $0.kind == kind }) else { continue }
            sections[index].kind = kind
            sections[index].isGuessed = true
        }
    }
}

import Foundation
