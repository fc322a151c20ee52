import BegeleidModel

extension SessionReader {
    /// A participant of an earlier session of a series (`vervolg_op`), with that session's slug.
    public struct EarlierParticipant: Sendable, Hashable {
        public var participant: Participant
        public var session: String

        public init(_ participant: Participant, of session: String) {
            self.participant = participant
            self.session = session
        }
    }

    /// What the series needs of a session's front matter to know whose names its follow-ups may not hold.
    public struct SeriesFacts: Sendable, Equatable {
        /// The participants with a name (a name under a key that looks like one too, as its own check looks for it).
        public var participants: [Participant] = []
        /// The session it follows (`vervolg_op`).
        public var follows: String?
        /// `namen: openbaar`: its participants agreed to be named.
        public var namesArePublic = false
    }

    /// The `SeriesFacts` of the notes at `path`, read from the front matter alone (a build's kept outline holds no
    /// participant), and read as far as they can be when the notes have errors: a control character, a NUL or a byte
    /// that is not UTF-8 is read as a space, and front matter that YAML cannot read is read line by line
    /// (`factsLineByLine`). A blind tester pasted one control character into an earlier session, and the next build
    /// published its participant's name in the follow-up. Consent counts only in front matter without errors: a
    /// `namen` given twice, or in YAML that cannot be read, is no consent (a retest). Nil only when the file cannot be
    /// read at all (too large, not a file: InputFile).
    public static func seriesFacts(path: String, policy: InputPolicy) -> SeriesFacts? {
        guard case .success(let bytes) = InputFile.bytes(at: path, policy: policy) else { return nil }
        let text: SourceText
        switch SourceText.decode(bytes, path: path) {
        case .success(let decoded): text = decoded
        case .failure:
            var spaced = String.UnicodeScalarView()
            spaced.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars.map { SourceText.isControl($0) ? " " : $0 })
            guard case .success(let decoded) = SourceText.decode(Array(String(spaced).utf8), path: path) else { return nil }
            text = decoded
        }
        let source = CommentMask.apply(text).source
        guard case .success(let parts) = FrontMatterSplitter.split(source, path: path) else {
            return factsLineByLine(source.lines[...])
        }
        guard case .success(let document) = YAMLDocument.compose(parts.yaml, path: path, firstLine: parts.yamlFirstLine) else {
            return factsLineByLine(source.lines[max(0, parts.yamlFirstLine - 1)..<min(source.lines.count, parts.bodyLineOffset)])
        }
        let result = FrontMatterReader.read(document, frontMatterLine: parts.yamlFirstLine - 1, lastLine: parts.bodyLineOffset)
        let plain = result.plainParticipants.map { Participant(role: Self.unknownRole, name: $0) }
        return SeriesFacts(participants: (result.meta.participants + result.possibleNames + plain).filter { $0.name != nil },
                           follows: result.meta.follows,
                           namesArePublic: result.meta.names == .public && !result.diagnostics.contains { $0.severity == .error })
    }

    /// The role a participant is named by when its notes give none that can be read.
    static let unknownRole = "deelnemer"

    /// The facts of front matter YAML cannot read, from its lines, failing closed: each `key: value` of a line (also in
    /// `{…}`, after `- `; a comment after ` #` left out, a block scalar's (`>-`, `|`) lines joined). The session followed
    /// under `vervolg_op`/`follows`; a participant's name from the keys that may hold one (`naam`, `voornaam` +
    /// `achternaam`, …), joined per entry of a list, with its `rol`; a participant written as plain text under
    /// `deelnemers`. Never consent.
    static func factsLineByLine(_ lines: ArraySlice<String>) -> SeriesFacts {
        var facts = SeriesFacts()
        var role: String?, parts: [String] = [], inParticipants = false
        func endEntry() {
            let name = parts.joined(separator: " ").trimmed
            if !name.isEmpty { facts.participants.append(Participant(role: role ?? unknownRole, name: name)) }
            (role, parts) = (nil, [])
        }
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            index += 1
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            let item = line.dropFirst(indent)
            if item.hasPrefix("-") { endEntry() }
            if indent == 0 && !item.hasPrefix("-") { endEntry(); inParticipants = false }
            for piece in Self.withoutComment(line).split(whereSeparator: { $0 == "," || $0 == "{" || $0 == "}" }) {
                let pair = piece.drop { $0 == " " || $0 == "-" || $0 == "\t" }
                guard let colon = pair.firstIndex(of: ":") else {
                    // `- Jan Jansen` under `deelnemers`.
                    let plain = pair.trimmed.trimmingQuotes
                    if inParticipants, item.hasPrefix("-"), !plain.isEmpty { parts.append(plain) }
                    continue
                }
                let spelling = pair[..<colon].trimmed
                // (`naam: [Marieke Hoekstra]`: a list's brackets are no part of the name.)
                var value = pair[pair.index(after: colon)...].trimmed.trimmingQuotes.trimming { $0 == "[" || $0 == "]" }.trimmingQuotes
                if let marker = value.first, marker == ">" || marker == "|" {
                    // A block scalar: the lines indented more than its key's, joined.
                    var block: [String] = []
                    while index < lines.endIndex, lines[index].trimmed.isEmpty || lines[index].prefix(while: { $0 == " " || $0 == "\t" }).count > indent + (item.hasPrefix("-") ? 2 : 0) {
                        block.append(Self.withoutComment(lines[index]).trimmed)
                        index += 1
                    }
                    value = block.joined(separator: " ").trimmed
                }
                let key = Names.key(spelling)
                switch key {
                case "deelnemers", "participants": inParticipants = true
                case "vervolg_op", "follows": if !value.isEmpty { facts.follows = value }
                case "rol", "role": role = value
                default:
                    if !value.isEmpty, key == "naam" || key == "name" || FrontMatterReader.isNameLike(spelling) { parts.append(value) }
                }
            }
        }
        endEntry()
        return facts
    }

    /// `line` without a YAML comment (` #` to its end; not inside quotes, which notes rarely hold around a `#`).
    private static func withoutComment(_ line: String) -> String {
        guard let range = line.range(of: " #") ?? (line.hasPrefix("#") ? line.range(of: "#") : nil) else { return line }
        return String(line[..<range.lowerBound])
    }
}

private extension String {
    /// Without one pair of `"` or `'` around it.
    var trimmingQuotes: String {
        guard count >= 2, let first, first == "\"" || first == "'", last == first else { return self }
        return String(dropFirst().dropLast())
    }
}
