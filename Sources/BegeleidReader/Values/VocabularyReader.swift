import BegeleidModel
import Yams

/// Reads the vocabulary of values (`Templates/waardenlijst.yaml`): a list of
/// entries `{nl, en, ook, altai}`. An entry without both names, a name given
/// to two entries, or an unknown ALTAI requirement is a located error.
public enum VocabularyReader {
    public struct Output: Sendable {
        public var vocabulary: ValueVocabulary
        public var diagnostics: [Diagnostic]
    }

    static let place = LocalizedText(nl: "de woordenlijst van waarden", en: "the vocabulary of values")

    public static func read(text: String, path: String) -> Output {
        let notList = LocalizedText(
            nl: "de woordenlijst bestaat uit items `- nl: …` met `en:`, en eventueel `ook:` en `altai:`",
            en: "the vocabulary consists of items `- nl: …` with `en:`, and optionally `ook:` (also) and `altai:`")
        let (document, root): (YAMLDocument, Node)
        switch YAMLFile.root(Array(text.utf8), path: path, place: place) {
        case .success(let read): (document, root) = read
        case .failure(let diagnostic): return Output(vocabulary: ValueVocabulary(), diagnostics: [diagnostic])
        }
        var reader = ValueReader(document: document)
        guard case .sequence(let items) = root else {
            return Output(vocabulary: ValueVocabulary(), diagnostics: [Diagnostic(
                .error, .vocabularyNotList, path: path, at: document.location(of: root), notList)])
        }
        var entries: [ValueVocabulary.Entry] = []
        var owner: [String: (name: String, line: Int)] = [:]
        for item in items {
            guard case .mapping(let mapping) = item else {
                reader.diagnostics.append(Diagnostic(.error, .vocabularyNotList, path: path, at: document.location(of: item), notList))
                continue
            }
            var fields: [String: Node] = [:]
            for (key, value) in mapping { fields[Names.key(YAMLDocument.spelling(ofKey: key))] = value }
            let dutch = fields["nl"].flatMap { reader.text($0, key: "nl") } ?? ""
            let english = fields["en"].flatMap { reader.text($0, key: "en") } ?? ""
            let at = document.location(of: item)
            guard !dutch.isEmpty, !english.isEmpty else {
                reader.diagnostics.append(Diagnostic(.error, .vocabularyEntryIncomplete, path: path, at: at, LocalizedText(
                    nl: "elk item van de woordenlijst heeft een Nederlandse (`nl:`) en een Engelse naam (`en:`)",
                    en: "every item of the vocabulary has a Dutch (`nl:`) and an English name (`en:`)")))
                continue
            }
            let others = fields["ook"].map { reader.items($0, key: "ook").compactMap { reader.text($0, key: "ook") } } ?? []
            var altai: [AltaiRequirement] = []
            for node in fields["altai"].map({ reader.items($0, key: "altai") }) ?? [] {
                guard let written = reader.text(node, key: "altai") else { continue }
                guard let requirement = AltaiRequirement(rawValue: Names.key(written)) else {
                    reader.diagnostics.append(Diagnostic(.error, .vocabularyAltaiUnknown, path: path, at: document.location(of: node),
                        LocalizedText(nl: "onbekende ALTAI-eis “\(written)”", en: "unknown ALTAI requirement “\(written)”"),
                        suggestion: Names.nearest(to: written, in: AltaiRequirement.allCases.map(\.rawValue))))
                    continue
                }
                altai.append(requirement)
            }
            var entry = ValueVocabulary.Entry(dutch: dutch, english: english, others: [], altai: altai)
            var duplicate = false
            for name in [dutch, english] + others {
                if let first = owner[Names.key(name)], first.name != dutch {
                    duplicate = true
                    reader.diagnostics.append(Diagnostic(.error, .vocabularyTwice, path: path, at: at, LocalizedText(
                        nl: "“\(name)” staat al bij “\(first.name)” (regel \(first.line)); een naam hoort bij één waarde",
                        en: "“\(name)” is already listed under “\(first.name)” (line \(first.line)); a name belongs to one value")))
                } else if owner[Names.key(name)] == nil, others.contains(name) {
                    entry.others.append(name)
                }
            }
            guard !duplicate else { continue }
            for name in entry.names { owner[Names.key(name)] = (dutch, at.line) }
            entries.append(entry)
        }
        return Output(vocabulary: ValueVocabulary(entries: entries), diagnostics: reader.diagnostics)
    }
}
