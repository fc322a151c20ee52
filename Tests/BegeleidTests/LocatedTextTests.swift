import BegeleidModel
@testable import BegeleidReader
import Testing

/// Issue 18: a piece of a located text shares the characters of the text it was cut from (a range of them), where
/// each piece was a copy of its characters and locations. This holds chains of cuts and changes to the copying
/// form on generated texts: the same characters, locations, anchor and location at every step.
struct LocatedTextTests {
    /// The first form: every piece its own arrays.
    private struct Copied {
        var characters: [Character]
        var locations: [BegeleidModel.SourceLocation]
        var anchor: BegeleidModel.SourceLocation

        subscript(range: Range<Int>) -> Copied {
            Copied(characters: Array(characters[range]), locations: Array(locations[range]),
                   anchor: range.lowerBound < locations.count ? locations[range.lowerBound] : (locations.last ?? anchor))
        }

        func trimmed() -> Copied {
            var lower = 0
            var upper = characters.count
            while lower < upper, characters[lower].isWhitespace { lower += 1 }
            while upper > lower, characters[upper - 1].isWhitespace { upper -= 1 }
            return self[lower..<upper]
        }

        /// The standard library's split, each piece cut by its indices.
        func split(on separator: Character) -> [Copied] {
            characters.split(separator: separator, omittingEmptySubsequences: false).map { self[$0.startIndex..<$0.endIndex] }
        }

        mutating func replace(_ range: Range<Int>, with replacement: String) {
            let location = range.lowerBound < locations.count ? locations[range.lowerBound] : anchor
            characters.replaceSubrange(range, with: Array(replacement))
            locations.replaceSubrange(range, with: Array(repeating: location, count: replacement.count))
        }
    }

    @Test func piecesOfPiecesAsCopies() {
        let marks = ["a", " ", "\t", ",", "é", "e\u{301}", ",\u{301}", "→", "\n", "x", "👍🏽"]
        var random = SeededRandom(seed: 41)
        var differences: [String] = []
        var changed = 0
        for round in 0..<2_000 {
            let characters = Array((0..<random.next(below: 16)).map { _ in marks[random.next(below: marks.count)] }.joined())
            let locations = characters.indices.map { BegeleidModel.SourceLocation(line: 1 + $0 / 5, column: 1 + $0 % 5) }
            let anchor = BegeleidModel.SourceLocation(line: 9, column: 9)
            var text = LocatedText(characters: characters, locations: locations, anchor: anchor)
            var copied = Copied(characters: characters, locations: locations, anchor: anchor)
            for step in 0..<6 {
                let count = copied.characters.count
                let lower = random.next(below: count + 1)
                let range = lower..<(lower + random.next(below: count - lower + 1))
                switch random.next(below: 4) {
                case 0:
                    (text, copied) = (text[range], copied[range])
                case 1:
                    (text, copied) = (text.trimmed(), copied.trimmed())
                case 2:
                    let pieces = (text.split(on: ","), copied.split(on: ","))
                    if pieces.0.count != pieces.1.count { differences.append("round \(round) step \(step): pieces") }
                    let chosen = random.next(below: pieces.1.count)
                    (text, copied) = (pieces.0[min(chosen, pieces.0.count - 1)], pieces.1[chosen])
                default:
                    let replacement = ["", "y", "  ", "é"][random.next(below: 4)]
                    // The text it was cut from keeps its characters.
                    let before = text
                    text.replace(range, with: replacement)
                    copied.replace(range, with: replacement)
                    if before.count != count { differences.append("round \(round) step \(step): the text cut from changed") }
                    changed += 1
                }
                if Array(text.characters) != copied.characters || Array(text.locations) != copied.locations
                    || text.anchor != copied.anchor || text.location != (copied.locations.first ?? copied.anchor)
                    || text.string != String(copied.characters) || text.count != copied.characters.count {
                    differences.append("round \(round) step \(step): \(String(copied.characters).debugDescription)")
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(5))")
        #expect(changed > 1_000)
    }
}
