/// A parsed Mustache template: parsed once when the templates are loaded,
/// rendered many times over a `MustacheValue` by `TemplateLibrary`.
public struct Template: Sendable {
    let nodes: [Node]

    /// Parses `text`; a construct this renderer does not support is an error, never a silent wrong output.
    public init(_ text: String) throws(TemplateError) {
        var parser = TemplateParser(text)
        nodes = try parser.parseTemplate()
    }
}

/// How `{{x}}` escapes a value: chosen with `{{% CONTENT_TYPE: … }}`, HTML by default and in every partial.
enum ContentType: Sendable {
    case html, text, markdown

    init?(name: String) {
        switch name {
        case "HTML": self = .html
        case "TEXT": self = .text
        case "MARKDOWN": self = .markdown
        default: return nil
        }
    }
}

/// A name as written in a tag: `a.b.c` (looked up through the context stack) or `.a.b` (in the top only).
/// No components (`{{.}}`, `{{}}`) means the top of the stack itself.
struct Path: Sendable {
    let inTopOnly: Bool
    let components: [MustacheKey]

    init(_ name: String) {
        inTopOnly = name.first == "."
        components = name.split(separator: ".").map { MustacheKey(String($0)) }
    }
}

/// One token of a template, as swift-mustache's parser cuts them (text is kept a line per token,
/// since a partial's indentation goes in between tokens). A class, not an indirect enum (an enum
/// keeps its case in the spare bits of a pointer, which LeakSanitizer then no longer sees as one)
/// nor a struct (rendering walks the tokens again and again: a struct of five references was five
/// retains and releases per token visited, a fifth of all rendering).
final class Node: Sendable {
    enum Kind: Sendable {
        case text, variable, section, invertedSection, partial, contentType
    }

    let kind: Kind
    /// The text; for a partial alone on its line, its indentation.
    let bytes: [UInt8]
    let path: Path
    let escaped: Bool
    let children: [Node]
    /// A partial's name.
    let name: String
    /// A partial that stands alone on its line carries its indentation in `bytes`.
    let indented: Bool
    let contentType: ContentType

    private init(kind: Kind, bytes: [UInt8] = [], path: Path = Path(""), escaped: Bool = true, children: [Node] = [],
                 name: String = "", indented: Bool = false, contentType: ContentType = .html) {
        self.kind = kind
        self.bytes = bytes
        self.path = path
        self.escaped = escaped
        self.children = children
        self.name = name
        self.indented = indented
        self.contentType = contentType
    }

    static func text(_ bytes: [UInt8]) -> Node { Node(kind: .text, bytes: bytes) }
    static func variable(_ path: Path, escaped: Bool) -> Node { Node(kind: .variable, path: path, escaped: escaped) }
    static func section(_ path: Path, _ children: [Node]) -> Node { Node(kind: .section, path: path, children: children) }
    static func invertedSection(_ path: Path, _ children: [Node]) -> Node { Node(kind: .invertedSection, path: path, children: children) }
    static func partial(_ name: String, indentation: [UInt8]?) -> Node {
        Node(kind: .partial, bytes: indentation ?? [], name: name, indented: indentation != nil)
    }
    static func contentType(_ type: ContentType) -> Node { Node(kind: .contentType, contentType: type) }
}
