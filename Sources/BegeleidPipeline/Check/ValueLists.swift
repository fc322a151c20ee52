import BegeleidModel
import BegeleidReader
import Foundation

/// The values' names a build or check knows besides the notes: the
/// vocabulary beside the templates (`waardenlijst.yaml`) and the project's
/// own `Input/waarden.yaml`, merged (the project's list wins), with the
/// findings about both.
struct ValueLists: Sendable {
    var vocabulary: Vocabulary
    /// The project's synonyms merged with the vocabulary's.
    var synonyms: ValueSynonyms
    /// Findings about `waarden.yaml` and the vocabulary, sorted.
    var diagnostics: [Diagnostic]
    /// Whether `waarden.yaml` was there and read.
    var readOwn: Bool

    /// `ownPath`: `waarden.yaml`, when the project has one.
    init(ownPath: String?, vocabulary: Vocabulary, language: Language, strict: Bool, policy: InputPolicy) {
        let own = ownPath.map { Checking.synonyms(at: $0, strict: strict, policy: policy) }
        self.vocabulary = vocabulary
        synonyms = vocabulary.vocabulary.merged(into: own?.synonyms ?? ValueSynonyms(), language: language)
        // A value of waarden.yaml that merges two values of the vocabulary gets a note there (waarden.yaml wins).
        let conflicts = ownPath.flatMap { path in own.map { own in
            vocabulary.conflicts(with: own.synonyms, path: path, text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
        } } ?? []
        diagnostics = ((own?.diagnostics ?? []) + (vocabulary.diagnostics + conflicts).strictened(strict)).sortedByPosition()
        readOwn = own != nil
    }
}
