extension ValueMapOrder {
    /// Swaps neighbours in a column while that removes crossings (four rounds
    /// at most): values first, then effects per group, then options per
    /// group, each swap kept when the map has fewer crossings after it.
    ///
    /// Swapping two neighbours changes only the pairs of lines of which one
    /// ends at the one and the other at the other: of those, the pairs that
    /// crossed stop crossing and those that did not start to. So the change is
    /// counted from the two items' links, not the whole map.
    static func swapNeighbours(_ graph: ValueMapGraph, _ columns: inout Columns) {
        // Where each line ends: a value id at its first item, an effect or option at its place in its column.
        var rank = graph.firstIndex(columns.values)
        var effectPlace = places(columns.flatEffects, count: graph.effectKey.count)
        var optionPlace = places(columns.flatOptions, count: graph.optionKey.count)
        // Per value id number, the effects and drawn options with a line to it.
        var effectsOf = [[Int]](repeating: [], count: graph.valueIDs.count)
        var optionsOf = effectsOf
        for effect in columns.flatEffects { for value in graph.effectTargets[graph.effectKey[effect]] { effectsOf[value].append(effect) } }
        for option in columns.flatOptions { for value in graph.optionTargets[graph.optionKey[option]] { optionsOf[value].append(option) } }

        for _ in 0..<4 {
            var improved = false
            for index in columns.values.indices.dropLast() {
                let (upper, lower) = (graph.valueKey[columns.values[index]], graph.valueKey[columns.values[index + 1]])
                // Only a value's first item carries its lines (a later one with the same id has none):
                // any other swap leaves every line where it was.
                guard upper != lower, rank[upper] == index, rank[lower] == index + 1 else { continue }
                let change = change(effectsOf[upper], effectsOf[lower], effectPlace) + change(optionsOf[upper], optionsOf[lower], optionPlace)
                if change < 0 {
                    columns.values.swapAt(index, index + 1)
                    (rank[upper], rank[lower], improved) = (index + 1, index, true)
                }
            }
            if swapWithinGroups(&columns.effects, graph.effectKey, graph.effectTargets, &effectPlace, rank) { improved = true }
            if swapWithinGroups(&columns.options, graph.optionKey, graph.optionTargets, &optionPlace, rank) { improved = true }
            if !improved { break }
        }
    }

    /// Swaps neighbours within each group of a side column (effects or
    /// options) while that removes crossings; true when a swap was kept.
    static func swapWithinGroups<Group>(
        _ groups: inout [(Group, [Int])], _ key: [Int], _ targets: [[Int]], _ place: inout [Int], _ rank: [Int]
    ) -> Bool {
        var improved = false
        for group in groups.indices {
            for index in groups[group].1.indices.dropLast() {
                let (upper, lower) = (groups[group].1[index], groups[group].1[index + 1])
                if change(targets[key[upper]], targets[key[lower]], rank) < 0 {
                    groups[group].1.swapAt(index, index + 1)
                    (place[upper], place[lower]) = (place[lower], place[upper])
                    improved = true
                }
            }
        }
        return improved
    }

    /// The change in crossings when two neighbours swap, the upper one's lines
    /// ending at `upper` and the lower one's at `lower` (places in the other
    /// column): a pair of lines crosses before the swap when the upper one's
    /// end lies below the lower one's, and after it when it lies above.
    static func change(_ upper: [Int], _ lower: [Int], _ place: [Int]) -> Int {
        var change = 0
        for a in upper {
            let above = place[a]
            for b in lower {
                let below = place[b]
                if above < below { change += 1 } else if above > below { change -= 1 }
            }
        }
        return change
    }

    /// Each item's place in its column (index into the flat column); -1 for an item not drawn.
    static func places(_ column: [Int], count: Int) -> [Int] {
        var places = [Int](repeating: -1, count: count)
        for (place, item) in column.enumerated() { places[item] = place }
        return places
    }
}
