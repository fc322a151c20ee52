import BegeleidModel

/// The order of the value map's columns that keeps crossing lines few:
/// effects (positive, then negative) and options (per direction) sorted by
/// the mean position of their values, values by the mean position of their
/// effects and options, a few sweeps, keeping the order with the fewest
/// crossings; then neighbours swapped while that removes crossings. Ties
/// keep the notes' order, so the result is deterministic. Works on numbers
/// (`ValueMapGraph`); a swap's change in crossings is counted from the two
/// swapped items' links alone.
struct ValueMapOrder {
    var effectGroups: [(Polarity?, [Effect])]
    var optionGroups: [(Direction?, [Option])]
    var values: [Value]
    /// Every link once: effect → value and value → option.
    var links: [ValueMapLayout.Link]

    /// The columns as indices: into the session's effects and options, into `ValueMapGraph.values`.
    struct Columns {
        var effects: [(Polarity?, [Int])]
        var options: [(Direction?, [Int])]
        var values: [Int]

        var flatEffects: [Int] { effects.flatMap(\.1) }
        var flatOptions: [Int] { options.flatMap(\.1) }
    }

    init(session: Session) {
        let graph = ValueMapGraph(session: session)
        // Counting crossings costs the square of the links; a map beyond
        // `countedLinks` (notes pasted in by the thousand) is only swept.
        let counted = graph.linkCount <= Self.countedLinks
        var best = Self.sweep(graph, counted: counted)
        if counted { Self.swapNeighbours(graph, &best) }

        effectGroups = best.effects.map { ($0.0, $0.1.map { session.effects[$0] }) }
        optionGroups = best.options.map { ($0.0, $0.1.map { session.options[$0] }) }
        values = best.values.map { graph.values[$0] }
        var links: [ValueMapLayout.Link] = []
        for index in best.flatEffects {
            let effect = session.effects[index]
            for value in graph.effectTargets[graph.effectKey[index]] {
                links.append(.init(from: "e-\(effect.id)", to: "v-\(graph.valueIDs[value])", negative: effect.polarity == .negative, fromEffect: true))
            }
        }
        for index in best.flatOptions {
            for value in graph.optionTargets[graph.optionKey[index]] {
                links.append(.init(from: "v-\(graph.valueIDs[value])", to: "o-\(session.options[index].id)", negative: false, fromEffect: false))
            }
        }
        self.links = links
    }

    /// Up to this many links, crossings are counted and neighbours swapped
    /// (a session has some 60); beyond it that would take minutes.
    static let countedLinks = 400

    /// Six sweeps of sorting by mean positions; the columns with the fewest crossings (the last ones when not `counted`).
    static func sweep(_ graph: ValueMapGraph, counted: Bool) -> Columns {
        var columns = Columns(effects: graph.effectGroups, options: graph.optionGroups, values: Array(graph.values.indices))
        var best = (columns: columns, crossings: Int.max)
        let valueCount = graph.valueIDs.count
        for _ in 0..<6 {
            let valuePosition = ValueMapGraph.positions(columns.values, key: graph.valueKey, count: valueCount)
            columns.effects = columns.effects.map { ($0.0, sorted($0.1, graph.effectKey, graph.effectTargets, valuePosition)) }
            columns.options = columns.options.map { ($0.0, sorted($0.1, graph.optionKey, graph.optionTargets, valuePosition)) }
            let effectPosition = ValueMapGraph.positions(columns.flatEffects, key: graph.effectKey, count: graph.effectTargets.count)
            let optionPosition = ValueMapGraph.positions(columns.flatOptions, key: graph.optionKey, count: graph.optionTargets.count)
            // Summed in the notes' order: sums of the same numbers in another
            // order can differ in the last bit and turn a tie the other way.
            let keys = columns.values.enumerated().map { offset, value -> (Double, Int) in
                let key = graph.valueKey[value]
                let neighbours = graph.neighbours[key]
                guard !neighbours.isEmpty else { return (valuePosition[key], offset) }
                var sum = 0.0
                for neighbour in neighbours { sum += neighbour.isEffect ? effectPosition[neighbour.key] : optionPosition[neighbour.key] }
                return (sum / Double(neighbours.count), offset)
            }
            columns.values = keys.indices.sorted { keys[$0] < keys[$1] }.map { columns.values[$0] }
            let crossings = counted ? graph.crossings(effects: columns.flatEffects, options: columns.flatOptions, values: columns.values) : 0
            if crossings < best.crossings || !counted { best = (columns, crossings) }
        }
        return best.columns
    }

    /// Items by the mean position of the values they link; items without a link keep their place as key.
    static func sorted(_ items: [Int], _ key: [Int], _ targets: [[Int]], _ positions: [Double]) -> [Int] {
        let keys = items.enumerated().map { index, item -> (Double, Int) in
            let linked = targets[key[item]]
            guard !linked.isEmpty else { return (Double(index) / Double(max(items.count, 1)), index) }
            var sum = 0.0
            for value in linked { sum += positions[value] }
            return (sum / Double(linked.count), index)
        }
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { items[$0] }
    }
}
