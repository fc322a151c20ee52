import BegeleidModel
import Yams

/// Reads `Input/waarden.yaml`: each key a value's name as it should appear in
/// the overview, its value a list of other names that mean the same
/// (`Privacy: [persoonlijke levenssfeer, levenssfeer]`). A name listed under
/// two values, or a synonym that is itself a value with synonyms, is an error.
public enum SynonymsReader {
    public struct Output: Sendable {
        public var synonyms: ValueSynonyms
        public var diagnostics: [Diagnostic]
    }

    static let place = LocalizedText(nl: "de waardenlijst", en: "the list of values")

    public static func read(path: String, policy: InputPolicy = .standard) -> Output {
        switch InputFile.bytes(at: path, policy: policy) {
        case .success(let bytes): return read(bytes: bytes, path: path)
        case .failure(let diagnostic): return Output(synonyms: ValueSynonyms(), diagnostics: [diagnostic])
        }
    }

    public static func read(bytes: [UInt8], path: String) -> Output {
        let notMapping = LocalizedText(
            nl: "de waardenlijst bestaat uit regels `Waarde: [synoniem, synoniem]`",
            en: "the list of values consists of lines `Value: [synonym, synonym]`")
        let (document, root): (YAMLDocument, Node)
        switch YAMLFile.rootMapping(bytes, path: path, place: place, notMapping: (code: .synonymsNotMapping, message: notMapping)) {
        case .success(let read): (document, root) = read
        case .failure(let diagnostic): return Output(synonyms: ValueSynonyms(), diagnostics: [diagnostic])
        }
        var reader = ValueReader(document: document)
        var synonyms = ValueSynonyms()
        var owner: [String: (name: String, line: Int)] = [:]
        guard case .mapping(let mapping) = root else { return Output(synonyms: synonyms, diagnostics: []) }
        let canonicalKeys = Set(mapping.keys.compactMap { $0.string.map(Names.key) })
        for (keyNode, valueNode) in mapping {
            guard let name = reader.text(keyNode, key: "waarde") else { continue }
            for synonymNode in reader.items(valueNode, key: name) {
                guard let synonym = reader.text(synonymNode, key: name) else { continue }
                let key = Names.key(synonym)
                let at = document.location(of: synonymNode)
                if let first = owner[key], Names.key(first.name) != Names.key(name) {
                    reader.diagnostics.append(Diagnostic(
                        .error, .synonymTwice, path: path, at: at,
                        LocalizedText(
                            nl: "“\(synonym)” staat al bij “\(first.name)” (regel \(first.line)); een naam hoort bij één waarde",
                            en: "“\(synonym)” is already listed under “\(first.name)” (line \(first.line)); a name belongs to one value")))
                    continue
                }
                if canonicalKeys.contains(key), key != Names.key(name) {
                    reader.diagnostics.append(Diagnostic(
                        .error, .synonymIsValue, path: path, at: at,
                        LocalizedText(
                            nl: "“\(synonym)” is zelf een waarde in deze lijst; voeg de synoniemen samen onder één naam",
                            en: "“\(synonym)” is itself a value in this list; merge the synonyms under one name")))
                    continue
                }
                owner[key] = (name, at.line)
                synonyms.add(synonym, to: name)
            }
            synonyms.add(name, to: name)
        }
        return Output(synonyms: synonyms, diagnostics: reader.diagnostics)
    }
}
