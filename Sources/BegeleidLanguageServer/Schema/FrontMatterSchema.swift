import BegeleidReader
import Foundation

/// A JSON Schema (draft-07) of the front matter, made from the reader's own
/// keys and choices (`FrontMatterVocabulary`), for the YAML language server or
/// any tool that validates YAML: `begeleid lsp --front-matter-schema`.
public enum FrontMatterSchema {
    public static var json: Data {
        var properties: [String: JSON] = [:]
        for key in FrontMatterVocabulary.keys {
            for spelling in FrontMatterVocabulary.spellings(of: key) { properties[spelling] = property(key) }
        }
        let schema = JSON.object([
            "$schema": .string("http://json-schema.org/draft-07/schema#"),
            "title": .string("begeleid: front matter of session notes (docs/FORMAT.md, version 2)"),
            "type": .string("object"),
            "properties": .object(properties),
            "additionalProperties": .bool(false),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return ((try? encoder.encode(schema)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }

    private static func property(_ key: String) -> JSON {
        let text = JSON.object(["type": .string("string")])
        let texts = JSON.object(["type": .string("array"), "items": text])
        if let choices = FrontMatterVocabulary.choices(forKey: key) {
            return key == "openbaar" ? .object(["type": .string("boolean")]) : .object(["enum": .array(choices.map(JSON.string))])
        }
        switch key {
        case "datum": return .object(["type": .string("string"), "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")])
        case "organisatie": return .object(["anyOf": .array([text, texts])])
        case "labels": return texts
        case "deelnemers":
            let participant = JSON.object([
                "type": .string("object"),
                "properties": .object(Dictionary(FrontMatterVocabulary.participantSpellings.map { ($0, text) },
                                                    uniquingKeysWith: { first, _ in first })),
                "additionalProperties": .bool(false),
            ])
            return .object(["type": .string("array"), "items": participant])
        default: return text
        }
    }
}
