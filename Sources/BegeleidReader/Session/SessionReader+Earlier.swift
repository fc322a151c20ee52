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

    /// What a follow-up needs of the front matter of a session it follows: its participants with a name (a name under a
    /// key that looks like one too, as its own check looks for it) and the session it follows in turn. Only the front
    /// matter is read: a build's kept outline holds no participant. Nil when it cannot be read.
    public static func namedParticipants(path: String, policy: InputPolicy) -> (participants: [Participant], follows: String?)? {
        guard case .success(let bytes) = InputFile.bytes(at: path, policy: policy),
              case .success(let text) = SourceText.decode(bytes, path: path),
              case .success(let parts) = FrontMatterSplitter.split(CommentMask.apply(text).0, path: path),
              case .success(let document) = YAMLDocument.compose(parts.yaml, path: path, firstLine: parts.yamlFirstLine) else { return nil }
        let result = FrontMatterReader.read(document, frontMatterLine: parts.yamlFirstLine - 1, lastLine: parts.bodyLineOffset)
        return ((result.meta.participants + result.possibleNames).filter { $0.name != nil }, result.meta.follows)
    }
}
