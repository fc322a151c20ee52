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
    /// that is not UTF-8 is read as a space, and front matter that YAML cannot read is read line by line (`naam:`,
    /// `vervolg_op:`, `namen:`). A blind tester pasted one control character into an earlier session, and the next
    /// build published its participant's name in the follow-up. Nil only when the file cannot be read at all (too
    /// large, not a file: InputFile).
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
        return SeriesFacts(participants: (result.meta.participants + result.possibleNames).filter { $0.name != nil },
                           follows: result.meta.follows, namesArePublic: result.meta.names == .public)
    }

    /// The facts of front matter YAML cannot read, from its lines: each `key: value` of a line (also in `{…}`, after
    /// `- `), a name under `naam`/`name`, the session followed under `vervolg_op`/`follows`, consent under `namen`/`names`.
    static func factsLineByLine(_ lines: ArraySlice<String>) -> SeriesFacts {
        var facts = SeriesFacts()
        for line in lines {
            for piece in line.split(whereSeparator: { $0 == "," || $0 == "{" || $0 == "}" }) {
                var pair = piece.drop { $0 == " " || $0 == "-" || $0 == "\t" }
                guard let colon = pair.firstIndex(of: ":") else { continue }
                let key = pair[..<colon].trimmed.lowercased()
                pair = pair[pair.index(after: colon)...]
                let value = pair.trimmed.trimmingQuotes
                guard !value.isEmpty else { continue }
                switch key {
                case "naam", "name": facts.participants.append(Participant(role: "deelnemer", name: value))
                case "vervolg_op", "follows": facts.follows = value
                case "namen", "names": facts.namesArePublic = ["openbaar", "public"].contains(value.lowercased())
                default: continue
                }
            }
        }
        return facts
    }
}

private extension String {
    /// Without one pair of `"` or `'` around it.
    var trimmingQuotes: String {
        guard count >= 2, let first, first == "\"" || first == "'", last == first else { return self }
        return String(dropFirst().dropLast())
    }
}
