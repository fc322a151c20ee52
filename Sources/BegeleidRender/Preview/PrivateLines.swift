import BegeleidModel
import BegeleidReader

/// The lines of a notes file that the live preview's error page and the
/// terminal must not quote, because the preview is shown on a beamer:
/// participants' names in the front matter, the private Notities section and
/// every unknown section, HTML comments, and everything after a Notities name
/// typed in the wrong place. Decided by the reader from the parsed structure
/// (`SessionReader.privateLines`); the line patterns below only add to that
/// (fail closed), and stand alone only for notes the reader cannot parse.
public struct PrivateLines: Sendable {
    private var lines: Set<Int> = []

    /// `misplacedNotes`: lines where a Notities name was found outside a `##` heading.
    public init(_ source: [Substring], misplacedNotes: [Int] = []) {
        var inFrontMatter = source.first.map { $0.trimmingCharacters(in: .whitespaces) == "---" } ?? false
        var inPrivate = false
        var inParticipants = false
        let comments = HTMLComments.scan(source).touched
        for (index, text) in source.enumerated() {
            let number = index + 1
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if inFrontMatter {
                if number > 1, trimmed == "---" || trimmed == "..." { inFrontMatter = false; continue }
                // The whole participants block: an entry written as plain text may be a name too.
                let lower = text.lowercased()
                if lower.hasPrefix("deelnemers:") || lower.hasPrefix("participants:") {
                    inParticipants = true
                    if !lower.drop(while: { $0 != ":" }).dropFirst().trimmed.isEmpty { lines.insert(number) }
                    continue
                }
                if inParticipants, text.first == " " || text.first == "-" || trimmed.isEmpty || trimmed.hasPrefix("#") {
                    lines.insert(number)
                    continue
                }
                inParticipants = false
                if Self.namesSomeone(trimmed) || comments.contains(number) { lines.insert(number) }
                continue
            }
            if let level = Self.headingLevel(trimmed) {
                // As the reader has it: a private section runs to the next `##`, and every
                // `##` heading that is not a known published section starts one.
                let title = trimmed.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
                let kind = SectionKind(heading: title)
                if level == 2 { inPrivate = kind == nil || kind == .notes }
                if kind == .notes || misplacedNotes.contains(number) { inPrivate = true }
            } else if misplacedNotes.contains(number) {
                inPrivate = true
            }
            if inPrivate || comments.contains(number) { lines.insert(number) }
        }
    }

    /// The same, the misplaced Notities names taken from the file's findings
    /// (`notes-heading-misplaced`, by PrivateNotesRule), and the lines of its `participant-name-in-text`.
    public init(_ source: [Substring], path: String, diagnostics: [Diagnostic]) {
        self.init(source, misplacedNotes: diagnostics.filter { $0.path == path && $0.code == .notesHeadingMisplaced }.map(\.location.line))
        let bytes = Array(source.joined(separator: "\n").utf8)
        lines.formUnion(SessionReader.privateLines(bytes: bytes, path: path) ?? [])
        // And each line a participant's name was found on: the reader finds its own participants' names again, but not
        // those of an earlier session of the series (the pass across files does), whose line the page quoted.
        for finding in diagnostics where finding.path == path && finding.code == .participantNameInText {
            lines.formUnion(finding.lines)
        }
    }

    public func contains(_ line: Int) -> Bool { lines.contains(line) }

    /// A front-matter line that gives a person's name (`naam:`, `name:`, also inside `{…}`).
    private static func namesSomeone(_ line: String) -> Bool {
        let lower = line.lowercased()
        return ["naam:", "name:"].contains { key in
            guard let range = lower.range(of: key) else { return false }
            let before = lower[..<range.lowerBound].last
            return before == nil || before == " " || before == "{" || before == "," || before == "-" || before == "\""
        }
    }

    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first?.isWhitespace ?? true else { return nil }
        return hashes
    }
}
