import BegeleidModel

/// A session's value map as numbers, for `ValueMapOrder`: every item an index
/// into its column's list, every id a number (the first item with an id
/// gives its links, as a dictionary keyed by id would), links as lists of
/// numbers. Ordering then compares and sums numbers instead of looking up
/// strings.
struct ValueMapGraph {
    /// The values in the order the map starts from: core, regular, parked.
    let values: [Value]
    /// Per value (index into `values`), the number of its id.
    let valueKey: [Int]
    /// Per id number, the id.
    let valueIDs: [String]
    /// Per effect (index into the session's effects), the number of its id; per id number, the values it links (numbers).
    let effectKey: [Int], effectTargets: [[Int]]
    let optionKey: [Int], optionTargets: [[Int]]
    /// The columns' starting groups, of indices into the session's effects and options.
    let effectGroups: [(Polarity?, [Int])]
    /// By direction, then those without one (`nil`, a concept's “Nog zonder richting”).
    let optionGroups: [(Direction?, [Int])]
    /// Per value id number, the effect and option ids linking it, in the notes' order (effects first).
    let neighbours: [[(isEffect: Bool, key: Int)]]

    init(session: Session) {
        values = session.values.filter { $0.status == .core } + session.values.filter { $0.status == .regular }
            + session.values.filter { $0.status == .parked }
        var valueNumbers: [String: Int] = [:]
        var valueIDs: [String] = []
        valueKey = values.map { value in Self.number(value.id, &valueNumbers, &valueIDs) }
        self.valueIDs = valueIDs
        let known = valueNumbers
        func targets(_ refs: [Reference]) -> [Int] {
            var seen: Set<Int> = []
            return refs.compactMap { $0.target.flatMap { known[$0] } }.filter { seen.insert($0).inserted }
        }
        var effectNumbers: [String: Int] = [:], effectIDs: [String] = [], effectTargets: [[Int]] = []
        effectKey = session.effects.map { effect in
            let key = Self.number(effect.id, &effectNumbers, &effectIDs)
            if key == effectTargets.count { effectTargets.append(targets(effect.values)) }
            return key
        }
        var optionNumbers: [String: Int] = [:], optionIDs: [String] = [], optionTargets: [[Int]] = []
        optionKey = session.options.map { option in
            let key = Self.number(option.id, &optionNumbers, &optionIDs)
            if key == optionTargets.count { optionTargets.append(targets(option.values)) }
            return key
        }
        self.effectTargets = effectTargets
        self.optionTargets = optionTargets
        let effects = session.effects, options = session.options
        // (Effects not yet sorted were drawn as positive, under “Positive effects”, while the report said they were not
        // sorted yet: blind tester 38, a misspelt `### Postief`.)
        effectGroups = (Polarity.allCases.map(Optional.some) + [nil]).map { polarity in
            (polarity, effects.indices.filter { effects[$0].polarity == polarity })
        }.filter { !$0.1.isEmpty }
        // (Options without a direction were left off the map, though its description counted them: a blind tester.)
        optionGroups = (Direction.allCases.map(Optional.some) + [nil]).map { direction in
            (direction, options.indices.filter { options[$0].direction == direction })
        }.filter { !$0.1.isEmpty }
        var neighbours = [[(isEffect: Bool, key: Int)]](repeating: [], count: valueIDs.count)
        for (key, targets) in effectTargets.enumerated() { for value in targets { neighbours[value].append((true, key)) } }
        for (key, targets) in optionTargets.enumerated() { for value in targets { neighbours[value].append((false, key)) } }
        self.neighbours = neighbours
    }

    /// Every link once, counted per id (as drawn links are counted for `ValueMapOrder.countedLinks`).
    var linkCount: Int {
        effectTargets.reduce(0) { $0 + $1.count } + optionTargets.reduce(0) { $0 + $1.count }
    }

    private static func number(_ id: String, _ numbers: inout [String: Int], _ ids: inout [String]) -> Int {
        if let number = numbers[id] { return number }
        numbers[id] = ids.count
        ids.append(id)
        return ids.count - 1
    }

    /// Each id number's place in its column, from 0 (top) to 1 (bottom), at its first item; 0 for an id not in the column.
    static func positions(_ column: [Int], key: [Int], count: Int) -> [Double] {
        let denominator = Double(max(column.count - 1, 1))
        var positions = [Double](repeating: 0, count: count)
        for (offset, item) in column.enumerated().reversed() { positions[key[item]] = Double(offset) / denominator }
        return positions
    }

    /// Per value id number, the index of its first item in `values` (an order of indices into `values`).
    func firstIndex(_ values: [Int]) -> [Int] {
        var first = [Int](repeating: -1, count: valueIDs.count)
        for (offset, value) in values.enumerated().reversed() { first[valueKey[value]] = offset }
        return first
    }

    /// Pairs of lines that cross, between effects and values and between values and options: every pair counted.
    func crossings(effects: [Int], options: [Int], values: [Int]) -> Int {
        let rank = firstIndex(values)
        func edges(_ column: [Int], _ key: [Int], _ targets: [[Int]]) -> [(Int, Int)] {
            var edges: [(Int, Int)] = []
            for (position, item) in column.enumerated() { for value in targets[key[item]] { edges.append((position, rank[value])) } }
            return edges
        }
        var total = 0
        for edges in [edges(effects, effectKey, effectTargets), edges(options, optionKey, optionTargets)] {
            for i in edges.indices {
                for j in (i + 1)..<edges.count where (edges[i].0 - edges[j].0) * (edges[i].1 - edges[j].1) < 0 { total += 1 }
            }
        }
        return total
    }
}
