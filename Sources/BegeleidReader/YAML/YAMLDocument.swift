import BegeleidModel
import Yams

/// A composed YAML document with positions mapped onto the file, and the
/// small vocabulary of value readers that front matter and profiles share.
struct YAMLDocument {
    let root: Node?
    let path: String
    /// File line of the YAML text's first line.
    let firstLine: Int

    /// Composes `yaml`, or returns a located syntax error.
    /// `place` names the YAML in messages: the front matter, a profile, the offer.
    static func compose(
        _ yaml: String, path: String, firstLine: Int, place: LocalizedText = YAMLDocument.frontMatter
    ) -> Result<YAMLDocument, Diagnostic> {
        if let tab = leadingTab(in: yaml) {
            return .failure(Diagnostic(
                .error, .yamlTab, path: path,
                at: SourceLocation(line: tab.line + firstLine - 1, column: tab.column),
                LocalizedText(
                    nl: "een tab om in te springen is in YAML niet toegestaan; gebruik spaties",
                    en: "a tab used for indentation is not allowed in YAML; use spaces")))
        }
        do {
            // Scalars are read by their text alone (`Node.string`, the style), never by a resolved tag: the basic
            // resolver gives every plain scalar `str` without the default one's regular expressions (a tenth of
            // reading a session). UTF-8 named: `Encoding.default` reads the environment on every call.
            let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
            return .success(YAMLDocument(root: root, path: path, firstLine: firstLine))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, path: path, firstLine: firstLine, place: place))
        } catch {
            return .failure(Diagnostic(
                .error, .yamlSyntax, path: path, at: SourceLocation(line: firstLine, column: 1),
                LocalizedText(nl: "ongeldige YAML: \(error)", en: "invalid YAML: \(error)")))
        }
    }

    /// A key as the user typed it; a list or mapping used as a key (`[a, b]: c`)
    /// in its flow form, so the message can show it.
    static func spelling(ofKey node: Node) -> String {
        let flow = flowText(node, budget: 40)
        return flow.count > 40 ? String(flow.prefix(40)) + "…" : flow
    }

    private static func flowText(_ node: Node, budget: Int) -> String {
        guard budget > 0 else { return "…" }
        switch node {
        case .scalar(let scalar): return scalar.string
        case .sequence(let items): return "[" + items.prefix(8).map { flowText($0, budget: budget - 2) }.joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.prefix(8).map { flowText($0.key, budget: budget - 2) + ": " + flowText($0.value, budget: budget - 2) }
                .joined(separator: ", ") + "}"
        case .alias: return "*"
        }
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(line: firstLine, column: 1) }
        return SourceLocation(line: mark.line + firstLine - 1, column: mark.column)
    }

    private static func leadingTab(in yaml: String) -> SourceLocation? {
        // Without a tab byte there is no tab (nearly all front matter): nothing to cut into lines.
        guard yaml.utf8.contains(0x09) else { return nil }
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var column = 1
            for character in line {
                if character == "\t" { return SourceLocation(line: index + 1, column: column) }
                if character != " " { break }
                column += 1
            }
        }
        return nil
    }

    static let frontMatter = LocalizedText(nl: "de front matter", en: "the front matter")

    /// The next line after `mark` that gives `key` at the same column (`key:`), as (line, column) of the YAML;
    /// nil when none does (a key in flow style, quoted or of another spelling: the first one is named then).
    static func repeated(key: String, after mark: Mark, in yaml: String) -> (line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = mark.column - 1
        guard mark.line >= 1, indent >= 0 else { return nil }
        for index in mark.line..<lines.count {
            let line = Substring(lines[index])
            guard line.count > indent, line.prefix(indent).allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            let rest = line.dropFirst(indent)
            if rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).first == ":" {
                return (index + 1, mark.column)
            }
        }
        return nil
    }

    private static func diagnostic(for error: YamlError, path: String, firstLine: Int, place: LocalizedText) -> Diagnostic {
        var problem = "\(error)"
        var mark: Mark?
        var context: YamlError.Context?
        switch error {
        case .scanner(let within, let text, let at, _), .parser(let within, let text, let at, _), .composer(let within, let text, let at, _):
            problem = text
            mark = at
            context = within
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Located where the key is given again (libyaml's mark is the first one), that one named too.
            let first = context.mark.line + firstLine - 1
            let again = duplicates.first.flatMap { repeated(key: $0, after: context.mark, in: context.text) }
            let earlier = again == nil ? LocalizedText(nl: "", en: "") : LocalizedText(nl: " (eerst op regel \(first))", en: " (first on line \(first))")
            return Diagnostic(
                .error, .keyDuplicate, path: path,
                at: again.map { SourceLocation(line: $0.line + firstLine - 1, column: $0.column) }
                    ?? SourceLocation(line: first, column: context.mark.column),
                LocalizedText(
                    nl: "de sleutel “\(duplicates.joined(separator: "”, “"))” staat er twee keer\(earlier.dutch)",
                    en: "the key “\(duplicates.joined(separator: "”, “"))” is given twice\(earlier.english)"))
        default:
            break
        }
        let located = { (mark: Mark) in SourceLocation(line: mark.line + firstLine - 1, column: mark.column) }
        // Something opened and never closed (a quote, a [ or {): where it was opened, not where the text ends.
        if problem == "found unexpected end of stream", let context, let phrase = YAMLProblem.contexts[context.text] {
            let quote = context.text.hasSuffix("quoted scalar")
            return Diagnostic(
                .error, .yamlSyntax, path: path, at: located(context.mark),
                LocalizedText(
                    nl: "ongeldige YAML in \(place.dutch): \(phrase.dutch) die hier begint, wordt nergens gesloten"
                        + (quote ? " (sluit de tekst met hetzelfde aanhalingsteken als waarmee ze begint)" : ""),
                    en: "invalid YAML in \(place.english): \(phrase.english) that begins here is never closed"
                        + (quote ? " (close the text with the quote it begins with)" : "")))
        }
        let location = mark.map(located) ?? SourceLocation(line: firstLine, column: 1)
        // What was being read, when it began on an earlier line.
        let within = context.flatMap { context in
            context.mark.line < (mark?.line ?? 0) ? YAMLProblem.context(context.text, line: located(context.mark).line) : nil
        }
        var hint = LocalizedText(nl: "", en: "")
        if problem.contains("mapping values are not allowed") {
            hint = LocalizedText(
                nl: " (staat er een dubbele punt in de waarde? zet de hele waarde dan tussen rechte aanhalingstekens \"…\"; of mist er een dubbele punt achter de sleutel op de regel erboven?)",
                en: " (is there a colon in the value? then put the whole value in straight quotes \"…\"; or is a colon missing after the key on the line above?)")
        } else if problem.contains("could not find expected ':'") {
            hint = LocalizedText(
                nl: " (mist er een dubbele punt achter een sleutel, op deze regel of de regel erboven?)",
                en: " (is a colon missing after a key, on this line or the line above?)")
        } else if problem.contains("did not find expected ',' or '}'") || problem.contains("did not find expected ',' or ']'") {
            hint = LocalizedText(
                nl: " (staat er een dubbele punt of komma in een tekst tussen { } of [ ]? zet die tekst tussen aanhalingstekens \"…\")",
                en: " (is there a colon or comma in a text inside { } or [ ]? put that text in quotes \"…\")")
        } else if problem.contains("nesting level") {
            problem = "Maximum nesting level reached"
            hint = LocalizedText(
                nl: " (lijsten of mappings zijn te diep in elkaar genest; notities hebben er hooguit een paar nodig)",
                en: " (lists or mappings are nested too deep; notes need a few levels at most)")
        } else if problem.contains("undefined alias") {
            hint = LocalizedText(
                nl: " (een * aan het begin van een waarde betekent in YAML een verwijzing; zet de waarde tussen aanhalingstekens)",
                en: " (a * at the start of a value is an alias in YAML; put the value in quotes)")
        }
        return Diagnostic(
            .error, .yamlSyntax, path: path, at: location,
            LocalizedText(
                nl: "ongeldige YAML in \(place.dutch): \(YAMLProblem.text(problem).dutch)\(within?.dutch ?? "")\(hint.dutch)",
                en: "invalid YAML in \(place.english): \(problem)\(within?.english ?? "")\(hint.english)"))
    }
}

/// Readers for the value shapes the formats use, each reporting a located
/// `key-malformed` error when the shape is wrong.
struct ValueReader {
    let document: YAMLDocument
    var diagnostics: [Diagnostic] = []

    mutating func malformed(_ node: Node, key: String, expected: LocalizedText) {
        diagnostics.append(Diagnostic(
            .error, .keyMalformed, path: document.path, at: document.location(of: node),
            LocalizedText(nl: "“\(key)” moet \(expected.dutch) zijn", en: "“\(key)” must be \(expected.english)")))
    }

    /// A text: any scalar. Empty text counts as absent.
    mutating func text(_ node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            malformed(node, key: key, expected: LocalizedText(nl: "een tekst", en: "a text"))
            return nil
        }
        if Self.isNull(scalar) { return nil }
        let value = scalar.string.trimmed
        // Written as YAML escapes ("\0", "\e", "\uFFFE"), characters that no text file
        // holds would reach the pages raw (and make the SVG invalid XML).
        if let bad = value.unicodeScalars.first(where: Self.isForbidden) {
            diagnostics.append(Diagnostic(
                .error, .keyMalformed, path: document.path, at: document.location(of: node),
                LocalizedText(
                    nl: "“\(key)” bevat een stuurteken (U+\(String(format: "%04X", bad.value))); haal het weg",
                    en: "“\(key)” holds a control character (U+\(String(format: "%04X", bad.value))); remove it")))
            return nil
        }
        return value.isEmpty ? nil : value
    }

    /// What a file may not hold (`SourceText.isControl`), and in a value the C1 controls too.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        SourceText.isControl(scalar) || (0x80...0x9F).contains(scalar.value)
    }

    /// `~`, `null` or `Null` written as a value: YAML's nothing, not a text.
    static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A warning when a list is written as one text with commas (`labels: privacy, mobiliteit`): it counts as one
    /// (a blind tester's `samenwerkingspartners: A, B` was one institution, priced and planned as such, unsaid).
    mutating func warnIfCommaList(_ node: Node, key: String) {
        guard case .scalar(let scalar) = node, scalar.style == .plain, scalar.string.contains(",") else { return }
        diagnostics.append(Diagnostic(
            .warning, .listAsText, path: document.path, at: document.location(of: node),
            LocalizedText(
                nl: "“\(key)” is nu één tekst met komma's; is het een lijst, zet dan elk op een eigen regel met “- ” (of schrijf [a, b])",
                en: "“\(key)” is one text with commas now; if it is a list, put each on a line of its own with “- ” (or write [a, b])")))
    }

    /// A text or a list of texts.
    mutating func texts(_ node: Node, key: String) -> [String] {
        if case .sequence(let sequence) = node {
            return sequence.compactMap { text($0, key: key) }
        }
        return text(node, key: key).map { [$0] } ?? []
    }

    /// One of a fixed set of words (compared case-insensitively), with a suggestion.
    /// `dutch` and `english` are the words to offer in each language's message.
    /// `meanwhile`: what the notes are taken for until the word is one of them (said after the choices).
    mutating func choice<T>(
        _ node: Node, key: String, _ choices: [String: T], dutch: [String], english: [String], meanwhile: LocalizedText? = nil
    ) -> T? {
        guard let word = text(node, key: key) else { return nil }
        if let value = choices[word.lowercased()] { return value }
        let suggestion = Names.nearest(to: word, in: choices.keys.sorted())
        // A suggestion in the other language than the message's list comes with that language's list too
        // (“choose from before, during, after; did you mean “voorafgaand”?” mixed the two).
        let other = { (words: [String], own: [String]) in
            suggestion.map { words.contains($0) && !own.contains($0) } ?? false
        }
        diagnostics.append(Diagnostic(
            .error, .keyMalformed, path: document.path, at: document.location(of: node),
            LocalizedText(
                nl: "onbekende waarde “\(word)” voor “\(key)”; kies uit \(dutch.joined(separator: ", "))"
                    + (other(english, dutch) ? " (of in het Engels: \(english.joined(separator: ", ")))" : "")
                    + (meanwhile.map { "; \($0.dutch)" } ?? ""),
                en: "unknown value “\(word)” for “\(key)”; choose from \(english.joined(separator: ", "))"
                    + (other(dutch, english) ? " (or in Dutch: \(dutch.joined(separator: ", ")))" : "")
                    + (meanwhile.map { "; \($0.english)" } ?? "")),
            suggestion: suggestion))
        return nil
    }

    /// An ISO date `YYYY-MM-DD` that exists in the calendar, in the years
    /// 1900–2999 (`ISODate.years`): a proposal plans weeks ahead of it, never into the year 10000.
    mutating func date(_ node: Node, key: String) -> String? {
        guard let word = text(node, key: key) else { return nil }
        if ISODate.isValid(word) {
            if let year = Int(word.prefix(4)), ISODate.years.contains(year) { return word }
            diagnostics.append(Diagnostic(
                .error, .dateOutOfRange, path: document.path, at: document.location(of: node),
                LocalizedText(
                    nl: "“\(word)” ligt buiten de jaren \(ISODate.years.lowerBound)–\(ISODate.years.upperBound); schrijf een datum in die jaren, bijvoorbeeld 2026-03-12",
                    en: "“\(word)” lies outside the years \(ISODate.years.lowerBound)–\(ISODate.years.upperBound); write a date within them, for example 2026-03-12")))
            return nil
        }
        diagnostics.append(ISODate.finding(word, path: document.path, at: document.location(of: node)))
        return nil
    }

    static let booleans: [String: Bool] = [
        "true": true, "false": false, "ja": true, "nee": false, "yes": true, "no": false,
    ]
}
