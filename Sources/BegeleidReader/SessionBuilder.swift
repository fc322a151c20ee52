import BegeleidMarkdown
import BegeleidModel

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
    var otherSections: [OtherSection] = []
    var optionsLocation: SourceLocation?
    private var linkedEffects: [(LinkedItem, ItemSource)] = []
    private var linkedOptions: [(LinkedItem, ItemSource, Direction?)] = []

    init(path: String, body: BodyLines, endOfFrontMatter: Int) {
        self.path = path
        self.body = body
        self.endOfFrontMatter = endOfFrontMatter
    }

    mutating func read(_ outline: BodyOutline) {
        if let stray = outline.preamble.first(where: { $0.kind != .htmlBlock }) {
            diagnostics.append(Diagnostic(
                .warning, "content-before-section", path: path, at: body.fileLocation(stray.start),
                LocalizedText(
                    nl: "tekst vóór de eerste ##-kop komt niet in het rapport",
                    en: "text before the first ## heading does not reach the report")))
        }
        var seen: [SectionKind: SourceLocation] = [:]
        for section in outline.sections {
            guard let kind = section.kind else {
                readUnknown(section)
                continue
            }
            if let first = seen[kind] {
                diagnostics.append(Diagnostic(
                    .error, "section-duplicate", path: path, at: section.headingLocation,
                    LocalizedText(
                        nl: "de sectie “\(kind.rawValue)” staat er al (regel \(first.line)); voeg ze samen",
                        en: "the section “\(kind.headings[1])” was already given (line \(first.line)); merge them")))
                continue
            }
            seen[kind] = section.headingLocation
            switch kind {
            case .caseDescription, .summary, .nextSteps: richTexts[kind] = richText(section)
            case .actors: readDeclarations(section, allowsMarkers: false)
            case .values: readDeclarations(section, allowsMarkers: true)
            case .effects: readLinked(section, readsPolarity: true)
            case .options:
                optionsLocation = section.headingLocation
                readLinked(section, readsPolarity: false)
            case .notes: break
            }
        }
        let missingAt = outline.sections.first?.headingLocation ?? SourceLocation(line: endOfFrontMatter + 1, column: 1)
        for kind in SectionKind.allCases where kind.isRequired && seen[kind] == nil {
            diagnostics.append(Diagnostic(
                .error, "section-missing", path: path, at: missingAt,
                LocalizedText(
                    nl: "de verplichte sectie “## \(kind.rawValue)” ontbreekt",
                    en: "the required section “## \(kind.headings[1])” is missing")))
        }
        resolve()
    }

    private func richText(_ section: BodyOutline.Section) -> RichText? {
        let markdown = Markdown.commonMark(body.markdown(lines: section.contentLines)).trimmingTrailingNewlines
        return markdown.isEmpty ? nil : RichText(markdown)
    }

    private mutating func readUnknown(_ section: BodyOutline.Section) {
        diagnostics.append(Diagnostic(
            .warning, "section-unknown", path: path, at: section.headingLocation,
            LocalizedText(
                nl: "onbekende sectie “\(section.title)”; de inhoud komt achteraan in het rapport",
                en: "unknown section “\(section.title)”; its content is placed at the end of the report"),
            suggestion: Names.nearest(to: section.title, in: SectionKind.allHeadings)))
        otherSections.append(OtherSection(
            title: section.title, body: richText(section) ?? RichText(""), location: section.headingLocation))
    }

    /// List items of a section, each with the `###` heading it stands under.
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
                headings.append((block.text.trimmingCharacters(in: .whitespaces), body.fileLocation(block.start)))
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
                    .warning, "text-outside-list", path: path, at: body.fileLocation(block.start),
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
                .warning, "subheading-ignored", path: path, at: location,
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
                        .warning, "value-core-and-parked", path: path, at: declaration.location,
                        LocalizedText(
                            nl: "“\(declaration.name)” is zowel kern als geparkeerd; het telt als kernwaarde",
                            en: "“\(declaration.name)” is marked both core and parked; it counts as a core value")))
                }
                values.append(Value(
                    id: Names.slug(declaration.name), name: declaration.name,
                    status: isCore ? .core : (isParked ? .parked : .regular),
                    explanation: declaration.explanation, location: declaration.location))
            } else {
                actors.append(Actor(
                    id: Names.slug(declaration.name), name: declaration.name,
                    description: declaration.explanation, location: declaration.location))
            }
        }
    }

    private mutating func readLinked(_ section: BodyOutline.Section, readsPolarity: Bool) {
        let (found, headings) = items(of: section)
        if !readsPolarity {
            for (title, location) in headings where Direction(heading: title) == nil {
                diagnostics.append(Diagnostic(
                    .error, "direction-unknown", path: path, at: location,
                    LocalizedText(
                        nl: "onbekende richting “\(title)”; gebruik Technologie, Omgeving of Mens",
                        en: "unknown direction “\(title)”; use Technology, Environment or Human"),
                    suggestion: Names.nearest(to: title, in: Direction.allHeadings)))
            }
        }
        var reported: Set<Int> = []
        for (source, group) in found {
            let linked = LinkedItem.parse(source, readsPolarity: readsPolarity)
            let heading = group > 0 ? headings[group - 1] : nil
            if readsPolarity {
                var polarity = heading.flatMap { Polarity(heading: $0.0) }
                if let heading, polarity == nil, reported.insert(group).inserted {
                    diagnostics.append(Diagnostic(
                        .warning, "polarity-heading-unknown", path: path, at: heading.1,
                        LocalizedText(
                            nl: "onbekende kop “\(heading.0)” onder Effecten; gebruik “Positief” of “Negatief”",
                            en: "unknown heading “\(heading.0)” under Effects; use “Positive” or “Negative”"),
                        suggestion: Names.nearest(to: heading.0, in: Polarity.allHeadings)))
                }
                if let prefixed = linked.polarity { polarity = prefixed }
                var withPolarity = linked
                withPolarity.polarity = polarity
                linkedEffects.append((withPolarity, source))
            } else {
                let direction = heading.flatMap { Direction(heading: $0.0) }
                if heading == nil {
                    diagnostics.append(Diagnostic(
                        .error, "option-without-direction", path: path, at: source.location,
                        LocalizedText(
                            nl: "deze handelingsoptie staat onder geen richting; zet er “### Technologie”, “### Omgeving” of “### Mens” boven",
                            en: "this option stands under no direction; put “### Technology”, “### Environment” or “### Human” above it")))
                }
                linkedOptions.append((linked, source, direction))
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
            RichText(Markdown.commonMark(linked.displayText { actorNames[$0] }).trimmingTrailingNewlines)
        }
        for (index, (linked, source)) in linkedEffects.enumerated() {
            let (values, actors) = references(linked)
            effects.append(Effect(
                id: "e\(index + 1)", polarity: linked.polarity, text: text(linked), values: values, actors: actors,
                details: source.details, location: source.location))
        }
        for (index, (linked, source, direction)) in linkedOptions.enumerated() {
            let (values, actors) = references(linked)
            options.append(Option(
                id: "o\(index + 1)", direction: direction, text: text(linked), values: values, actors: actors,
                details: source.details, location: source.location))
        }
    }
}
