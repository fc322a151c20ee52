import BegeleidMustache

extension FuzzOneInput {
    /// A template as a user's `--templates` folder could hold it: parsed (a refusal is a located
    /// `TemplateError`), then rendered over `values`, once as a template of its own and once in place
    /// of each built-in partial, so `{{> … }}` with its indentation and recursion comes into play.
    static func template(_ bytes: [UInt8]) -> Outcome {
        let text = String(decoding: bytes, as: UTF8.self)
        let template: Template
        do {
            template = try Template(text)
        } catch {
            return Outcome(kind: .template, diagnostics: 1, errors: 1, rendered: 0)
        }
        var library = TemplateLibrary()
        library.register(template, named: "fuzz")
        var rendered = 0
        for value in values {
            rendered += library.render(value, withTemplate: "fuzz", tokenBudget: budget) == nil ? 0 : 1
        }
        for name in ["kop", "voet", "stijl", "effect", "optie", "optie.md", "fuzz"] {
            var withPartial = library
            withPartial.register(template, named: name)
            withPartial.register(try! Template("  {{> \(name)}}\n{{#list}}\n  {{> \(name)}}\n{{/list}}\n"), named: "host")
            rendered += withPartial.render(values[0], withTemplate: "host", tokenBudget: budget) == nil ? 0 : 1
        }
        return Outcome(kind: .template, diagnostics: 0, errors: 0, rendered: rendered)
    }

    /// Tokens per rendering: enough for every built-in template, small enough that a template nesting
    /// sections over lists stays far inside libFuzzer's time limit (the shipped budget is 10 million).
    static let budget = 200_000

    /// Values with the names fuzzed templates meet most (from `Tests/Corpus/fuzz.dict` and the seeds):
    /// strings with every character the escapers treat, yes/no, numbers, lists, nested objects.
    static let values: [MustacheValue] = {
        let text: MustacheValue = "<b>&\"'</b> *_[x](y)_* # | ~ ! {z} \\ `c` \r\n\u{2028}é\u{301}<\u{338}"
        let item: MustacheValue = ["name": text, "id": "e1", "positive": true, "count": 0, "values": [["name": "privacy"]]]
        let root: MustacheValue = [
            "a": text, "b": ["c": text, "d": [true, false, 1, "x"]], "list": [item, item], "flag": true, "off": false,
            "n": 3, "empty": [], "title": text, "labels": ["summary": "Samenvatting", "report": "Rapport"], "item": item,
        ]
        return [root, "plain", [root, text, [], [:]], .object([:])]
    }()
}
