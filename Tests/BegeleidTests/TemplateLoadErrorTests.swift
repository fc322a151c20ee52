import BegeleidModel
import BegeleidMustache
@testable import BegeleidRender
import Foundation
import Testing

/// A custom template with a construct BegeleidMustache does not support, or one that is broken, is
/// refused when the templates load: the file, the line and column, and what it is, in Dutch and English.
@Suite struct TemplateLoadErrorTests {
    @Test(arguments: [
        ("kop", "<h1>{{title}}</h1>\n  {{<basis}}{{/basis}}\n", "{{<…}}", 2, 3),
        ("kop", "{{$blok}}x{{/blok}}", "{{$…}}", 1, 1),
        ("voet", "ok\n{{uppercased(title)}}", "{{f(x)}}", 2, 3),
        ("voet", "{{>*naam}}", "{{>*…}}", 1, 1),
    ])
    func unsupportedConstructsAreLocatedErrors(_ name: String, _ text: String, _ construct: String, _ line: Int, _ column: Int) throws {
        let error = try #require(Self.loadError(name, text))
        #expect(error.path.hasSuffix("\(name).mustache"))
        #expect(error.message.dutch.contains("regel \(line), kolom \(column)") && error.message.dutch.contains("niet ondersteund"))
        #expect(error.message.dutch.contains(construct))
        #expect(error.message.english.contains("line \(line), column \(column)") && error.message.english.contains("not supported"))
    }

    @Test func brokenTemplatesAreLocatedErrors() throws {
        let unclosed = try #require(Self.loadError("kop", "a\n{{#open}}b\n"))
        #expect(unclosed.message.english.contains("a section is never closed"))
        let mismatched = try #require(Self.loadError("kop", "{{#a}}\n  {{/b}}\n"))
        #expect(mismatched.message.dutch.contains("regel 2, kolom 6"))
        let pragma = try #require(Self.loadError("kop", "{{% CONTENT_TYPE: PDF}}"))
        #expect(pragma.message.english.contains("CONTENT_TYPE"))
        let deep = String(repeating: "{{#a}}", count: 101) + String(repeating: "{{/a}}", count: 101)
        #expect(try #require(Self.loadError("kop", deep)).message.english.contains("nested more than 100"))
    }

    /// A labels file is read by its text: a label that YAML would take for a number or a yes stays the
    /// text written; one left empty (or `~`, `null`) is no label, so the shipped one stands; quoted it is empty.
    @Test func labelsAreReadAsWritten() throws {
        let fallback = try Labels(language: .dutch, yaml: "a: A\nb: B\nc: C\nd: D\ne: E\n", fallback: nil)
        let labels = try Labels(language: .dutch, yaml: "a: ja\nb: 2026\nc:\nd: ~\ne: \"\"\nmonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\n",
                                fallback: fallback)
        #expect(labels["a"] == "ja" && labels["b"] == "2026" && labels["c"] == "C" && labels["d"] == "D" && labels["e"] == "")
        #expect(labels.longDate("2026-03-12") == "12 3 2026")
        #expect(throws: (any Error).self) { try Labels(language: .dutch, yaml: "a: [", fallback: nil) }
    }

    @Test func supportedConstructsLoad() throws {
        #expect(Self.loadError("kop", "{{=<% %>=}}<%#a%><%.%><%/a%>\n{{! no longer a tag }}\n  <%> optie.md%>\n") == nil)
    }

    /// The templates shipped in the binary are parsed only when first rendered (TemplateLibrary): each of them
    /// must parse, and render as it would parsed up front.
    @Test func everyShippedTemplateParsesAndRendersAsParsedUpFront() throws {
        let names = EmbeddedTemplates.texts.keys.filter { $0.hasSuffix(".mustache") }.sorted()
        #expect(names.count > 10)
        var eager = TemplateLibrary(), deferred = TemplateLibrary()
        for name in names {
            let text = try #require(EmbeddedTemplates.texts[name])
            eager.register(try Template(text), named: String(name.dropLast(".mustache".count)))
            deferred.register(parsingWhenFirstUsed: text, named: String(name.dropLast(".mustache".count)))
        }
        let context: MustacheValue = .object(["title": .string("A & B"), "kort": .bool(true)])
        for name in names.map({ String($0.dropLast(".mustache".count)) }) {
            let rendered = eager.render(context, withTemplate: name)
            #expect(rendered != nil && deferred.render(context, withTemplate: name) == rendered, "\(name)")
        }
        // A shipped template copied into a template folder unchanged is taken as shipped; changed, it is parsed at
        // load, and a mistake in it is told then.
        let shipped = try #require(EmbeddedTemplates.texts["kop.mustache"])
        #expect(Self.loadError("kop", shipped) == nil)
        #expect(Self.loadError("kop", shipped + "{{#open}}") != nil)
    }

    /// The error loading a folder that holds `name.mustache` with `text` (nil: it loads).
    static func loadError(_ name: String, _ text: String) -> TemplateSet.LoadError? {
        let folder = Fixtures.temporaryFolder("templates-\(name)")
        try? text.write(to: folder.appendingPathComponent("\(name).mustache"), atomically: true, encoding: .utf8)
        do {
            _ = try TemplateSet.load(directory: folder.path)
            return nil
        } catch {
            return error
        }
    }
}
