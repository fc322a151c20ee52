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
        let vocabulary = values.map { ($0.vocabulary, $0.synonyms) }
        let sessions = Checking.withFolders(
            Checking.run(files: inputs.sessions, strict: strict, policy: policy, cache: nil,
                         vocabulary: vocabulary, keepSessions: !inputs.profiles.isEmpty),
            files: inputs.sessions, strict: strict, policy: policy, vocabulary: vocabulary, keepSessions: !inputs.profiles.isEmpty)
        // Profiles are weighed against the offer beside them, named or not.
        let input = inputs.profiles.first.map(InputFiles.inputFolder(ofProfile:))
        let offerPath = inputs.offer ?? input.map { Layout.join($0, Layout.offer) }
        // The sessions a profile may cite: those checked, or else those of its input folder (as `voorstel` takes
        // them), so that a profile checked on its own is not passed where `voorstel` refuses it.
        var citable: [Session]? = inputs.sessions.isEmpty ? nil : sessions.valid
        if citable == nil, let input, FileManager.default.fileExists(atPath: Layout.join(input, Layout.sessions)) {
            citable = Checking.validSessions(in: input, policy: policy)
        }
        // Profiles without their offer cannot become proposals: that is reported too.
        let proposals = Proposing.check(
            profiles: inputs.profiles, offerPath: offerPath, reportOffer: inputs.offer != nil || !inputs.profiles.isEmpty,
            strict: strict, policy: policy, sessions: citable)
        let synonyms = inputs.synonyms == nil ? [] : values?.diagnostics ?? []
        return Checked(
            diagnostics: SourceRanges.complete(sessions.diagnostics + proposals.diagnostics + synonyms).sortedByPosition(),
            fileCount: sessions.fileCount + proposals.fileCount + (inputs.synonyms == nil ? 0 : 1),
            failedCount: sessions.failedCount + proposals.failedCount + (synonyms.errorCount > 0 ? 1 : 0))
    }
}
