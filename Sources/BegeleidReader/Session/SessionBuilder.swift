import BegeleidMarkdown
import BegeleidModel
import Foundation

/// Walks the outline section by section and builds the model's parts.
struct SessionBuilder {
    let path: String
    let body: BodyLines
    let endOfFrontMatter: Int

    var diagnostics: [Diagnostic] = []
    var richTexts: [SectionKind: RichText] = [:]
    var actors: [Actor] = []
    var values: [Value] = []
    var effects: [Effect] = []
    var options: [Option] = []
    var transition: Transition?
    var followUp: [FollowUpItem] = []
    var outline: SourceOutline
    private var linkedEffects: [(LinkedItem, ItemSource, String?)] = []
    private var linkedOptions: [(LinkedItem, ItemSource, String?)] = []

    init(path: String, body: BodyLines, endOfFrontMatter: Int) {
        self.path = path
        self.body = body
        self.endOfFrontMatter = endOfFrontMatter
        outline = SourceOutline(bodyStart: SourceLocation(line: endOfFrontMatter + 1, column: 1))
    }

    mutating func read(_ outline: BodyOutline) {
        if let stray = outline.preamble.first(where: { $0.kind != .htmlBlock }) {
            diagnostics.append(Diagnostic(
                .warning, .contentBeforeSection, path: path, at: body.fileLocation(stray.start),
                LocalizedText(
                    nl: "tekst vóór de eerste ##-kop komt niet in het rapport",
                    en: "text before the first ## heading does not reach the report")))
        }
        privateSectionsGoOn(outline)
        for block in outline.preamble + outline.sections.flatMap(\.blocks) where block.isTooDeep {
            diagnostics.append(Diagnostic(
                .error, .nestingTooDeep, path: path, at: body.fileLocation(block.start),
                LocalizedText(
                    nl: "lijsten of citaten zijn hier meer dan \(Markdown.maximumDepth) niveaus diep genest",
                    en: "lists or quotes are nested more than \(Markdown.maximumDepth) levels deep here")))
        }
        findStrayHeadings(outline)
        findUnspacedItems(outline)
        findBulletLines(outline)
        findUnclosedFences(outline)
        var seen: Set<SectionKind> = []
        for section in outline.sections {
            self.outline.sections.append(SourceOutline.Section(
                kind: section.kind, heading: SourceOutline.Heading(title: section.title, location: section.headingLocation),
                isGuessed: section.isGuessed))
            // A heading not known is private, like Notities: nothing of it is read (UnknownSectionRule warns).
            guard let kind = section.kind else { continue }
            // A section given twice is an error (DuplicateSectionRule); only the first is read.
            guard seen.insert(kind).inserted else { continue }
            switch kind {
            case .caseDescription, .summary, .nextSteps, .question, .reflection: richTexts[kind] = richText(section)
            case .transition: transition = TransitionReader.read(section, body: body, path: path, diagnostics: &diagnostics)
            case .actors: readDeclarations(section, allowsMarkers: false)
            case .values: readDeclarations(section, allowsMarkers: true)
            case .effects: readLinked(section, readsPolarity: true)
            case .options: readLinked(section, readsPolarity: false)
            // What became of an earlier session's options; matched against them over the whole series.
            case .followUp: followUp = items(of: section).items.map { FollowUpReader.item($0.0) }
            case .notes: break
            }
        }
        resolve()
    }

    private func richText(_ section: BodyOutline.Section) -> RichText? {
        let markdown = body.markdown(lines: section.contentLines)
        // Nested too deep (an error: no report) it is read as plain text: cmark-gfm writes such nesting back as Markdown
        // in time that grows with its square (blind tester 27: 50,000 `>` took 17 s).
        return .sanitized(section.blocks.contains(where: \.isTooDeep) ? MarkdownComplexity.escaped(markdown) : markdown)
    }

    /// Group 0 holds the items before any `###` heading; group n those under `headings[n - 1]`.
    private mutating func items(
        of section: BodyOutline.Section
    ) -> (items: [(ItemSource, Int)], headings: [(String, SourceLocation)]) {
        var result: [(ItemSource, Int)] = []
        var headings: [(String, SourceLocation)] = []
        var group = 0
        for block in section.blocks {
            switch block.kind {
            case .heading:
                group += 1
                headings.append((block.text.trimmed, body.fileLocation(block.start)))
            case .list:
                for item in block.children where item.kind == .item {
                    if let source = ItemSource.read(item, body: body, path: path, diagnostics: &diagnostics) {
                        result.append((source, group))
                    }
                }
            case .htmlBlock:
                break
            default:
                diagnostics.append(Diagnostic(
                    .warning, .textOutsideList, path: path, at: body.fileLocation(block.start),
                    LocalizedText(
                        nl: "tekst buiten een lijst in “\(section.title)” komt niet in het rapport; begin de regel met “- ”",
                        en: "text outside a list in “\(section.title)” does not reach the report; start the line with “- ”")))
            }
        }
        return (result, headings)
    }

    private mutating func readDeclarations(_ section: BodyOutline.Section, allowsMarkers: Bool) {
        let (found, headings) = items(of: section)
        for (title, location) in headings {
            diagnostics.append(Diagnostic(
                .warning, .subheadingIgnored, path: path, at: location,
                LocalizedText(nl: "de kop “\(title)” wordt hier genegeerd", en: "the heading “\(title)” is ignored here")))
        }
        for (source, _) in found {
            guard let declaration = Declaration.parse(source, allowsMarkers: allowsMarkers, path: path, diagnostics: &diagnostics) else {
                continue
            }
            if allowsMarkers {
                let isCore = declaration.markers.contains(.core)
                let isParked = declaration.markers.contains(.parked)
                if isCore, isParked {
                    diagnostics.append(Diagnostic(
                        .warning, .valueCoreAndParked, path: path, at: declaration.location,
                        LocalizedText(
                            nl: "“\(declaration.name)” is zowel kern als geparkeerd; het telt als kernwaarde",
                            en: "“\(declaration.name)” is marked both core and parked; it counts as a core value")))
                }
                values.append(Value(
                    id: Self.id(for: declaration.name, fallback: "v\(values.count + 1)"), name: declaration.name,
                    status: isCore ? .core : (isParked ? .parked : .regular),
                    explanation: declaration.explanation, details: source.details, location: declaration.location))
            } else {
                actors.append(Actor(
                    id: Self.id(for: declaration.name, fallback: "a\(actors.count + 1)"), name: declaration.name,
                    description: declaration.explanation, details: source.details, location: declaration.location))
            }
        }
    }

    /// Records headings that name a section but do not start one: a Notities
    /// heading anywhere but as a section, and `##Casus` without its space.
    private static let notesKeys = SectionKind.notes.headings.map(SectionKind.key)
    /// Names of the section that are common words too: not taken as its name at the start of a longer heading.
    private static let commonWords: Set<String> = ["intern", "internal"]
    private static let privatePhrases = SectionKind.privatePhrases.map(SectionKind.key)
    private static let privateKeys = notesKeys + privatePhrases
    /// Those and the labels that say private (SectionKind.privateLabelPhrases): every key `namesPrivate` accepts.
    private static let labelKeys = privateKeys + SectionKind.privateLabelPhrases.map(SectionKind.key)

    /// Whether `text` (a heading or a line's label) names the private section or says "do not publish".
    private static func namesPrivate(_ text: String) -> Bool {
        SectionKind.namesPrivate(text)
    }

    /// A heading that starts with a private name or phrase: `### Notities – gesprek`, `### Off the record: …`.
    private static func startsWithPrivate(_ key: String) -> Bool {
        privateKeys.contains { phrase in
            guard key.hasPrefix(phrase), !commonWords.contains(phrase) else { return false }
            let next = key.dropFirst(phrase.count).first
            return next == nil || !(next!.isLetter || next!.isNumber)
        }
    }

    /// A byte of a list marker `typedFirstLine` drops: space, tab, `-*+>#.)` or a digit.
    private static func isMarkerByte(_ byte: UInt8) -> Bool {
        " \t-*+>#.)".utf8.contains(byte) || (0x30...0x39).contains(byte)
    }

    /// A byte of a polarity in brackets (`afterLeadIn`) that is ASCII: `+`, `-`, `/`.
    private static func isPolarityByte(_ byte: UInt8) -> Bool {
        byte == 0x2B || byte == 0x2D || byte == 0x2F
    }

    /// A byte of emphasis `typedFirstLine` drops at either end: `*`, `_`, space or tab.
    private static func isEmphasisByte(_ byte: UInt8) -> Bool {
        "*_ \t".utf8.contains(byte)
    }

    /// A block's first line as typed without its list marker or emphasis: leading spaces, tabs,
    /// `-*+>#`, digits, `.` and `)` dropped, then `*`, `_`, spaces and tabs at either end. Byte by
    /// byte for a line of ASCII, where each byte is a `Character` (held to the `Character`-wise way
    /// in ByteScanningTests); any other line the `Character`-wise way.
    static func typedFirstLine(_ typed: String) -> String {
        let utf8 = typed.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return String(typed.drop { " \t-*+>#".contains($0) || $0.isNumber || $0 == "." || $0 == ")" })
                .trimming { "*_ \t".contains($0) }
        }
        let bytes = Array(utf8)
        var start = 0
        while start < bytes.count, isMarkerByte(bytes[start]) { start += 1 }
        while start < bytes.count, isEmphasisByte(bytes[start]) { start += 1 }
        var end = bytes.count
        while end > start, isEmphasisByte(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// What a block whose first line as typed is `typed` shows as a misplaced private section's name: a
    /// Notities heading in the wrong place, or its name typed as a line of text ("Notities:", "**Privé**") or
    /// as a list item ("- Notities"), where private text would follow. Nil when it names none. Only the
    /// section's name is returned: the private words after it stay out of every message.
    static func privateName(typed: String, kind: MarkdownBlock.Kind) -> String? {
        guard [.heading, .paragraph, .item, .codeBlock].contains(kind) else { return nil }
        var firstLine = Self.typedFirstLine(typed)
        // After what leads a line in without saying anything (`(+) Privé: …`, `- [ ] Intern: …`, `• Privé: …`,
        // `🔒 Vertrouwelijk: …`, `NB privé: …`: blind testers 31 and 32, each published). A lock first says it alone.
        while true {
            if let sign = firstLine.first, SectionKind.privateSigns.contains(sign) { return String(sign) }
            guard let rest = Self.afterLeadIn(firstLine) else { break }
            firstLine = Self.typedFirstLine(rest)
        }
        // "Notities: …" with the private text on the same line counts too, and "Intern: …" (blind tester 30: published).
        // (Without a colon byte there is no ":" Character either: the line is its own label.)
        let hasColon = firstLine.utf8.contains(0x3A)
        let label = !hasColon ? firstLine : firstLine.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        // Every name of the section is short: a line that does not start with one is passed over cheaply.
        // (Only a heading or code block is tested by its start; any other block that names the section does so
        // by its line, label or bracket, which `shown` quotes first.)
        let head = kind == .heading || kind == .codeBlock ? Names.key(String(firstLine.prefix(40))) : ""
        // "(privé) …", "[niet publiceren] …": a label in brackets at the start of the line.
        let bracketed = firstLine.first.map { "([".contains($0) } == true
            ? String(firstLine.dropFirst().prefix { $0 != ")" && $0 != "]" }) : ""
        let lineIsPrivate = Self.namesPrivate(firstLine)
        let labelIsPrivate = label == firstLine ? lineIsPrivate : Self.namesPrivate(label)
        let bracketIsPrivate = !bracketed.isEmpty && Self.namesPrivate(bracketed)
        let wordsArePrivate = Self.privateLabelWords(label, line: hasColon ? firstLine : nil)
            || Self.beforeDash(label).map { Self.privateLabelWords($0, line: nil) } == true
        let strongLabel = Self.strongLabel(firstLine)
        let namesNotes = lineIsPrivate
            || (hasColon && labelIsPrivate)
            || strongLabel != nil
            || wordsArePrivate
            || bracketIsPrivate
            // A heading that starts with the name (`### Notities – gesprek`, `### Privé van …`), also one indented
            // so far that it became code (`    ## Notities`).
            || ((kind == .heading || kind == .codeBlock) && Self.startsWithPrivate(head))
        guard namesNotes else { return nil }
        return lineIsPrivate ? firstLine
            : labelIsPrivate ? label
            : strongLabel != nil ? strongLabel
            // (Its first word, which messages may quote: the line is private, and “Notitie (privé)” was quoted as “…”.)
            : wordsArePrivate ? String(label.prefix { $0.isLetter })
            : bracketIsPrivate ? bracketed
            : (Self.privateKeys.first { head.hasPrefix($0) } ?? "")
    }

    /// The words that say private however they are followed: by other punctuation than a colon (`Privé; …`, `Geheim!:
    /// …`, `Privé. …`, `Privé– …`), or written in capitals with text after them (`VERTROUWELIJK …`): blind tester 31, published.
    /// The label words and `geheim`, `secret`; not English `note(s)`, which begins ordinary sentences (`Note. …`, `NOTES …`).
    static let strongWords = SectionKind.privateLabelWords.subtracting(["notes", "note"]).union(["geheim", "secret"])

    /// Whether `word` (letters) is one of `strongWords`: five to thirteen letters, as each is.
    static func isStrongWord(_ word: some StringProtocol) -> Bool {
        word.count >= 5 && word.count <= 13 && strongWords.contains(Names.key(String(word)))
    }

    /// The strong word `line` starts with as such a label, or nil.
    static func strongLabel(_ line: String) -> String? {
        let word = line.prefix { $0.isLetter }
        guard isStrongWord(word) else { return nil }
        let next = line.dropFirst(word.count).first
        // (Not a comma or a question mark: `Private, semi-public and public parties …` is a sentence.)
        if let next, ";.!–—".contains(next) { return String(word) }
        // An arrow or an equals sign, after a space or not (`Privé → …`, `Privé -> …`, `Geheim = …`: blind tester 34).
        let sign = line.dropFirst(word.count).drop { $0 == " " || $0 == "\t" }
        if ["→", "⇒", "=", "->", "=>"].contains(where: { sign.hasPrefix($0) }) { return String(word) }
        let shouted = word.allSatisfy(\.isUppercase) && next.map(\.isWhitespace) == true
        return shouted ? String(word) : nil
    }

    /// What follows a lead-in that says nothing at a line's start, or nil when there is none: a polarity or a task's
    /// box in brackets (`(+)`, `(-)`, `(+/-)`, `(±)`, `[ ]`, `[x]`), or a sign that is no letter, digit or bracket, and
    /// no Markdown (`•`, `–`, `!`, `⚠️`), or a word that only asks attention (`NB`, `PS`, `Let op`, with a colon or
    /// comma after it). `privateName` reads the line after it.
    static func afterLeadIn(_ line: String) -> String? {
        guard let first = line.first else { return nil }
        if first.isLetter, line.utf8.count >= 3 {
            let head = Names.key(String(line.prefix(8)))
            for word in attentionWords where head.hasPrefix(word) {
                // (Only a word of its own, followed by more: `Nbc`, `PSV`, `Let op` alone are text.)
                let after = line.dropFirst(word.count)
                guard let next = after.first, !next.isLetter else { continue }
                let rest = after.drop { $0 == ":" || $0 == "," || $0 == " " || $0 == "\t" }
                if !rest.isEmpty { return String(rest) }
            }
            return nil
        }
        // A footnote's mark (`[^1]: Privé: …`: blind tester 34, published).
        if line.hasPrefix("[^"), let close = line.prefix(40).firstIndex(of: "]"), line[line.index(after: close)...].hasPrefix(":") {
            let rest = line[line.index(close, offsetBy: 2)...].drop { $0 == " " || $0 == "\t" }
            return rest.isEmpty ? nil : String(rest)
        }
        if first == "(" || first == "[" {
            let inside = line.dropFirst().prefix(4)
            guard let close = inside.firstIndex(where: { $0 == ")" || $0 == "]" }), close > inside.startIndex,
                  inside[..<close].allSatisfy({ "+-−/± xX✓✔".contains($0) }) else { return nil }
            return String(line[line.index(after: close)...])
        }
        guard !first.isLetter, !first.isNumber, !first.isWhitespace, !"([{<&\\`\"'*_#>:".contains(first) else { return nil }
        return String(line.dropFirst())
    }

    /// Words that only ask attention before what a line says (`afterLeadIn`), as keys; `n.b.` and `p.s.` with their
    /// stops. A longer form before its start: a line's start is tried against each in turn.
    static let attentionWords = ["n.b.", "n.b", "p.s.", "let op", "ter info", "nb", "ps", "fyi", "opm.", "opm"]

    /// The same before a remark in brackets and a colon (`(NB: intern)`, `(Noot: vertrouwelijk)`: `privateRemark`), with
    /// `noot` and `note`, which a line's lead-in does not read past: they begin a private label (`Note to self:`).
    static let bracketAttentionWords = Set(attentionWords + ["noot", "note"])

    /// Whether a line's label (before its colon, or the whole line) is one to three of `SectionKind.privateLabelWords` and nothing
    /// else: “Notitie (privé)”, “Private note”, “Notities -”, “Confidential –” (a blind tester: each published the
    /// lines under it without a word, where “Notities:” was caught). “Private sector” and “Notities over de avond”
    /// are text. “Note: …” with text after it is English prose; “Note:” alone, a label. Each such label starts with
    /// the first letters of a private key, as `cannotNamePrivate` assumes of any line that names the section.
    /// The label before a dash that stands for a colon (“Notities - …”, “Privé – …”), when the line starts with a
    /// private word (the retest: “Notities - geheim” was published, “Notities -” alone was caught).
    static func beforeDash(_ label: String) -> String? {
        let first = label.prefix { $0.isLetter }
        guard !first.isEmpty, first.count <= 13, SectionKind.privateLabelWords.contains(Names.key(String(first))) else { return nil }
        let head = label.prefix(60)
        for dash in [" - ", " – ", " — "] {
            if let range = head.range(of: dash) { return String(head[..<range.lowerBound]) }
        }
        return nil
    }

    /// `line`: the line the label was cut from at its colon (nil: the label is the whole line).
    static func privateLabelWords(_ label: String, line: String?) -> Bool {
        // (Starting with its first word: “(+ Notities” is an effect's text, as `cannotNamePrivate` decides it. Three
        // such words are short: a paragraph's first line is not keyed whole, which was 2.4 % of a full build's CPU.)
        guard label.utf8.count <= 48, label.first.map({ $0.isASCII && $0.isLetter }) == true else { return false }
        let words = Names.key(label).split { !$0.isLetter }
        guard !words.isEmpty, words.count <= 3, words.allSatisfy({ SectionKind.privateLabelWords.contains(String($0)) }) else { return false }
        guard words.count == 1, words[0] == "note", let line else { return true }
        return !line.drop { $0 != ":" }.dropFirst().contains { !$0.isWhitespace }
    }

    /// True only where `privateName` is nil, decided from a few bytes (most blocks). After the list marker and
    /// emphasis `typedFirstLine` drops, and an opening bracket, the line goes on with
    /// - two to eight ASCII letters that no private name or phrase starts with (in lower case), or
    /// - after the bracket, an ASCII character that is no letter and no white space (`(+)`, `(-)`),
    /// and then a byte below 0x80 (no accent joins the last). All of it is ASCII, so each byte is a `Character`
    /// there. Every text `privateName` tests (the line, its label before a colon, its bracketed label, its
    /// key) then starts with characters no private key starts with, or with the bracket, which none does.
    /// A polarity in brackets (`(+)`, `(-)`, `(+/-)`: `afterLeadIn`) is read past first, as `privateName` does; any
    /// other lead-in is no ASCII letter and leaves the answer to `privateName`.
    /// Held to `privateName` in ByteScanningTests.
    static func cannotNamePrivate(_ typed: String) -> Bool {
        var utf8 = typed.utf8.makeIterator()
        var byte = utf8.next()
        var bracketed = false
        while true {
            while let current = byte, isMarkerByte(current) { byte = utf8.next() }
            while let current = byte, isEmphasisByte(current) { byte = utf8.next() }
            bracketed = byte == 0x28 || byte == 0x5B
            if bracketed { byte = utf8.next() }
            // (A footnote's `[^1]:` leads a line in as well: `privateName` reads past it.)
            if bracketed, byte == 0x5E { return false }
            guard bracketed, let current = byte, isPolarityByte(current) else { break }
            // (Up to three signs and the closing bracket: a lead-in, and the line after it decides. Else `privateName`.)
            var signs = 0
            while let sign = byte, signs < 3, isPolarityByte(sign) || sign == 0x20 || sign == 0x78 || sign == 0x58 {
                signs += 1
                byte = utf8.next()
            }
            guard byte == 0x29 || byte == 0x5D else { return false }
            byte = utf8.next()
        }
        let isLetter = { (byte: UInt8) in (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        var letters: UInt64 = 0
        var count = 0
        while count < 8, let current = byte, isLetter(current) {
            letters = letters << 8 | UInt64(current | 0x20)
            count += 1
            byte = utf8.next()
        }
        if count >= 2 {
            guard !privatePrefixes.contains(letters) else { return false }
        } else {
            guard count == 0, bracketed, let current = byte, current < 0x80, current != 0x20, current != 0x09 else { return false }
            byte = utf8.next()
        }
        return byte.map { $0 < 0x80 } ?? true
    }

    /// The first two to eight letters of every private key's first word (`labelKeys`; `SectionKind.namesPrivate`
    /// tests the same names) and of the words `afterLeadIn` reads past, as `cannotNamePrivate` packs a line's letters
    /// (no letter is a zero byte, so two runs of another length never pack alike). Eight, not four: `Voorstel`, `Onderzoek`, `Strenger` and `Eigenaar` began
    /// like `Voor mezelf:`, `Onder ons:`, `Strikt vertrouwelijk:` and `Eigen notities:`, and each was read again.
    private static let privatePrefixes = Set((labelKeys + attentionWords).flatMap { key in
        let word = Array(key.utf8.prefix { (0x61...0x7A).contains($0) })
        return (2...max(2, min(8, word.count))).filter { $0 <= word.count }.map { count in
            word[..<count].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        }
    })

    /// A `#` heading (or one underlined with `---`) inside a private section (Notities, or a heading not known) does not end it (BodyOutline): what
    /// follows stays private. Said, since `# Samenvatting` typed after the notes looks like a section of its own and
    /// its text was left out without a word. The heading is not quoted; a known section's name is offered as `##`.
    private mutating func privateSectionsGoOn(_ outline: BodyOutline) {
        for section in outline.sections where section.isPrivate {
            for block in section.blocks where block.kind == .heading && (block.headingLevel == 1 || block.end.line > block.start.line) {
                let typed = block.text.trimmed
                let underlined = block.headingLevel == 2
                let known = SectionKind(heading: typed).flatMap { kind in
                    kind == .notes ? nil : kind.headings.first { SectionKind.key($0) == SectionKind.key(typed) } ?? kind.rawValue
                }
                var finding = Diagnostic(
                    .warning, .headingInPrivateSection, path: path, at: body.fileLocation(block.start),
                    underlined ? LocalizedText(
                        nl: "een kop met een streep eronder (---) beëindigt de privésectie erboven niet: ook wat eronder staat blijft privé; om het te publiceren, maak er een ##-kop van",
                        en: "a heading underlined with --- does not end the private section above it: what stands under it stays private too; to publish it, make it a ## heading")
                    : LocalizedText(
                        nl: "een #-kop beëindigt de privésectie erboven niet: ook wat eronder staat blijft privé; om het te publiceren, maak er een ##-kop van",
                        en: "a # heading does not end the private section above it: what stands under it stays private too; to publish it, make it a ## heading"),
                    suggestion: known.map { "## \($0)" })
                // The whole heading, so that an editor's quick fix puts the suggestion in its place (not after the `#`).
                if block.start.line >= 1, block.start.line <= body.lines.count {
                    let scalars = Array(body.lines[block.start.line - 1].unicodeScalars)
                    let length = scalars.count - scalars.reversed().prefix { $0 == " " || $0 == "\t" || $0 == "\r" }.count
                    finding.end = SourceLocation(line: finding.location.line, column: max(length + 1, finding.location.column + 1))
                }
                diagnostics.append(finding)
            }
        }
    }

    private mutating func findStrayHeadings(_ outline: BodyOutline) {
        // Inside a private section a Notities name publishes nothing: only the other sections are searched.
        var pending = outline.preamble + outline.sections.filter { !$0.isPrivate }.flatMap(\.blocks)
        while let block = pending.popLast() {
            // The block's first line as typed (a list marker and emphasis are dropped below).
            let typed = block.start.line >= 1 && block.start.line <= body.lines.count ? body.lines[block.start.line - 1] : block.text
            // (The lines after the first of an HTML or code block are looked at too, and a table's cells: the first
            // line tells nothing of them.)
            let namesNone = Self.cannotNamePrivate(typed) && ![.htmlBlock, .codeBlock, .other("table_cell")].contains(block.kind)
            var shown = namesNone ? nil : Self.privateName(typed: typed, kind: block.kind)
            var at = block.start
            if shown == nil, !namesNone, let found = shownPrivateName(block) ?? privateNameInCodeOrCell(block) {
                (shown, at) = (found.name, found.at)
            }
            if shown == nil, block.kind == .paragraph, let found = privateNameInLaterLines(block) { (shown, at) = found }
            if let shown {
                self.outline.misplacedNotesHeadings.append(
                    SourceOutline.Heading(title: shown, location: body.fileLocation(at)))
            }
            // An item's own paragraph is reported with the item, not twice.
            pending += shown != nil && block.kind == .item ? block.children.filter { $0.kind != .paragraph } : block.children
        }
        findPrivateRemarks(outline)
        self.outline.misplacedNotesHeadings.sort { $0.location < $1.location }
        for (index, line) in body.lines.enumerated() {
            let indent = line.prefix { $0 == " " }.count
            guard indent <= 3 else { continue }
            let rest = line.dropFirst(indent)
            let hashes = rest.prefix { $0 == "#" }.count
            guard (1...6).contains(hashes), let next = rest.dropFirst(hashes).first, !next.isWhitespace else { continue }
            let title = String(rest.dropFirst(hashes))
            if SectionKind(heading: title) != nil {
                self.outline.unspacedHeadings.append(SourceOutline.Heading(
                    title: title, location: body.fileLocation(TextPosition(line: index + 1, column: indent + 1))))
            }
        }
    }

    /// A private label at the start of a paragraph's later line (`…⏎Vertrouwelijk: …`, an item's `…⏎  Intern: …`,
    /// with no blank line above it: blind tester 31, published without a word), and where it starts.
    private func privateNameInLaterLines(_ block: MarkdownBlock) -> (name: String, at: TextPosition)? {
        let last = min(block.end.line, body.lines.count)
        guard block.start.line >= 1, block.start.line < last else { return nil }
        for line in (block.start.line + 1)...last {
            let typed = body.lines[line - 1]
            guard !Self.cannotNamePrivate(typed), let name = Self.privateName(typed: typed, kind: .paragraph) else { continue }
            return (name, TextPosition(line: line, column: typed.prefix { $0 == " " || $0 == "\t" || $0 == ">" }.unicodeScalars.count + 1))
        }
        return nil
    }

    /// `-Artsen` under a list section is no item: Markdown joins it to the line above
    /// (one actor "Triageverpleegkundigen -Artsen"). Said where it stands.
    /// The sections whose content is a list of items (a line outside one is `text-outside-list`).
    static let listSections: Set<SectionKind> = [.actors, .values, .effects, .options, .transition]

    private mutating func findUnspacedItems(_ outline: BodyOutline) {
        for section in outline.sections where section.kind.map(Self.listSections.contains) == true {
            for index in section.contentLines where index < body.lines.count {
                let line = body.lines[index]
                let indent = line.prefix { $0 == " " }.count
                let rest = line.dropFirst(indent)
                guard indent <= 3, rest.first == "-", let next = rest.dropFirst().first, next.isLetter || next.isNumber else { continue }
                diagnostics.append(Diagnostic(
                    .warning, .itemWithoutSpace, path: path,
                    at: body.fileLocation(TextPosition(line: index + 1, column: indent + 1)),
                    LocalizedText(
                        nl: "na “-” hoort een spatie: zonder spatie is dit geen nieuw item maar hoort de regel bij het item erboven",
                        en: "“-” needs a space after it: without one this is no new item, and the line joins the item above")))
            }
        }
    }

    /// A declaration's id is its slug; a name without letters or digits gets a numbered id.
    private static func id(for name: String, fallback: String) -> String {
        let slug = Names.slug(name)
        return slug.isEmpty ? fallback : slug
    }

    private mutating func readLinked(_ section: BodyOutline.Section, readsPolarity: Bool) {
        let (found, headings) = items(of: section)
        let located = headings.map { SourceOutline.Heading(title: $0.0, location: $0.1) }
        if readsPolarity { outline.polarityHeadings += located } else { outline.directionHeadings += located }
        for (source, group) in found {
            let linked = LinkedItem.parse(source, readsPolarity: readsPolarity)
            let heading = group > 0 ? headings[group - 1].0 : nil
            if readsPolarity {
                var withPolarity = linked
                // A (+)/(-) prefix wins over the heading the item stands under.
                withPolarity.polarity = linked.polarity ?? heading.flatMap(Polarity.init(heading:))
                linkedEffects.append((withPolarity, source, heading))
            } else {
                for miss in linked.markers.nearMisses {
                    diagnostics.append(Diagnostic(
                        .warning, .markerUnknown, path: path, at: miss.location,
                        LocalizedText(
                            nl: "onbekende markering “(\(miss.written))” blijft gewone tekst",
                            en: "unknown marker “(\(miss.written))” stays plain text"),
                        suggestion: "(prioriteit)"))
                }
                linkedOptions.append((linked, source, heading))
            }
        }
    }

    /// Resolves the names in effects and options against the declarations.
    private mutating func resolve() {
        var valueIDs: [String: String] = [:]
        for value in values where valueIDs[Names.key(value.name)] == nil { valueIDs[Names.key(value.name)] = value.id }
        var actorNames: [String: String] = [:]
        for actor in actors where actorNames[actor.id] == nil { actorNames[actor.id] = actor.name }
        func references(_ linked: LinkedItem) -> ([Reference], [Reference]) {
            let values = linked.valueNames.map { Reference(text: $0.value, location: $0.location, target: valueIDs[Names.key($0.value)]) }
            let actors = linked.mentions.map { Reference(text: $0.written, location: $0.location, target: actorNames[$0.slug] == nil ? nil : $0.slug) }
            return (values, actors)
        }
        func text(_ linked: LinkedItem) -> RichText {
            .sanitized(linked.displayText { actorNames[$0] }) ?? RichText("")
        }
        if var transition {
            for index in transition.votes.indices {
                transition.votes[index].value.target = valueIDs[Names.key(transition.votes[index].value.text)]
            }
            self.transition = transition
        }
        for (index, (linked, source, heading)) in linkedEffects.enumerated() {
            let (values, actors) = references(linked)
            effects.append(Effect(
                id: "e\(index + 1)", polarity: linked.polarity, heading: heading, text: text(linked), values: values, actors: actors,
                details: source.details, location: source.location))
        }
        for (index, (linked, source, heading)) in linkedOptions.enumerated() {
            let (values, actors) = references(linked)
            options.append(Option(
                id: "o\(index + 1)", direction: heading.flatMap(Direction.init(heading:)), heading: heading,
                text: text(linked), values: values, actors: actors,
                details: source.details, isPriority: linked.markers.isPriority, due: linked.markers.due, location: source.location))
        }
    }
}
