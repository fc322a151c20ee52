import Foundation

/// Templates by name, so `{{> name}}` finds its partial; renders one of them over a value.
///
///     var library = TemplateLibrary()
///     library.register(try Template("<h1>{{title}}</h1>"), named: "kop")
///     library.render(["title": "A & B"], withTemplate: "kop")   // "<h1>A &amp; B</h1>"
public struct TemplateLibrary: Sendable {
    private var templates: [String: Slot] = [:]

    /// A template parsed, or to be parsed when first used. (Not an enum: its case would be kept in the spare bits
    /// of the reference, which LeakSanitizer then does not see, and reports what it holds as leaked.)
    private struct Slot: Sendable {
        var parsed: Template?
        var deferred: Deferred?
    }

    public init() {}

    public mutating func register(_ template: Template, named name: String) {
        templates[name] = Slot(parsed: template)
    }

    /// `text`, parsed when it is first rendered (a template that does not parse then renders as nothing): for texts
    /// known to parse, the templates shipped in the binary (each parsed in the tests), so that a build parses only
    /// the templates it renders (issue 18: parsing them all was a tenth of a one-file rebuild's CPU).
    public mutating func register(parsingWhenFirstUsed text: String, named name: String) {
        templates[name] = Slot(deferred: Deferred(text))
    }

    /// The templates registered to be parsed when first used, by name, sorted.
    public var deferredNames: [String] {
        templates.compactMap { name, slot in slot.deferred == nil ? nil : name }.sorted()
    }

    public func template(named name: String) -> Template? {
        guard let slot = templates[name] else { return nil }
        return slot.parsed ?? slot.deferred?.template
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
        guard let template = template(named: name) else { return nil }
        var run = RenderRun(library: self, root: value, budget: tokenBudget)
        run.reserve(expectedSize)
        run.render(template.nodes, type: .html, indentation: nil)
        return run.output
    }
}

/// A template's text and, once asked for, what it parses to (parsed once, whichever thread asks first).
private final class Deferred: @unchecked Sendable {
    private let lock = NSLock()
    private let text: String
    private var parsed: Template??

    init(_ text: String) { self.text = text }

    var template: Template? {
        lock.lock()
        defer { lock.unlock() }
        if let parsed { return parsed }
        let template = try? Template(text)
        parsed = .some(template)
        return template
    }
}
