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

    /// Records headings that name a section but do not start one: a Notities
    /// heading anywhere but as a section, and `##Casus` without its space.
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
                withPolarity.polarity = linked.polarity ?? heading.flatMap(Polarity.init(reading:))
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
                id: "o\(index + 1)", direction: heading.flatMap(Direction.init(reading:)), heading: heading,
                text: text(linked), values: values, actors: actors,
                details: source.details, isPriority: linked.markers.isPriority, due: linked.markers.due, location: source.location))
        }
    }
}
