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
    let components: [String]

    init(_ name: String) {
        inTopOnly = name.first == "."
        components = name.split(separator: ".").map(String.init)
    }
}

/// One token of a template, as swift-mustache's parser cuts them (text is kept a line per token,
/// since a partial's indentation goes in between tokens).
indirect enum Node: Sendable {
    case text([UInt8])
    case variable(Path, escaped: Bool)
    case section(Path, [Node])
    case invertedSection(Path, [Node])
    /// A partial; `indentation` only when it stands alone on its line.
    case partial(String, indentation: [UInt8]?)
    case contentType(ContentType)
}
