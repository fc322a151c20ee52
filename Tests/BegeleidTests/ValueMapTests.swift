import BegeleidModel
import BegeleidPipeline
@testable import BegeleidRender
import Foundation
import Testing

/// The value map: every link drawn once, stable bytes, and a large session
/// laid out without overlaps (checked by geometry).
@Suite("Value map")
struct ValueMapTests {
    static let labels = Fixtures.renderer.templates.labels(.dutch)

    /// The links the model holds: effect → value and value → option, each once.
    static func expectedLinks(_ session: Session) -> Set<String> {
        var links: Set<String> = []
        for effect in session.effects { for target in effect.values.compactMap(\.target) { links.insert("e-\(effect.id)>v-\(target)") } }
        for option in session.options { for target in option.values.compactMap(\.target) { links.insert("v-\(target)>o-\(option.id)") } }
        return links
    }

    /// The `data-from`/`data-to` pairs of the SVG's paths, as drawn.
    static func drawnLinks(_ svg: String) throws -> [String] {
        let pattern = try NSRegularExpression(pattern: #"<path data-from="([^"]+)" data-to="([^"]+)""#)
        return pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map { match in
            "\(svg[Range(match.range(at: 1), in: svg)!])>\(svg[Range(match.range(at: 2), in: svg)!])"
        }
    }

    @Test func everyLinkOfAFixtureIsDrawnOnce() throws {
        for path in Fixtures.sessionFiles {
            let session = try #require(Checking.run(files: [path], strict: false).valid.first)
            let svg = ValueMap(session: session, labels: Self.labels).svg(standalone: true)
            let drawn = try Self.drawnLinks(svg)
            #expect(Set(drawn) == Self.expectedLinks(session), "\(session.slug)")
            #expect(drawn.count == Set(drawn).count, "nothing drawn twice in \(session.slug)")
            #expect(svg == ValueMap(session: session, labels: Self.labels).svg(standalone: true), "stable bytes")
            #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(svg.contains("<title id=\"waardenkaart-titel\">Waardenkaart: ") || svg.contains("<title id=\"waardenkaart-titel\">Value map: "))
            #expect(!svg.contains("<script") && !svg.contains("<style"))
            for node in session.values { #expect(svg.contains("id=\"kaart-v-\(node.id)\"")) }
        }
    }

    /// A concept's option under a heading that names no direction (`### Techn`) is drawn under “Nog zonder richting”
    /// with its links, as the report lists it: it was left off the map, though the description counted it (a blind tester).
    @Test func anOptionWithoutADirectionIsDrawnToo() throws {
        let text = VersionTwoTests.concept.replacing1("### Mens\n", with: "### Techn\n")
        let session = Sessions.session(text)
        let unsorted = session.options.filter { $0.direction == nil }
        #expect(!unsorted.isEmpty)
        let svg = ValueMap(session: session, labels: Self.labels).svg(standalone: true)
        for option in unsorted { #expect(svg.contains("id=\"kaart-o-\(option.id)\""), "\(option.id) is drawn") }
        #expect(svg.contains(">Nog zonder richting</text>"))
        #expect(Set(try Self.drawnLinks(svg)) == Self.expectedLinks(session), "its links too")
    }

    /// 40 effects, 20 values and 40 options with long texts and many links.
    static func largeSession() -> Session {
        let values = (1...20).map { index in
            Value(id: "waarde-\(index)", name: "Waarde nummer \(index) met een lange naam",
                  status: index % 7 == 0 ? .parked : (index % 5 == 0 ? .core : .regular), explanation: nil,
                  location: SourceLocation(line: index, column: 1))
        }
        func refs(_ indices: [Int]) -> [Reference] {
            indices.map { Reference(text: "w\($0)", location: SourceLocation(line: 1, column: 1), target: "waarde-\($0)") }
        }
        let text = "Een effect dat in de sessie uitgebreid werd beschreven, met veel woorden om het afbreken te testen"
        let effects = (1...40).map { index in
            Effect(id: "e\(index)", polarity: index % 3 == 0 ? .negative : .positive, text: RichText("\(text) \(index)"),
                   values: refs([index % 20 + 1, (index * 7) % 20 + 1, (index * 7) % 20 + 1]), actors: [],
                   location: SourceLocation(line: 100 + index, column: 1))
        }
        let options = (1...40).map { index in
            Option(id: "o\(index)", direction: Direction.allCases[index % 3], text: RichText("Handelingsoptie \(index): \(text)"),
                   values: refs([(index * 3) % 20 + 1]), actors: [], location: SourceLocation(line: 200 + index, column: 1))
        }
        return Session(slug: "groot", path: "groot.md", meta: SessionMeta(title: "Groot", organisations: ["X"], technology: "Y", date: "2026-01-01"),
                       effects: effects, values: values, options: options)
    }

    @Test func aLargeSessionHasNoOverlapsAndEveryTextFits() throws {
        let session = Self.largeSession()
        let layout = ValueMapLayout(session: session, labels: Self.labels)
        #expect(layout.nodes.count == 100)
        let rects = layout.nodes.map(\.rect)
        for i in rects.indices {
            #expect(rects[i].x >= 0 && rects[i].x + rects[i].width <= ValueMapLayout.width && rects[i].maxY <= layout.height)
            for j in rects.indices where j > i {
                #expect(!rects[i].overlaps(rects[j]), "\(layout.nodes[i].id) overlaps \(layout.nodes[j].id)")
            }
        }
        for node in layout.nodes {
            let limit = ValueMapLayout.capacity(node.rect.width)
            #expect(node.lines.allSatisfy { $0.count <= limit }, "\(node.id) text runs out of its box")
            #expect(Double(node.lines.count) * ValueMapLayout.lineHeight + 2 * layout.verticalPadding <= node.rect.height)
        }
        // Headings sit in their own band, clear of every box.
        for heading in layout.headings {
            let band = ValueMapLayout.Rect(x: heading.x, y: heading.y - 11, width: 200, height: 14)
            #expect(!rects.contains { $0.overlaps(band) }, "heading \(heading.text) overlaps a box")
        }
        let drawn = try Self.drawnLinks(ValueMapSVG.render(layout, title: "t", description: "d", standalone: false))
        #expect(Set(drawn) == Self.expectedLinks(session))
        #expect(drawn.count == Set(drawn).count)
        // Printed across the width of A4 (180 mm between margins), the map fits the
        // page's height (257 mm) and its text is no smaller than 6.5 pt.
        let millimetresPerUnit = 180 / (ValueMapLayout.width + 8)
        #expect((layout.height + 8) * millimetresPerUnit <= 257, "height \(layout.height) does not fit A4")
        #expect(ValueMapLayout.fontSize * millimetresPerUnit / 0.3528 >= 6.5)
    }

    @Test func orderingReducesCrossings() {
        let session = Self.largeSession()
        let order = ValueMapOrder(session: session)
        let targets = { (refs: [Reference]) in Array(Set(refs.compactMap(\.target))).sorted() }
        let effectTargets = Dictionary(uniqueKeysWithValues: session.effects.map { ($0.id, targets($0.values)) })
        let optionTargets = Dictionary(uniqueKeysWithValues: session.options.map { ($0.id, targets($0.values)) })
        let asWritten = ValueMapOrder.crossings(
            effects: order.effectGroups.flatMap { group in session.effects.filter { $0.polarity == group.0 }.map(\.id) },
            options: order.optionGroups.flatMap { group in session.options.filter { $0.direction == group.0 }.map(\.id) },
            values: session.values.map(\.id), effectTargets: effectTargets, optionTargets: optionTargets)
        let ordered = ValueMapOrder.crossings(
            effects: order.effectGroups.flatMap { $0.1.map(\.id) }, options: order.optionGroups.flatMap { $0.1.map(\.id) },
            values: order.values.map(\.id), effectTargets: effectTargets, optionTargets: optionTargets)
        #expect(Double(ordered) < 0.6 * Double(asWritten), "ordered \(ordered) vs as written \(asWritten)")
    }

    @Test func aMapThatCanBeDrawnWithoutCrossingsIs() {
        // Each effect and option links one value; the notes list them shuffled.
        let shuffle = [7, 2, 9, 4, 0, 5, 8, 1, 6, 3]
        let values = (0..<10).map { Value(id: "w\($0)", name: "W\($0)", status: .regular, explanation: nil, location: SourceLocation(line: $0 + 1, column: 1)) }
        let ref = { (index: Int) in [Reference(text: "w", location: SourceLocation(line: 1, column: 1), target: "w\(index)")] }
        let effects = shuffle.map { Effect(id: "e\($0)", polarity: .positive, text: RichText("e"), values: ref($0), actors: [], location: SourceLocation(line: 1, column: 1)) }
        let options = shuffle.reversed().map { Option(id: "o\($0)", direction: .technology, text: RichText("o"), values: ref($0), actors: [], location: SourceLocation(line: 1, column: 1)) }
        let session = Session(slug: "s", path: "s.md", meta: SessionMeta(), effects: effects, values: values, options: options)
        let order = ValueMapOrder(session: session)
        let targets = Dictionary(uniqueKeysWithValues: (0..<10).map { ("e\($0)", ["w\($0)"]) })
        let optionTargets = Dictionary(uniqueKeysWithValues: (0..<10).map { ("o\($0)", ["w\($0)"]) })
        #expect(ValueMapOrder.crossings(effects: order.effectGroups.flatMap { $0.1.map(\.id) }, options: order.optionGroups.flatMap { $0.1.map(\.id) },
                                        values: order.values.map(\.id), effectTargets: targets, optionTargets: optionTargets) == 0)
    }

    /// Issue 20: labels wrap instead of being cut with “…” (in print there is no tooltip to read the rest in).
    @Test func wrappingNeverCuts() {
        #expect(ValueMapLayout.capacity(100) == 13)
        #expect(ValueMapLayout.wrap("Minder files op de ringweg", width: 100) == ["Minder files", "op de ringweg"])
        #expect(ValueMapLayout.wrap("een twee drie vier vijf zes zeven acht negen tien", width: 100)
            == ["een twee drie", "vier vijf zes", "zeven acht", "negen tien"])
        #expect(ValueMapLayout.wrap("Onuitsprekelijkheidsgevoelens", width: 100) == ["Onuitsprekel-", "ijkheidsgevo-", "elens"])
        for text in ["een twee drie vier vijf zes zeven acht negen tien", "Onuitsprekelijkheidsgevoelens en nog wat"] {
            let lines = ValueMapLayout.wrap(text, width: 100)
            #expect(lines.allSatisfy { $0.count <= 13 && !$0.contains("…") })
            #expect(lines.joined(separator: " ").replacingOccurrences(of: "- ", with: "") == text)
        }
        // Only a map too large for one A4 page at a legible size (more than twenty items in a column) keeps one line each.
        #expect(ValueMapLayout.wrap("een twee drie vier vijf zes zeven acht negen tien", width: 100, maxLines: 1) == ["een twee…"])
        #expect(ValueMapLayout.wrap("Onuitsprekelijkheidsgevoelens", width: 100, maxLines: 1) == ["Onuitsprekel…"])
    }
}
