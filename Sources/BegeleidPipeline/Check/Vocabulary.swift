import BegeleidModel
import BegeleidReader
import BegeleidRender
import Foundation

/// The vocabulary of values beside the templates, merged with
/// `Input/waarden.yaml`, and the notes it gives: a value written nearly as a
/// vocabulary name, in another spelling, so that it does not count as one.
public struct Vocabulary: Sendable {
    public var vocabulary: ValueVocabulary
    /// The findings about the vocabulary file itself.
    public var diagnostics: [Diagnostic]

    /// The vocabulary of `templates`, read from its YAML once for as long as that text stays the same: the live
    /// preview builds again on every save with the same templates, and reading the YAML was 2–7 ms of each rebuild.
    public init(templates: TemplateSet) {
        self = Self.last.vocabulary(for: templates.vocabularySource)
    }

    /// The vocabulary of `templates` as `init(templates:)` has it, where a build in another process kept it in the
    /// output folder `output` (VocabularyFile) when it was read from this same text; `keep`: the bytes to keep there
    /// for the next build, when it was read from its YAML now (and gave no finding).
    static func kept(templates: TemplateSet, in output: String?) -> (vocabulary: Vocabulary, keep: Data?) {
        last.vocabulary(for: templates.vocabularySource, keptIn: output)
    }

    private init(read source: (text: String, path: String)) {
        let read = VocabularyReader.read(text: source.text, path: source.path)
        vocabulary = read.vocabulary
        diagnostics = read.diagnostics.sortedByPosition()
    }

    private init(vocabulary: ValueVocabulary, diagnostics: [Diagnostic]) {
        self.vocabulary = vocabulary
        self.diagnostics = diagnostics
    }

    private static let last = Last()

    /// The vocabulary read last, with the text and path it was read from.
    private final class Last: @unchecked Sendable {
        private let lock = NSLock()
        private var read: (text: String, path: String, vocabulary: Vocabulary)?

        func vocabulary(for source: (text: String, path: String)) -> Vocabulary {
            vocabulary(for: source, keptIn: nil).vocabulary
        }

        func vocabulary(for source: (text: String, path: String), keptIn output: String?) -> (vocabulary: Vocabulary, keep: Data?) {
            lock.lock()
            defer { lock.unlock() }
            if let read, read.path == source.path, read.text == source.text { return (read.vocabulary, nil) }
            if let output, let kept = VocabularyFile.read(in: output, source: source) {
                let vocabulary = Vocabulary(vocabulary: kept, diagnostics: [])
                read = (source.text, source.path, vocabulary)
                return (vocabulary, nil)
            }
            let vocabulary = Vocabulary(read: source)
            read = (source.text, source.path, vocabulary)
            let keep = output != nil && vocabulary.diagnostics.isEmpty ? VocabularyFile.encode(vocabulary.vocabulary, source: source) : nil
            return (vocabulary, keep)
        }
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
                if nearest[key] == nil { nearest[key] = .some(names.first { Names.isNearSpelling(value.name, $0) }) }
                guard let suggestion = nearest[key] ?? nil else { continue }
                notes.append(Diagnostic(
                    .note, .valueNearVocabulary, path: session.path, at: value.location,
                    LocalizedText(
                        nl: "“\(value.name)” lijkt op een naam uit de woordenlijst van waarden, maar telt zo gespeld niet samen met andere sessies",
                        en: "“\(value.name)” is close to a name in the vocabulary of values, but spelt this way it does not count together with other sessions"),
                    suggestion: suggestion))
            }
        }
        return notes
    }

    /// A value of `Input/waarden.yaml` whose names fall under two entries of
    /// the vocabulary merges two values of the vocabulary. The list of values
    /// wins (it may mean to), so this is a note on the line of that value in
    /// `waarden.yaml` (whose `text` is given to find it), never an error.
    public func conflicts(with own: ValueSynonyms, path: String, text: String) -> [Diagnostic] {
        var claimed: [String: [ValueVocabulary.Entry]] = [:]
        var order: [String] = []
        for entry in vocabulary.entries {
            guard let canonical = entry.names.lazy.compactMap({ own.canonical[Names.key($0)] }).first else { continue }
            if claimed[canonical] == nil { order.append(canonical) }
            claimed[canonical, default: []].append(entry)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return order.compactMap { canonical -> Diagnostic? in
            guard let entries = claimed[canonical], entries.count > 1 else { return nil }
            let line = lines.firstIndex { Names.key(String($0.split(separator: ":").first ?? "")) == Names.key(canonical) }.map { $0 + 1 } ?? 1
            let names = entries.map { "“\($0.dutch)”" }.joined(separator: ", ")
            return Diagnostic(.note, .vocabularyValueTwice, path: path, at: SourceLocation(line: line, column: 1), LocalizedText(
                nl: "“\(canonical)” voegt \(entries.count) waarden van de woordenlijst samen (\(names)); in het overzicht tellen ze als één",
                en: "“\(canonical)” brings \(entries.count) values of the vocabulary together (\(names)); the overview counts them as one"))
        }
    }
}
