import BegeleidMarkdown
import BegeleidModel
import Foundation

/// Reads one session file into the model, collecting every structural
/// finding on the way. Cross-reference rules live in BegeleidChecks.
public enum SessionReader {
    public struct Output: Sendable {
        /// Nil when the file could not be read far enough to build a session.
        public var session: Session?
        public var diagnostics: [Diagnostic]

        public init(session: Session?, diagnostics: [Diagnostic]) {
            self.session = session
            self.diagnostics = diagnostics
        }
    }

    /// Reads the file at `path` (shown in diagnostics as given).
    public static func read(path: String, slug: String? = nil, policy: InputPolicy = .standard) -> Output {
        switch InputFile.bytes(at: path, policy: policy) {
        case .success(let bytes): return read(bytes: bytes, path: path, slug: slug ?? SessionFiles.slug(forPath: path))
        case .failure(let diagnostic): return Output(session: nil, diagnostics: [diagnostic])
        }
    }

    /// Reads session notes from memory. `earlier`: the participants of the earlier sessions of its series, whose names
    /// its text may not hold either (`participant-name-in-text`), even with its own names public: they agreed to
    /// nothing of it (Checking.earlierParticipants). Known only once every session's file is known.
    public static func read(bytes: [UInt8], path: String, slug: String, earlier: [EarlierParticipant] = []) -> Output {
        let source: SourceText
        let comments: HTMLComments.Scan
        switch SourceText.decode(bytes, path: path) {
        case .success(let text):
            (source, comments) = CommentMask.apply(text)
        case .failure(let diagnostic): return Output(session: nil, diagnostics: [diagnostic])
        }
        let unclosedComment = comments.unclosed
        let parts: FrontMatterSplitter.Parts
        switch FrontMatterSplitter.split(source, path: path) {
        case .success(let split): parts = split
        case .failure(let diagnostic): return Output(session: nil, diagnostics: [diagnostic])
        }
        var diagnostics: [Diagnostic] = unclosedComment.map { [CommentMask.unclosedWarning(at: $0, path: path)] } ?? []
        var meta = SessionMeta()
        // Front matter that cannot be read has no structure to tell names from the rest: all of it is private.
        var privateFrontMatter = Set(parts.yamlFirstLine..<max(parts.yamlFirstLine, parts.bodyLineOffset))
        var shownTexts: [(text: String, at: SourceLocation)] = [], possibleNames: [Participant] = []
        switch YAMLDocument.compose(parts.yaml, path: path, firstLine: parts.yamlFirstLine) {
        case .success(let document):
            let result = FrontMatterReader.read(document, frontMatterLine: parts.yamlFirstLine - 1, lastLine: parts.bodyLineOffset,
                                                lines: source.lines)
            meta = result.meta
            diagnostics += result.diagnostics
            privateFrontMatter = result.privateLines
            shownTexts = result.shownTexts
            possibleNames = result.possibleNames
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            // One typo in the YAML must not turn a concept's warnings into errors: its status line still counts.
            meta.status = FrontMatterReader.status(inLines: parts.yaml) ?? .final
            // Nor may it publish a participant's name: the names are read off the lines, failing closed (a blind tester:
            // with `namen:` given twice, the beamer showed a participant's name in the text).
            possibleNames = Self.factsLineByLine(
                source.lines[max(0, parts.yamlFirstLine - 1)..<min(source.lines.count, parts.bodyLineOffset)]).participants
        }
        if let excess = MarkdownComplexity.firstExcess(in: parts.body) {
            diagnostics.append(tooComplex(excess, path: path, lineOffset: parts.bodyLineOffset))
            // The body was not parsed: only its comments are known to be private.
            let hidden = privateFrontMatter.union(comments.touched)
            return Output(session: nil, diagnostics: diagnostics.redacted(privateLines: hidden, vocabulary: PrivateRegions.vocabulary))
        }
        let bodyLines = BodyLines(lines: Array(source.lines[parts.bodyLineOffset...]), lineOffset: parts.bodyLineOffset, shifts: comments.shifts)
        let document = Markdown.parseBlocks(parts.body, withinLimits: true)
        let outline = BodyOutline(document: document, lineCount: bodyLines.lines.count, lineOffset: parts.bodyLineOffset)
        var builder = SessionBuilder(path: path, body: bodyLines, endOfFrontMatter: parts.bodyLineOffset)
        builder.read(outline)
        diagnostics += builder.diagnostics
        let unpublished = PrivateRegions.unpublished(
            frontMatter: privateFrontMatter, outline: outline, stray: builder.outline, comments: comments,
            lineOffset: parts.bodyLineOffset, lineCount: source.lines.count)
        builder.outline.privateLines = unpublished.union(comments.touched)
        // (A line a comment touches is published but for the comment, which `source` masks: it is looked at too. A
        // retest: “Marieke<!-- x --> Hoekstra” hid the line and the name was published.)
        // (With names public, only those of an earlier session's participants who did not agree: `earlier`.)
        var mentions = meta.names == .public && earlier.isEmpty ? [] : ParticipantNameMentions.findings(
            meta.names == .public ? [] : meta.participants + possibleNames, lines: source.lines, firstBodyLine: max(0, parts.yamlFirstLine - 1),
            privateLines: unpublished, path: path, document: document, lineOffset: parts.bodyLineOffset,
            shownTexts: shownTexts, earlier: earlier)
        if meta.names != .public, let named = ParticipantNameMentions.fileNameFinding(slug: slug, participants: meta.participants + possibleNames, path: path) {
            mentions.insert(named, at: 0)
        }
        // (Found in the lines with a comment taken out: located in the file as written.)
        for (index, finding) in mentions.enumerated() where !comments.shifts.isEmpty {
            if let shift = comments.shifts[finding.location.line] { mentions[index].location.column = shift.original(finding.location.column) }
            if let end = finding.end, let shift = comments.shifts[end.line] { mentions[index].end?.column = shift.original(end.column) }
        }
        // A line with a name is quoted nowhere, as a private line is not (the terminal, the preview's error page), and
        // no other finding's message quotes from it. (The names' own findings quote nothing of it: not redacted.)
        builder.outline.privateLines.formUnion(mentions.flatMap(\.lines))
        diagnostics = diagnostics.redacted(privateLines: builder.outline.privateLines, vocabulary: PrivateRegions.vocabulary) + mentions
        var session = Session(
            slug: slug, path: path, meta: meta,
            summary: builder.richTexts[.summary], caseDescription: builder.richTexts[.caseDescription],
            actors: builder.actors, effects: builder.effects, values: builder.values, options: builder.options,
            nextSteps: builder.richTexts[.nextSteps], outline: builder.outline)
        session.question = builder.richTexts[.question]
        session.reflection = builder.richTexts[.reflection]
        session.transition = builder.transition
        session.followUp = builder.followUp
        return Output(session: session, diagnostics: diagnostics)
    }

    /// The lines of the notes that nothing may quote (`PrivateRegions`), for
    /// the terminal and the preview's error page; nil when the bytes are not text.
    public static func privateLines(bytes: [UInt8], path: String) -> Set<Int>? {
        let output = read(bytes: bytes, path: path, slug: "")
        if let session = output.session { return session.outline.privateLines }
        // A control character pasted into the notes stops the read (`control-character`); its line was quoted, with a
        // participant's name on it, in the terminal and on the beamer (a tester). Read as if each were a space.
        if output.diagnostics.contains(where: { $0.code == .controlCharacter }) {
            // (Every character `SourceText.isControl` refuses, a noncharacter such as U+FFFE too; the lines stay as they are.)
            var spacedText = String.UnicodeScalarView()
            spacedText.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars.map { SourceText.isControl($0) ? " " : $0 })
            let spaced = Array(String(spacedText).utf8)
            if spaced != bytes, let session = read(bytes: spaced, path: path, slug: "").session { return session.outline.privateLines }
        }
        return nil
    }

    /// The located refusal of text that would make cmark-gfm take quadratic time.
    static func tooComplex(_ excess: MarkdownComplexity.Excess, path: String, lineOffset: Int) -> Diagnostic {
        let character = String(excess.character)
        let message = excess.perLine
            ? LocalizedText(
                nl: "deze regel heeft meer dan \(excess.limit) keer “|” (tabelcellen); zoveel maakt de verwerking onredelijk traag — verdeel de tabel",
                en: "this line has more than \(excess.limit) “|” (table cells); that many makes processing unreasonably slow — split the table")
            : LocalizedText(
                nl: "deze alinea heeft meer dan \(excess.limit) keer “\(character)”; zoveel maakt de verwerking onredelijk traag — zet er lege regels tussen of haal de geplakte opmaak weg",
                en: "this paragraph has more than \(excess.limit) “\(character)”; that many makes processing unreasonably slow — add blank lines or remove the pasted markup")
        return Diagnostic(
            .error, .markdownTooComplex, path: path,
            at: SourceLocation(line: excess.line + lineOffset, column: excess.column), message)
    }
}
