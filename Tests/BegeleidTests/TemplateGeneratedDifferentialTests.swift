@testable import BegeleidMustache
import Testing

/// Generated templates over generated values (seeded, a few thousand) through BegeleidMustache and
/// swift-mustache: identical bytes for every template both accept, the same refusals, and a refusal
/// only of our own for what is not supported (`unsupported`).
@Suite struct TemplateGeneratedDifferentialTests {
    @Test(arguments: 0..<8)
    func generatedTemplatesRenderAsSwiftMustache(batch: UInt64) {
        var random = RandomTemplates(seed: 0xBE6E_1E1D + batch)
        var rendered = 0
        for _ in 0..<500 {
            let partialNames = ["p", "q.md"]
            var partials: [String: String] = [:]
            for name in partialNames { partials[name] = random.template(partials: []) }
            let main = random.template(partials: partialNames)
            // Broken variants of templates without set delimiters (swift-mustache can trap on a one-character delimiter).
            let mutate = random.chance(20) && !main.contains("=")
            let sources = partials.merging(["main": mutate ? random.mutated(main) : main]) { first, _ in first }
            var ours = TemplateLibrary()
            var oracle = MustacheOracle()
            var bothAccept = true
            for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
                let theirs = oracle.register(source, named: name)
                do throws(TemplateError) {
                    ours.register(try Template(source), named: name)
                    #expect(theirs, "swift-mustache refuses what we accept: \(source.debugDescription)")
                    bothAccept = bothAccept && theirs
                } catch {
                    if theirs, case .unsupported = error.kind {} else {
                        #expect(!theirs, "we refuse (\(error.kind)) what swift-mustache accepts: \(source.debugDescription)")
                    }
                    bothAccept = false
                }
            }
            guard bothAccept else { continue }
            for _ in 0..<3 {
                let value = random.value()
                let expected = oracle.render(value, withTemplate: "main", sortedObjects: true)
                let actual = ours.render(value, withTemplate: "main")
                #expect(actual == expected, "template \(sources["main"]!.debugDescription) partials \(partials) value \(value)")
                rendered += 1
            }
        }
        #expect(rendered > 500, "only \(rendered) renderings compared")
    }
}
