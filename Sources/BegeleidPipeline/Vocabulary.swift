import BegeleidModel
import BegeleidReader
import BegeleidRender

/// The vocabulary of values beside the templates, merged with
/// `Input/waarden.yaml`, and the notes it gives: a value written nearly as a
/// vocabulary name, in another spelling, so that it does not count as one.
public struct Vocabulary: Sendable {
    public var vocabulary: ValueVocabulary
    /// The findings about the vocabulary file itself.
    public var diagnostics: [Diagnostic]

    public init(templates: TemplateSet) {
        let read = VocabularyReader.read(text: templates.vocabularySource.text, path: templates.vocabularySource.path)
        vocabulary = read.vocabulary
        diagnostics = read.diagnostics.sortedByPosition()
    }

    /// The built-in vocabulary (what `check` uses).
    public static var builtIn: Vocabulary? {
        (try? TemplateSet.load(directory: nil)).map(Vocabulary.init)
    }

    /// Notes for the values of `sessions` that no name of `known` (the merged
    /// synonyms) matches but a vocabulary name nearly does. Each distinct
    /// spelling is compared once.
    func notes(_ sessions: [Session], known: ValueSynonyms) -> [Diagnostic] {
        var nearest: [String: String?] = [:]
        let names = vocabulary.allNames
        var notes: [Diagnostic] = []
        for session in sessions {
            for value in session.values where value.isListed && known.canonical[Names.key(value.name)] == nil {
                let key = Names.key(value.name)
                if nearest[key] == nil { nearest[key] = .some(Names.nearest(to: value.name, in: names)) }
                guard let suggestion = nearest[key] ?? nil else { continue }
                notes.append(Diagnostic(
                    .note, "value-near-vocabulary", path: session.path, at: value.location,
                    LocalizedText(
                        nl: "“\(value.name)” lijkt op een naam uit de woordenlijst van waarden, maar telt zo gespeld niet samen met andere sessies",
                        en: "“\(value.name)” is close to a name in the vocabulary of values, but spelt this way it does not count together with other sessions"),
                    suggestion: suggestion))
            }
        }
        return notes
    }
}
