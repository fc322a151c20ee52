import BegeleidModel
@testable import BegeleidRender

/// The value map's ordering as it was first written, the oracle of
/// `ValueMapOrderTests`: ids looked up as strings, and every swap judged by
/// counting every crossing again. `ValueMapOrder` must give the same columns.
struct ReferenceValueMapOrder {
    var effectGroups: [(Polarity?, [Effect])]
    var optionGroups: [(Direction?, [Option])]
    var values: [Value]
    /// Every link once: effect → value and value → option.
    var links: [ValueMapLayout.Link]

    init(session: Session) {
        let known = Set(session.values.map(\.id))
        func targets(_ refs: [Reference]) -> [String] {
            var seen: Set<String> = []
            return refs.compactMap(\.target).filter { known.contains($0) && seen.insert($0).inserted }
        }
        var effectGroups: [(Polarity?, [Effect])] = (Polarity.allCases.map(Optional.some) + [nil]).map { polarity in
            (polarity, session.effects.filter { $0.polarity == polarity })
        }.filter { !$0.1.isEmpty }
        var optionGroups: [(Direction?, [Option])] = (Direction.allCases.map(Optional.some) + [nil]).map { direction in
            (direction, session.options.filter { $0.direction == direction })
        }.filter { !$0.1.isEmpty }
        var values = session.values.filter { $0.status == .core } + session.values.filter { $0.status == .regular }
            + session.values.filter { $0.status == .parked }
        let effectTargets = Dictionary(session.effects.map { ($0.id, targets($0.values)) }, uniquingKeysWith: { first, _ in first })
        let optionTargets = Dictionary(session.options.map { ($0.id, targets($0.values)) }, uniquingKeysWith: { first, _ in first })
        var seenIDs: Set<String> = []
        let effectIDs = session.effects.map(\.id).filter { seenIDs.insert("e" + $0).inserted }
        let optionIDs = session.options.map(\.id).filter { seenIDs.insert("o" + $0).inserted }

        // Counting crossings costs the square of the links; a map beyond
        // `countedLinks` (notes pasted in by the thousand) is only swept.
        let linkCount = effectIDs.reduce(0) { $0 + (effectTargets[$1]?.count ?? 0) } + optionIDs.reduce(0) { $0 + (optionTargets[$1]?.count ?? 0) }
        let counted = linkCount <= Self.countedLinks
        var best = (crossings: Int.max, effects: effectGroups, options: optionGroups, values: values)
        for _ in 0..<6 {
            let valuePosition = Self.positions(values.map(\.id))
            effectGroups = effectGroups.map { ($0.0, Self.sorted($0.1, id: \.id, by: { effectTargets[$0.id] ?? [] }, valuePosition)) }
            optionGroups = optionGroups.map { ($0.0, Self.sorted($0.1, id: \.id, by: { optionTargets[$0.id] ?? [] }, valuePosition)) }
            let effectPosition = Self.positions(effectGroups.flatMap { $0.1.map(\.id) })
            let optionPosition = Self.positions(optionGroups.flatMap { $0.1.map(\.id) })
            // In the notes' order, never a dictionary's: sums of the same numbers in
            // another order can differ in the last bit and turn a tie the other way.
            var neighbours: [String: [Double]] = [:]
            for id in effectIDs { for value in effectTargets[id] ?? [] { neighbours[value, default: []].append(effectPosition[id] ?? 0) } }
            for id in optionIDs { for value in optionTargets[id] ?? [] { neighbours[value, default: []].append(optionPosition[id] ?? 0) } }
            let current = valuePosition
            values = values.enumerated().sorted { a, b in
                let ka = Self.mean(neighbours[a.element.id]) ?? current[a.element.id] ?? 0
                let kb = Self.mean(neighbours[b.element.id]) ?? current[b.element.id] ?? 0
                return ka != kb ? ka < kb : a.offset < b.offset
            }.map(\.element)
            let crossings = !counted ? 0 : ValueMapOrder.crossings(
                effects: effectGroups.flatMap { $0.1.map(\.id) }, options: optionGroups.flatMap { $0.1.map(\.id) },
                values: values.map(\.id), effectTargets: effectTargets, optionTargets: optionTargets)
            if crossings < best.crossings || !counted { best = (crossings, effectGroups, optionGroups, values) }
        }
        // Then swap neighbours while that removes crossings (a few rounds at most).
        let cost = { (effects: [(Polarity?, [Effect])], options: [(Direction?, [Option])], values: [Value]) in
            ValueMapOrder.crossings(effects: effects.flatMap { $0.1.map(\.id) }, options: options.flatMap { $0.1.map(\.id) },
                           values: values.map(\.id), effectTargets: effectTargets, optionTargets: optionTargets)
        }
        var current = best.crossings
        for _ in 0..<(counted ? 4 : 0) {
            var improved = false
            for index in best.values.indices.dropLast() {
                var values = best.values
                values.swapAt(index, index + 1)
                let crossings = cost(best.effects, best.options, values)
                if crossings < current { (best.values, current, improved) = (values, crossings, true) }
            }
            for group in best.effects.indices {
                for index in best.effects[group].1.indices.dropLast() {
                    var effects = best.effects
                    effects[group].1.swapAt(index, index + 1)
                    let crossings = cost(effects, best.options, best.values)
                    if crossings < current { (best.effects, current, improved) = (effects, crossings, true) }
                }
            }
            for group in best.options.indices {
                for index in best.options[group].1.indices.dropLast() {
                    var options = best.options
                    options[group].1.swapAt(index, index + 1)
                    let crossings = cost(best.effects, options, best.values)
                    if crossings < current { (best.options, current, improved) = (options, crossings, true) }
                }
            }
            if !improved { break }
        }
        self.effectGroups = best.effects
        self.optionGroups = best.options
        self.values = best.values
        var links: [ValueMapLayout.Link] = []
        for (_, effects) in best.effects {
            for effect in effects {
                for value in effectTargets[effect.id] ?? [] {
                    links.append(.init(from: "e-\(effect.id)", to: "v-\(value)", negative: effect.polarity == .negative, fromEffect: true))
                }
            }
        }
        for (_, options) in best.options {
            for option in options {
                for value in optionTargets[option.id] ?? [] {
                    links.append(.init(from: "v-\(value)", to: "o-\(option.id)", negative: false, fromEffect: false))
                }
            }
        }
        self.links = links
    }

    /// Up to this many links, crossings are counted and neighbours swapped
    /// (a session has some 60); beyond it that would take minutes.
    static let countedLinks = ValueMapOrder.countedLinks

    /// Each id's place in its column, from 0 (top) to 1 (bottom).
    static func positions(_ ids: [String]) -> [String: Double] {
        let count = Double(max(ids.count - 1, 1))
        return Dictionary(ids.enumerated().map { ($0.element, Double($0.offset) / count) }, uniquingKeysWith: { first, _ in first })
    }

    static func mean(_ values: [Double]?) -> Double? {
        guard let values, !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count)
    }

    /// Items by the mean position of the values they link; items without a link stay where they were.
    static func sorted<T>(_ items: [T], id: (T) -> String, by targets: (T) -> [String], _ positions: [String: Double]) -> [T] {
        let keys = items.enumerated().map { index, item -> (Double, Int) in
            (mean(targets(item).compactMap { positions[$0] }) ?? Double(index) / Double(max(items.count, 1)), index)
        }
        return items.enumerated().sorted { keys[$0.offset] < keys[$1.offset] }.map(\.element)
    }
}

extension ValueMapOrder {
    /// Every pair of lines that cross counted, by id: the plain count the tests check the ordering with.
    static func crossings(
        effects: [String], options: [String], values: [String],
        effectTargets: [String: [String]], optionTargets: [String: [String]]
    ) -> Int {
        let valueIndex = Dictionary(values.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        func pairs(_ column: [String], _ targets: [String: [String]]) -> [(Int, Int)] {
            column.enumerated().flatMap { index, id in (targets[id] ?? []).compactMap { valueIndex[$0].map { (index, $0) } } }
        }
        var total = 0
        for edges in [pairs(effects, effectTargets), pairs(options, optionTargets)] {
            for i in edges.indices {
                for j in edges.indices where j > i {
                    if (edges[i].0 - edges[j].0) * (edges[i].1 - edges[j].1) < 0 { total += 1 }
                }
            }
        }
        return total
    }
}
