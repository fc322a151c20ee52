import BegeleidModel
@testable import BegeleidRender
import Testing

/// `ValueMapOrder` counts a swap's change in crossings from the two swapped
/// items' links and works on numbers; `ReferenceValueMapOrder` recounts every
/// crossing by id. On generated maps both must give the same columns and
/// lines, item for item, so the value map's bytes stay what they were.
@Suite("Value map order")
struct ValueMapOrderTests {
    typealias Generator = SeededRandom

    /// A map of `size` items a column at most, with what notes can hold: repeated ids and
    /// references, references to nothing or to no value, effects without polarity, options without direction.
    static func session(_ random: inout Generator, size: Int, links: Int) -> Session {
        let at = { (line: Int) in SourceLocation(line: line, column: 1) }
        let valueCount = Int.random(in: 0...size, using: &random)
        let values = (0..<valueCount).map { index in
            Value(id: "w\(Int.random(in: 0..<(valueCount + 2), using: &random))", name: "W\(index)",
                  status: [.core, .regular, .parked, .regular].randomElement(using: &random)!, explanation: nil, location: at(index))
        }
        func refs() -> [Reference] {
            (0..<Int.random(in: 0...links, using: &random)).map { _ in
                let target = Int.random(in: 0..<(valueCount + 3), using: &random)
                return Reference(text: "r", location: at(1), target: target == valueCount + 2 ? nil : "w\(target)")
            }
        }
        let effects = (0..<Int.random(in: 0...size, using: &random)).map { index in
            Effect(id: "e\(Int.random(in: 0..<(size + 2), using: &random))", polarity: [.positive, .negative, nil].randomElement(using: &random)!,
                   text: RichText("e"), values: refs(), actors: [], location: at(100 + index))
        }
        let options = (0..<Int.random(in: 0...size, using: &random)).map { index in
            Option(id: "o\(Int.random(in: 0..<(size + 2), using: &random))", direction: [.technology, .environment, .human, nil].randomElement(using: &random)!,
                   text: RichText("o"), values: refs(), actors: [], location: at(1000 + index))
        }
        return Session(slug: "s", path: "s.md", meta: SessionMeta(), effects: effects, values: values, options: options)
    }

    /// The columns item for item (by the line each item stands on, so repeated ids are told apart) and the lines.
    static func expectSame(_ session: Session) {
        let order = ValueMapOrder(session: session)
        let reference = ReferenceValueMapOrder(session: session)
        #expect(order.effectGroups.map(\.0) == reference.effectGroups.map(\.0))
        #expect(order.effectGroups.map { $0.1.map(\.location.line) } == reference.effectGroups.map { $0.1.map(\.location.line) })
        #expect(order.optionGroups.map(\.0) == reference.optionGroups.map(\.0))
        #expect(order.optionGroups.map { $0.1.map(\.location.line) } == reference.optionGroups.map { $0.1.map(\.location.line) })
        #expect(order.values.map(\.location.line) == reference.values.map(\.location.line))
        #expect(order.links == reference.links)
    }

    @Test func generatedMapsAreOrderedAsByCountingEveryCrossing() {
        var random = Generator(seed: 18)
        var swapped = 0
        for round in 0..<600 {
            let session = Self.session(&random, size: [4, 8, 15, 30][round % 4], links: [1, 3, 5][round % 3])
            Self.expectSame(session)
            // The swaps are exercised: on many maps they change the sweeps' order.
            let graph = ValueMapGraph(session: session)
            let swept = ValueMapOrder.sweep(graph, counted: true)
            var columns = swept
            ValueMapOrder.swapNeighbours(graph, &columns)
            if columns.values != swept.values || columns.flatEffects != swept.flatEffects || columns.flatOptions != swept.flatOptions {
                swapped += 1
            }
        }
        #expect(swapped >= 50, "swaps changed the order of only \(swapped) maps")
    }

    /// Beyond `countedLinks` the map is only swept, without counting.
    @Test func largeMapsAreOnlySweptTheSameWay() {
        var random = Generator(seed: 20)
        var large = 0
        for _ in 0..<40 where large < 4 {
            let session = Self.session(&random, size: 150, links: 15)
            guard ValueMapGraph(session: session).linkCount > ValueMapOrder.countedLinks else { continue }
            large += 1
            Self.expectSame(session)
        }
        #expect(large == 4)
    }

    @Test func theCountOnNumbersIsTheCountByID() {
        var random = Generator(seed: 7)
        for _ in 0..<200 {
            let session = Self.session(&random, size: 12, links: 4)
            let order = ValueMapOrder(session: session)
            let graph = ValueMapGraph(session: session)
            let known = Set(session.values.map(\.id))
            func targets(_ refs: [Reference]) -> [String] {
                var seen: Set<String> = []
                return refs.compactMap(\.target).filter { known.contains($0) && seen.insert($0).inserted }
            }
            let effectTargets = Dictionary(session.effects.map { ($0.id, targets($0.values)) }, uniquingKeysWith: { first, _ in first })
            let optionTargets = Dictionary(session.options.map { ($0.id, targets($0.values)) }, uniquingKeysWith: { first, _ in first })
            let byID = ValueMapOrder.crossings(
                effects: order.effectGroups.flatMap { $0.1.map(\.id) }, options: order.optionGroups.flatMap { $0.1.map(\.id) },
                values: order.values.map(\.id), effectTargets: effectTargets, optionTargets: optionTargets)
            // The same columns as indices: the session's effects and options by line, the values by their place in the graph.
            let effects = order.effectGroups.flatMap { $0.1.map { effect in session.effects.firstIndex { $0.location == effect.location }! } }
            let options = order.optionGroups.flatMap { $0.1.map { option in session.options.firstIndex { $0.location == option.location }! } }
            let values = order.values.map { value in graph.values.firstIndex { $0.location == value.location }! }
            #expect(graph.crossings(effects: effects, options: options, values: values) == byID)
        }
    }
}

