import BegeleidModel
import Yams

/// Reads a session's front matter into `SessionMeta`, collecting every
/// located finding (unknown keys, missing keys, malformed values).
struct FrontMatterReader {
    struct Result {
        var meta: SessionMeta
        var diagnostics: [Diagnostic]
        /// The lines of the participants node (its key to the next key): they may hold names.
        var privateLines: Set<Int> = []
        /// The texts the report shows, as YAML reads them, where they stand: each participant's `rol` and
        /// `organisatie` (a name in one is published though its line is private: a tester's `organisatie: Bureau
        /// Marieke Hoekstra`), and every other key's values (an escape, `Qu\u0061rtelmaan`, or an alias, `locatie: *n`
        /// after `naam: &n …`, is a name only once read: testers).
        var shownTexts: [(text: String, at: SourceLocation)] = []
        /// For each participant with keys that are not known (`voornaam: Marieke`, `achternaam: Hoekstra`, `nam: …`):
        /// their values, joined, as a name that may be one. Never published; looked for in the text as names are.
        var possibleNames: [Participant] = []
        /// Participants written as plain text (`- Jan Jansen`, refused in an anonymous session: it may be a name).
        var plainParticipants: [String] = []
    }

    /// `lastLine`: the front matter's last line (its closing `---`); `lines`: the notes' lines, to find a value cut short by
    /// a `#` (none: not looked for).
    static func read(_ document: YAMLDocument, frontMatterLine: Int, lastLine: Int, lines: [String] = []) -> Result {
        var reader = ValueReader(document: document)
        var meta = SessionMeta()
        let path = document.path
        guard let root = document.root, case .mapping(let mapping) = root else {
            let at = document.root.map(document.location(of:)) ?? SourceLocation(line: frontMatterLine, column: 1)
            return Result(meta: meta, diagnostics: [Diagnostic(
                .error, .frontMatterNotMapping, path: path, at: at,
                LocalizedText(
                    nl: "de front matter moet uit regels `sleutel: waarde` bestaan",
                    en: "the front matter must consist of `key: value` lines"))])
        }
        var seen: [FrontMatterKey: SourceLocation] = [:]
        var empty: Set<FrontMatterKey> = []
        var participantsNode: Node?
        var unreadParticipants: [Node] = [], nameLike: [Node] = []
        let keyLines = mapping.map { document.location(of: $0.key).line }
        var privateLines: Set<Int> = []
        var shownTexts: [(text: String, at: SourceLocation)] = []
        var namesDoubted = false
        for (index, (keyNode, valueNode)) in mapping.enumerated() {
            let spelling = YAMLDocument.spelling(ofKey: keyNode)
            let at = document.location(of: keyNode)
            // However the key is spelt (`deelnemers :`, `"deelnemers":`, `? deelnemers`, a near miss),
            // its whole node is private, up to the next key.
            // (So is a key not known that may hold a name, `naam:` or `contactpersoon:` at the top.)
            let known = FrontMatterKey(spelling: spelling)
            let nearParticipants = FrontMatterKey.isNearParticipants(spelling)
            let unknownNameLike = known == nil && isNameLike(spelling)
            if known == .participants || nearParticipants || unknownNameLike {
                let end = index + 1 < keyLines.count ? keyLines[index + 1] - 1 : lastLine
                privateLines.formUnion(at.line...max(at.line, end))
            }
            guard let key = known else {
                // A near miss of `namen` (`namn: anoniem`) is a second answer to it, whatever it says: no consent (blind
                // tester 46: `namen: openbaar` above it stood).
                if Names.nearest(to: spelling, in: [FrontMatterKey.names.rawValue] + FrontMatterKey.names.aliases) != nil { namesDoubted = true }
                // (Its names are looked for all the same: `deelnmers:` with a `naam:` under it, and a top-level
                // `naam:` or `contactpersoon:`, published the name with only this warning: blind tester 27.)
                if nearParticipants { unreadParticipants.append(valueNode) }
                if unknownNameLike { nameLike.append(valueNode) }
                // (Its line is private, so the key would be quoted as “…”: a blind tester could not tell which key was meant.)
                if nearParticipants {
                    reader.diagnostics.append(Diagnostic(
                        .warning, .keyUnknown, path: path, at: at,
                        LocalizedText(
                            nl: "deze sleutel lijkt op “deelnemers” maar is het niet: de deelnemers eronder komen niet in het rapport (hun namen worden wel gezocht)",
                            en: "this key looks like “deelnemers” but is not: the participants under it are not in the report (their names are still looked for)"),
                        suggestion: "deelnemers"))
                    continue
                }
                // (A key of more words, or a long one, is text rather than a key, and may say what is not to be quoted: blind
                // tester 34's `opmerking boos: ja` was quoted in the message and the cache. Not quoted, then.)
                let quoted = spelling.count <= 24 && !spelling.contains(where: \.isWhitespace) ? "“\(spelling)” " : ""
                reader.diagnostics.append(Diagnostic(
                    .warning, .keyUnknown, path: path, at: at,
                    LocalizedText(nl: "onbekende sleutel \(quoted)wordt genegeerd", en: "unknown key \(quoted)is ignored"),
                    suggestion: Names.nearest(to: spelling, in: FrontMatterKey.allSpellings)))
                continue
            }
            if let first = seen[key] {
                reader.diagnostics.append(Diagnostic(
                    .error, .keyDuplicate, path: path, at: at,
                    LocalizedText(
                        nl: "“\(spelling)” staat al op regel \(first.line) (als “\(key.rawValue)” of een alias)",
                        en: "“\(spelling)” was already given on line \(first.line) (as “\(key.rawValue)” or an alias)")))
                // Two answers to `namen` are no consent (fail closed): in a concept, or the live preview, where this error
                // is a warning, `namen: openbaar` then `names: anoniem` showed the names (blind tester 45).
                if key == .names { meta.names = .anonymous }
                continue
            }
            seen[key] = at
            if let cut = valueCutByComment(key, valueNode, document: document, lines: lines) { reader.diagnostics.append(cut) }
            if case .scalar(let scalar) = valueNode, scalar.string.trimmed.isEmpty || ValueReader.isNull(scalar) {
                empty.insert(key)
            }
            if key == .participants { participantsNode = valueNode } else { shownTexts += Self.scalars(in: valueNode, document: document) }
            if key == .follows { meta.followsLocation = document.location(of: valueNode) }
            apply(key, valueNode, spelling: spelling, to: &meta, reader: &reader)
        }
        if namesDoubted { meta.names = .anonymous }
        // In an anonymous session a participant written as plain text (`- Jan Jansen`)
        // may be a name: it is not published as a role, but refused until written as `rol:`.
        var plain: [String] = []
        if meta.names != .public, case .sequence(let entries)? = participantsNode {
            for entry in entries {
                guard case .scalar(let scalar) = entry, !scalar.string.trimmed.isEmpty else { continue }
                plain.append(scalar.string)
                reader.diagnostics.append(Diagnostic(
                    .error, .participantNotMapping, path: path, at: document.location(of: entry),
                    LocalizedText(
                        nl: "schrijf deze deelnemer als “- rol: …” (met eventueel “naam: …”): een losse tekst kan een naam zijn en komt niet in een anoniem rapport",
                        en: "write this participant as “- role: …” (with “name: …” if needed): plain text may be a name and does not go into an anonymous report")))
            }
        }
        // A key that is present but malformed has its own finding already; one left empty has not.
        for key in FrontMatterKey.allCases where key.isRequired && !isPresent(key, in: meta) && (seen[key] == nil || empty.contains(key)) {
            let at = seen[key] ?? SourceLocation(line: frontMatterLine, column: 1)
            reader.diagnostics.append(Diagnostic(
                .error, .keyMissing, path: path, at: at,
                LocalizedText(
                    nl: "de verplichte sleutel “\(key.rawValue)” ontbreekt of is leeg",
                    en: "the required key “\(key.aliases.first ?? key.rawValue)” (or “\(key.rawValue)”) is missing or empty")))
        }
        var result = Result(meta: meta, diagnostics: reader.diagnostics, privateLines: privateLines, shownTexts: shownTexts)
        result.plainParticipants = plain
        addParticipantTexts(of: participantsNode, document: document, to: &result)
        for node in unreadParticipants { addParticipantTexts(of: node, document: document, to: &result, unread: true) }
        for node in nameLike {
            // The whole (`naam: [Jan, de Vries]`), and each item of a list on its own (`aanwezigen: [Jan de Vries, Piet Smit]`).
            var texts = [allScalars(in: node).joined(separator: " ")]
            // A list of participants as under `deelnemers` (`- naam: Els Bos` under `aanwezigen:`): each name on its own
            // (blind tester 30: joined with the role, it was not found).
            var entries = [node]
            if case .sequence(let items) = node {
                entries = Array(items)
                if items.count > 1 { texts += items.map { allScalars(in: $0).joined(separator: " ") } }
            }
            for case .mapping(let mapping) in entries.prefix(64) {
                for (key, value) in mapping {
                    let spelling = YAMLDocument.spelling(ofKey: key)
                    if ParticipantKey(spelling: spelling) == .name || isNameLike(spelling) { texts.append(allScalars(in: value).joined(separator: " ")) }
                }
            }
            for name in texts.map(\.trimmed) where !name.isEmpty { result.possibleNames.append(Participant(role: "", name: name)) }
        }
        return result
    }

    /// Each participant's role and organisation (`shownTexts`), and the values of its keys that may hold a name
    /// (`possibleNames`). (A participant as plain text is refused in an anonymous session already.) A name written
    /// as a list or a mapping (`naam: [Marieke Hoekstra]`), a participant written as a list, and a single participant
    /// written as a mapping without the list (`deelnemers: {rol: …, naam: …}`) are refused as malformed, and the names
    /// in them are looked for all the same (a blind tester: the beamer showed such a name in the text).
    /// `unread`: the participants under a key that is not `deelnemers`, whose names are not among the participants.
    private static func addParticipantTexts(of node: Node?, document: YAMLDocument, to result: inout Result, unread: Bool = false) {
        let entries: [Node]
        // (A single participant without the list is not read as one either.)
        var unread = unread
        switch node {
        case .sequence(let items)?: entries = Array(items)
        case .mapping(let mapping)?: (entries, unread) = ([.mapping(mapping)], true)
        case .scalar(let scalar)?: (entries, unread) = ([.scalar(scalar)], true)
        default: return
        }
        for entry in entries {
            var role = "", unknown: [String] = [], others: [String] = [], hasName = false
            switch entry {
            case .scalar(let scalar) where unread:
                unknown.append(scalar.string)
            case .mapping(let mapping):
                for (keyNode, valueNode) in pairs(of: mapping) {
                    let spelling = YAMLDocument.spelling(ofKey: keyNode)
                    guard case .scalar(let scalar) = valueNode else {
                        if ParticipantKey(spelling: spelling) == .name || isNameLike(spelling) {
                            unknown += allScalars(in: valueNode)
                        } else if ParticipantKey(spelling: spelling) == nil {
                            // (A list or a mapping under a key not known, `alias: [Kees Jansen]`, `alias:` with `voornaam`
                            // and `achternaam` under it: its texts joined, as a name is written: blind tester 46.)
                            others += possibleNames(unknownKey: spelling, value: allScalars(in: valueNode).joined(separator: " "))
                        }
                        continue
                    }
                    switch ParticipantKey(spelling: spelling) {
                    case .role?:
                        role = scalar.string
                        result.shownTexts.append((scalar.string, document.location(of: valueNode)))
                    case .organisation?: result.shownTexts.append((scalar.string, document.location(of: valueNode)))
                    case .name?:
                        hasName = true
                        if unread { unknown.append(scalar.string) }
                    case nil:
                        if isNameLike(spelling) {
                            unknown.append(scalar.string)
                        } else {
                            others += possibleNames(unknownKey: spelling, value: scalar.string)
                        }
                    }
                }
                // A role that reads as a person's name, where no `naam` is given (`rol: Kees Kwakman`, `rol: gast (Kees
                // Kwakman)`: blind tester 34, in the participants' table of every report): looked for as a name, so the
                // role is found where it stands.
                if !hasName {
                    result.possibleNames += ParticipantNameMentions.capitalisedRuns(in: role).map {
                        Participant(role: ParticipantNameMentions.roleLikeName, name: $0)
                    }
                }
            case .sequence:
                // (`- [bewoner, Jan de Vries]`: which of them is a name is not known, so each may be one.)
                result.possibleNames += allScalars(in: entry).filter { !$0.trimmed.isEmpty }.map { Participant(role: "", name: $0) }
            default: continue
            }
            let joined = unknown.joined(separator: " ").trimmed
            if !joined.isEmpty { result.possibleNames.append(Participant(role: role, name: joined)) }
            result.possibleNames += others.map { Participant(role: role, name: $0.trimmed) }
        }
    }

    /// The names the value of a participant's key may hold when the key is no key of a participant and not like a name
    /// (`isNameLike`): a person's name as it is written (`ParticipantNameMentions.capitalisedRuns`: `alias: Henk
    /// Jansen`) and an e-mail address (`e-mail: henk.jansen@…`), both published with only an unknown key's warning
    /// (blind tester 45). Not under a near miss of `rol` or `organisatie` (reported as such), nor under a key of the
    /// front matter itself; and not a word in small letters (`functie: wethouder` would refuse every wethouder).
    static func possibleNames(unknownKey spelling: String, value: String) -> [String] {
        guard FrontMatterKey(spelling: spelling) == nil, Names.nearest(to: spelling, in: ParticipantKey.shownSpellings) == nil else { return [] }
        let addresses = value.split(whereSeparator: \.isWhitespace).filter { $0.contains("@") }.map(String.init)
        return ParticipantNameMentions.capitalisedRuns(in: value) + addresses
    }

    /// A mapping's pairs, those of a mapping merged into it (`<<: *p`, with `p: &p {naam: …}`: a blind tester) in its
    /// place, four merges deep at most.
    private static func pairs(of mapping: Node.Mapping, depth: Int = 0) -> [(key: Node, value: Node)] {
        // (Most mappings merge nothing: their pairs as they are.)
        guard mapping.contains(where: { pair in
            if case .scalar(let scalar) = pair.key { return scalar.string == "<<" } else { return false }
        }) else { return Array(mapping) }
        return mapping.flatMap { pair -> [(key: Node, value: Node)] in
            guard depth < 4, YAMLDocument.spelling(ofKey: pair.key) == "<<" else { return [(pair.key, pair.value)] }
            switch pair.value {
            case .mapping(let merged): return pairs(of: merged, depth: depth + 1)
            case .sequence(let items): return items.prefix(16).flatMap { item -> [(key: Node, value: Node)] in
                guard case .mapping(let merged) = item else { return [] }
                return pairs(of: merged, depth: depth + 1)
            }
            default: return []
            }
        }
    }

    /// The scalars in `node`, however deep in lists and mappings (a mapping's values), in order: the first 64, from
    /// at most 1,000 nodes. (Aliases make a tree of a few lines hold billions of nodes: the YAML bomb of the broken
    /// input corpus hung the build here.)
    private static func allScalars(in node: Node) -> [String] {
        var found: [String] = []
        var pending = [node]
        var visited = 0
        while let next = pending.popLast(), found.count < 64, visited < 1_000 {
            visited += 1
            switch next {
            case .scalar(let scalar): found.append(scalar.string)
            case .sequence(let items): pending += items.reversed()
            case .mapping(let mapping): pending += mapping.map(\.value).reversed()
            default: break
            }
        }
        return found
    }

    /// The scalars of `node` (itself, or a list's items), with where each stands.
    private static func scalars(in node: Node, document: YAMLDocument) -> [(text: String, at: SourceLocation)] {
        switch node {
        case .scalar(let scalar): return [(scalar.string, document.location(of: node))]
        case .sequence(let items): return items.flatMap { scalars(in: $0, document: document) }
        default: return []
        }
    }

    /// Whether a participant's unknown key may hold (part of) a name: `voornaam`, `achternaam`, `tussenvoegsel`,
    /// `first_name`, `surname`, a near miss of `naam` (`nam`, `naaam`); at the top too a list of who was there
    /// (`aanwezigen`, `wie`, `attendees`: blind tester 27 had their names published). (Not any unknown key:
    /// `organsatie: Gemeente Zwolle` would make the organisation a name in the text.)
    static func isNameLike(_ spelling: String) -> Bool {
        let key = Names.key(spelling)
        // (Not a key of the front matter itself: `namen: openbaar` under a participant made “openbaar” a name, a retest.)
        guard FrontMatterKey(spelling: spelling) == nil else { return false }
        return ["naam", "name", "voegsel", "persoon", "person", "aanwezig", "attendee", "presentie", "genodig", "gast", "spreker",
                "notulist", "contact", "invited", "guest", "speaker"].contains { key.contains($0) }
            || ["wie", "who", "present", "presence", "attendance"].contains(key) || key.hasPrefix("wie ") || key.hasPrefix("who ")
            || Names.nearest(to: spelling, in: [ParticipantKey.name.rawValue] + ParticipantKey.name.aliases) != nil
    }

    private static func isPresent(_ key: FrontMatterKey, in meta: SessionMeta) -> Bool {
        switch key {
        case .title: return !meta.title.isEmpty
        case .organisation: return !meta.organisations.isEmpty
        case .technology: return !meta.technology.isEmpty
        case .date: return !meta.date.isEmpty
        default: return true
        }
    }

    static let namePolicies: [String: NamesPolicy] = [
        "anoniem": .anonymous, "openbaar": .public, "anonymous": .anonymous, "public": .public,
    ]

    private static let statuses: [String: SessionStatus] = [
        "concept": .draft, "definitief": .final, "draft": .draft, "final": .final,
    ]

    /// The status read off its own line, for front matter that is not valid YAML as a whole
    /// (`status: concept   # …`); nil when there is no such line.
    static func status(inLines yaml: String) -> SessionStatus? {
        for line in yaml.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, !line.hasPrefix(" "), FrontMatterKey(spelling: String(parts[0])) == .status else { continue }
            let value = parts[1].split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let word = Names.key(String(value).trimming { " \t\"'".contains($0) })
            return statuses[word] ?? .draft
        }
        return nil
    }

    private static func apply(
        _ key: FrontMatterKey, _ node: Node, spelling: String, to meta: inout SessionMeta, reader: inout ValueReader
    ) {
        switch key {
        case .title: meta.title = reader.text(node, key: spelling) ?? ""
        case .organisation: meta.organisations = reader.texts(node, key: spelling)
        case .technology: meta.technology = reader.text(node, key: spelling) ?? ""
        case .date: meta.date = reader.date(node, key: spelling) ?? ""
        case .phase:
            meta.phase = reader.choice(
                node, key: spelling, Choices.phases, dutch: ["voorafgaand", "tijdens", "na"], english: ["before", "during", "after"])
        case .moderator: meta.moderator = reader.text(node, key: spelling)
        case .coModerator: meta.coModerator = reader.text(node, key: spelling)
        case .location: meta.location = reader.text(node, key: spelling)
        case .language: meta.language = reader.choice(node, key: spelling, Choices.languages, dutch: ["nl", "en"], english: ["nl", "en"]) ?? .dutch
        case .names:
            meta.names = reader.choice(
                node, key: spelling, namePolicies, dutch: ["anoniem", "openbaar"], english: ["anonymous", "public"],
                meanwhile: LocalizedText(nl: "tot dan blijven de namen weg", en: "until then the names are left out")) ?? .anonymous
        case .isPublic:
            meta.isPublic = reader.choice(
                node, key: spelling, ValueReader.booleans, dutch: ["true", "false"], english: ["true", "false"],
                meanwhile: LocalizedText(nl: "tot dan is de sessie niet openbaar", en: "until then the session is not public")) ?? false
        case .labels:
            reader.warnIfCommaList(node, key: spelling)
            meta.labels = reader.texts(node, key: spelling)
        case .status:
            // A status that cannot be read is taken as a concept: never published until it says definitief.
            // (`status:` left empty, as when clearing the word `new` wrote, said nothing before.)
            if case .scalar(let scalar) = node, scalar.string.trimmingCharacters(in: .whitespaces).isEmpty {
                reader.diagnostics.append(Diagnostic(
                    .error, .keyMalformed, path: reader.document.path, at: reader.document.location(of: node),
                    LocalizedText(
                        nl: "“\(spelling)” is leeg; kies uit concept, definitief; \(Self.draftMeanwhile.dutch)",
                        en: "“\(spelling)” is empty; choose from draft, final; \(Self.draftMeanwhile.english)")))
                meta.status = .draft
                return
            }
            meta.status = reader.choice(
                node, key: spelling, statuses, dutch: ["concept", "definitief"], english: ["draft", "final"],
                meanwhile: Self.draftMeanwhile) ?? .draft
        case .commissioner: meta.commissioner = reader.text(node, key: spelling)
        case .follows: meta.follows = reader.text(node, key: spelling)?.trimmed
        case .participants: meta.participants = participants(node, key: spelling, reader: &reader)
        }
    }

    /// What a session whose status cannot be read is taken for meanwhile (said for an unknown and an empty one).
    static let draftMeanwhile = LocalizedText(
        nl: "tot dan is de sessie een concept: niet gepubliceerd of meegeteld, en haar fouten zijn waarschuwingen",
        en: "until then the session is a draft: not published or counted, and its errors are warnings")

    private static func participants(_ node: Node, key: String, reader: inout ValueReader) -> [Participant] {
        // `deelnemers:` with nothing (or only comments) under it: none yet.
        if case .scalar(let scalar) = node, scalar.string.trimmingCharacters(in: .whitespaces).isEmpty { return [] }
        guard case .sequence(let sequence) = node else {
            reader.malformed(node, key: key, expected: LocalizedText(nl: "een lijst", en: "a list"))
            return []
        }
        var result: [Participant] = []
        for entry in sequence {
            if case .scalar = entry, let role = reader.text(entry, key: key) {
                result.append(Participant(role: role))
                continue
            }
            guard case .mapping(let mapping) = entry else {
                reader.malformed(entry, key: key, expected: LocalizedText(
                    nl: "een lijst van deelnemers met “rol”", en: "a list of participants with “role”"))
                continue
            }
            var participant = Participant(role: "")
            // (With the keys merged into it, `<<: *p`, as YAML means them.)
            for (keyNode, valueNode) in pairs(of: mapping) {
                let spelling = YAMLDocument.spelling(ofKey: keyNode)
                switch ParticipantKey(spelling: spelling) {
                case .role: participant.role = reader.text(valueNode, key: spelling) ?? ""
                case .organisation: participant.organisation = reader.text(valueNode, key: spelling)
                case .name: participant.name = reader.text(valueNode, key: spelling)
                case nil:
                    reader.diagnostics.append(Diagnostic(
                        .warning, .keyUnknown, path: reader.document.path, at: reader.document.location(of: keyNode),
                        LocalizedText(
                            nl: "onbekende sleutel “\(spelling)” bij een deelnemer wordt genegeerd",
                            en: "unknown participant key “\(spelling)” is ignored"),
                        suggestion: Names.nearest(to: spelling, in: ParticipantKey.allSpellings)))
                }
            }
            if participant.role.isEmpty {
                reader.diagnostics.append(Diagnostic(
                    .error, .participantRoleMissing, path: reader.document.path, at: reader.document.location(of: entry),
                    LocalizedText(nl: "deze deelnemer heeft geen “rol”", en: "this participant has no “role”")))
                continue
            }
            result.append(participant)
        }
        return result
    }
}
