/// Splits a whole number over shares by the largest-remainder method: the
/// counts add up to `total` exactly, and a tie goes to the earlier share.
///
///     apportion(15, shares: [30, 30, 20, 20]) → [5, 4, 3, 3]
public func apportion(_ total: Int, shares: [Int]) -> [Int] {
    let sum = shares.reduce(0, +)
    guard sum > 0, total > 0 else { return shares.map { _ in 0 } }
    var counts = shares.map { total * $0 / sum }
    let remainders = shares.enumerated().map { (index: $0.offset, rest: total * $0.element % sum) }
    let missing = total - counts.reduce(0, +)
    let order = remainders.sorted { $0.rest != $1.rest ? $0.rest > $1.rest : $0.index < $1.index }
    for entry in order.prefix(missing) { counts[entry.index] += 1 }
    return counts
}
