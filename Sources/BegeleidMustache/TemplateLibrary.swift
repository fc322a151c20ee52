/// Templates by name, so `{{> name}}` finds its partial; renders one of them over a value.
///
///     var library = TemplateLibrary()
///     library.register(try Template("<h1>{{title}}</h1>"), named: "kop")
///     library.render(["title": "A & B"], withTemplate: "kop")   // "<h1>A &amp; B</h1>"
public struct TemplateLibrary: Sendable {
    private var templates: [String: Template] = [:]

    public init() {}

    public mutating func register(_ template: Template, named name: String) {
        templates[name] = template
    }

    public func template(named name: String) -> Template? {
        templates[name]
    }

    /// The template `name` rendered over `value` (nil: no such template). A partial that is not
    /// there renders as nothing, as in swift-mustache. Rendering stops after `tokenBudget` tokens
    /// (sections nested over lists multiply; a report takes some thousands, the index of 10,000
    /// sessions some hundred thousands).
    public func render(_ value: MustacheValue, withTemplate name: String, tokenBudget: Int = 10_000_000) -> String? {
        renderBytes(value, withTemplate: name, tokenBudget: tokenBudget).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The same, as the UTF-8 bytes rendered (a page written to a file needs no String between).
    /// `expectedSize`: room made up front (a page of megabytes would otherwise grow by doubling).
    public func renderBytes(
        _ value: MustacheValue, withTemplate name: String, tokenBudget: Int = 10_000_000, expectedSize: Int = 0
    ) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var run = RenderRun(library: self, root: value, budget: tokenBudget)
        run.reserve(expectedSize)
        run.render(template.nodes, type: .html, indentation: nil)
        return run.output
    }
}
