import BegeleidModel
import BegeleidReader
import Foundation

extension Pipeline {
    /// `check`: what the notes, profiles, the offer and `waarden.yaml` say, nothing written.
    public struct Checked: Sendable {
        public var diagnostics: [Diagnostic]
        public var fileCount: Int
        public var failedCount: Int
    }

    /// Checks `inputs` (sorted by InputFiles.classify) under `policy`.
    public static func check(_ inputs: InputFiles, strict: Bool, policy: InputPolicy) -> Checked {
        // Near spellings of the vocabulary of values get a note (never an error, also with --strict).
        let values = Vocabulary.builtIn.map {
            ValueLists(ownPath: inputs.synonyms, vocabulary: $0, language: .dutch, strict: strict, policy: policy)
        }
        // The sessions themselves are wanted only to weigh profiles against (ten thousand would be 300 MB).
        let sessions = Checking.run(files: inputs.sessions, strict: strict, policy: policy, cache: nil,
                                    vocabulary: values.map { ($0.vocabulary, $0.synonyms) }, keepSessions: !inputs.profiles.isEmpty)
        // Profiles are weighed against the offer beside them, named or not.
        let offerPath = inputs.offer ?? inputs.profiles.first.map {
            ((($0 as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent as NSString)
                .appendingPathComponent(Layout.offer)
        }
        // Profiles without their offer cannot become proposals: that is reported too.
        let proposals = Proposing.check(
            profiles: inputs.profiles, offerPath: offerPath, reportOffer: inputs.offer != nil || !inputs.profiles.isEmpty,
            strict: strict, policy: policy, sessions: inputs.sessions.isEmpty ? nil : sessions.valid)
        let synonyms = inputs.synonyms == nil ? [] : values?.diagnostics ?? []
        return Checked(
            diagnostics: SourceRanges.complete(sessions.diagnostics + proposals.diagnostics + synonyms).sortedByPosition(),
            fileCount: sessions.fileCount + proposals.fileCount + (inputs.synonyms == nil ? 0 : 1),
            failedCount: sessions.failedCount + proposals.failedCount + (synonyms.errorCount > 0 ? 1 : 0))
    }
}
