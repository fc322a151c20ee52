import BegeleidModel
import BegeleidPipeline
import BegeleidReader

/// One open document read and checked by the one check path (`Checking.check`,
/// as `build`, `check` and `watch` do): its session as it stands, its own
/// findings, and its lines for converting places.
struct Analysis: Sendable {
    let path: String
    let index: LineIndex
    /// Nil when the notes cannot be read at all.
    let session: Session?
    let findings: [Diagnostic]

    /// Notes over `maxBytes` are not read (the published diagnostics say why, as `check` does).
    init(text: String, path: String, maxBytes: Int = InputPolicy.defaultMaxBytes) {
        self.path = path
        index = LineIndex(text: text)
        let bytes = Array(text.utf8)
        guard bytes.count <= maxBytes else {
            (session, findings) = (nil, [])
            return
        }
        (session, findings) = Checking.check(bytes: bytes, path: path, slug: SessionFiles.slug(forPath: path))
    }

    /// Lines nothing may quote (participants, Notities, unknown sections, comments);
    /// every line when the notes could not be read.
    func isPrivate(line: Int) -> Bool {
        guard let session else { return true }
        return session.outline.privateLines.contains(line)
    }

    /// The `##` section a line (1-based) stands in, with the range of its lines.
    func section(at line: Int) -> (section: SourceOutline.Section, lines: ClosedRange<Int>)? {
        sectionSpans.last { $0.lines.contains(line) }
    }

    /// Every `##` section with its lines: from its heading to the line before the next.
    var sectionSpans: [(section: SourceOutline.Section, lines: ClosedRange<Int>)] {
        guard let sections = session?.outline.sections else { return [] }
        return sections.enumerated().map { offset, section in
            let start = section.heading.location.line
            let next = offset + 1 < sections.count ? sections[offset + 1].heading.location.line - 1 : index.lines.count
            return (section, start...max(start, next))
        }
    }

    /// The last line of a span that is not blank (its heading when all are).
    func lastFilledLine(in lines: ClosedRange<Int>) -> Int {
        lines.reversed().first { !index.line($0).allSatisfy(\.isWhitespace) } ?? lines.lowerBound
    }
}
