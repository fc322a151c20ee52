@testable import BegeleidMustache
import Foundation
import Mustache

/// swift-mustache, the renderer before BegeleidMustache, as the oracle of the differential tests:
/// the same template texts registered in both, a `MustacheValue` handed to it in the form it took
/// (`[String: Any]`, arrays, strings, whole numbers, yes/no).
struct MustacheOracle {
    /// What the Markdown content type was (`MarkdownContentType`), kept as it was: character by character.
    struct MarkdownEscaping: MustacheContentType {
        private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "!", "{", "}"]

        func escapeText(_ text: String) -> String {
            var result = ""
            result.reserveCapacity(text.utf8.count)
            for character in text {
                if character.isNewline {
                    result.append(" ")
                    continue
                }
                if Self.special.contains(character) { result.append("\\") }
                result.append(character)
            }
            return result
        }
    }

    /// An object whose description lists its keys sorted (a dictionary's follows hash order, which
    /// differs per run): for generated contexts that print an object with `{{.}}`.
    struct SortedObject: MustacheParent, CustomStringConvertible {
        let members: [String: Any]
        func child(named name: String) -> Any? { members[name] }
        var description: String {
            guard !members.isEmpty else { return "[:]" }
            return "[" + members.keys.sorted().map { "\($0.debugDescription): \(String(reflecting: members[$0]!))" }
                .joined(separator: ", ") + "]"
        }
    }

    private static let registered: Bool = {
        MustacheContentTypes.register(MarkdownEscaping(), named: "MARKDOWN")
        return true
    }()

    var library = MustacheLibrary()

    init() {
        _ = Self.registered
    }

    /// Registers `text` as `name`; false when swift-mustache refuses it.
    mutating func register(_ text: String, named name: String) -> Bool {
        do {
            try library.register(text, named: name)
            return true
        } catch {
            return false
        }
    }

    func render(_ value: MustacheValue, withTemplate name: String, sortedObjects: Bool = false) -> String? {
        library.render(Self.any(value, sortedObjects: sortedObjects), withTemplate: name)
    }

    /// The value as the context builders used to make it.
    static func any(_ value: MustacheValue, sortedObjects: Bool = false) -> Any {
        switch value {
        case .string(let string): return string
        case .bool(let bool): return bool
        case .int(let int): return int
        case .list(let items): return items.map { any($0, sortedObjects: sortedObjects) }
        case .object(let members):
            let converted = members.dictionary.mapValues { any($0, sortedObjects: sortedObjects) }
            return sortedObjects ? SortedObject(members: converted) as Any : converted as Any
        }
    }
}
