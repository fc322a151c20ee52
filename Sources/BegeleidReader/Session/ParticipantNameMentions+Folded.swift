import BegeleidModel
import Foundation

extension ParticipantNameMentions {
    /// Text folded for comparison (lower case, no accents, white space runs as one space, emphasis marks dropped), each
    /// scalar with the place in the notes it came from.
    struct Folded {
        private(set) var scalars: [Unicode.Scalar] = []
        /// Each scalar's place, its line above its column (half the bytes of a `SourceLocation`: the whole published
        /// text of every note is folded).
        private var packed: [UInt64] = []
        /// Each scalar's place in the notes.
        var places: [SourceLocation] { packed.indices.map(place) }

        func place(_ index: Int) -> SourceLocation {
            SourceLocation(line: Int(packed[index] >> 32), column: Int(packed[index] & 0xFFFF_FFFF))
        }

        @inline(__always)
        private static func pack(_ line: Int, _ column: Int) -> UInt64 {
            UInt64(UInt32(clamping: line)) << 32 | UInt64(UInt32(clamping: column))
        }

        /// Room for `count` scalars more (a hint: most text folds to no more scalars than it has bytes).
        mutating func reserve(_ count: Int) {
            scalars.reserveCapacity(scalars.count + count)
            packed.reserveCapacity(packed.count + count)
        }
        /// Never part of a name: where a private line was left out.
        private static let barrier: Unicode.Scalar = "\u{0}"

        /// The scalars without a space at either end.
        var trimmed: [Unicode.Scalar] {
            Array(scalars.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        }

        /// `line`, byte by byte where a character is one ASCII byte (one followed by another ASCII byte, or by the
        /// line's end: no mark joins it), character by character elsewhere. The same as `appendCharacters`
        /// (ParticipantNameTests holds the two to each other), in a fraction of the time: notes with names in
        /// `deelnemers` took a third more CPU for this check alone, most lines having an accent or an arrow.
        mutating func append(_ line: String, line number: Int) {
            // (A backslash that ends the line, a hard line break, is dropped as every backslash is: `Marieke\` and
            // `Hoekstra` on the next line.)
            // Over the line's own bytes (walking its UTF8View by index was most of this function's time).
            var copy = line
            copy.withUTF8 { bytes in
                var offset = 0, column = 1
                while offset < bytes.count {
                    let byte = bytes[offset]
                    if byte < 0x80, offset + 1 == bytes.count || bytes[offset + 1] < 0x80 {
                        // `%20` is a space, as a link shows it (`…/Marieke%20Hoekstra`: blind tester 31, published), and
                        // `%48` an `H` (`…/%48enk%20Jansen`: blind tester 45).
                        if byte == 0x25, let decoded = Self.percentEncoded(bytes, at: offset, in: line) {
                            if decoded == 0x20 { appendSpace(line: number, column: column) } else { appendASCII(decoded, line: number, column: column) }
                            (offset, column) = (offset + 3, column + 3)
                            continue
                        }
                        appendASCII(byte, line: number, column: column)
                        (offset, column) = (offset + 1, column + 1)
                        continue
                    }
                    let character = line[line.utf8.index(line.utf8.startIndex, offsetBy: offset)]
                    append(character, line: number, column: column)
                    column += character.unicodeScalars.count
                    offset += character.utf8.count
                }
            }
        }

        /// `append`, character by character throughout: the reference.
        mutating func appendCharacters(_ line: String, line number: Int) {
            var column = 1
            var characters = Array(line)[...]
            while let character = characters.first {
                if character == "%", let decoded = Self.percentDecoded(characters.dropFirst().prefix(2)) {
                    if decoded == 0x20 { appendSpace(line: number, column: column) } else { append(Character(Unicode.Scalar(decoded)), line: number, column: column) }
                    column += 3
                    characters = characters.dropFirst(3)
                    continue
                }
                append(character, line: number, column: column)
                column += character.unicodeScalars.count
                characters = characters.dropFirst()
            }
        }

        /// The space, letter or digit that the `%` at `offset` of `line`'s bytes and the two hex digits after it encode,
        /// as characters of their own (no mark joins the second digit); nil for any other.
        private static func percentEncoded(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, in line: String) -> UInt8? {
            guard offset + 2 < bytes.count, let decoded = decoded(bytes[offset + 1], bytes[offset + 2]) else { return nil }
            // (Before a byte that is no ASCII, the character there says whether a mark joins the second digit.)
            guard offset + 3 == bytes.count || bytes[offset + 3] < 0x80
                || line[line.utf8.index(line.utf8.startIndex, offsetBy: offset + 2)] == Character(Unicode.Scalar(bytes[offset + 2])) else { return nil }
            return decoded
        }

        /// `percentEncoded` of the two characters after a `%` (the reference).
        private static func percentDecoded(_ digits: ArraySlice<Character>) -> UInt8? {
            guard digits.count == 2, let high = digits.first?.asciiValue, let low = digits.last?.asciiValue,
                  digits.allSatisfy({ $0.unicodeScalars.count == 1 }) else { return nil }
            return decoded(high, low)
        }

        /// The space, ASCII letter or digit two hex digits encode (a tab, a hyphen or a `+` a space).
        private static func decoded(_ high: UInt8, _ low: UInt8) -> UInt8? {
            func value(_ digit: UInt8) -> UInt8? {
                switch digit {
                case 0x30...0x39: return digit - 0x30
                case 0x41...0x46: return digit - 0x41 + 10
                case 0x61...0x66: return digit - 0x61 + 10
                default: return nil
                }
            }
            guard let high = value(high), let low = value(low) else { return nil }
            let byte = high << 4 | low
            // (A tab, a hyphen and a `+` as the text shows them, a space: `Henk%2DJansen`, blind tester 46.)
            if byte == 0x09 || byte == 0x2D || byte == 0x2B { return 0x20 }
            return byte == 0x20 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) ? byte : nil
        }

        private mutating func append(_ character: Character, line number: Int, column: Int) {
            // (A character of one scalar that notes often hold, an accented letter, an arrow, a dash, a quote: its
            // folding made once, by the same function.)
            let unicodeScalars = character.unicodeScalars
            let only = unicodeScalars.first.flatMap { unicodeScalars.index(after: unicodeScalars.startIndex) == unicodeScalars.endIndex ? $0 : nil }
            switch only.flatMap(Self.common) ?? Self.folding(of: character) {
            case .nothing:
                return
            case .space:
                appendSpace(line: number, column: column)
            case .scalars(let folded):
                for scalar in folded {
                    scalars.append(scalar)
                    packed.append(Self.pack(number, column))
                }
            }
        }

        /// A character that is one ASCII byte: as `append(_: Character, …)` does it.
        @inline(__always)
        private mutating func appendASCII(_ byte: UInt8, line number: Int, column: Int) {
            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~") || byte == UInt8(ascii: "\\") { return }
            if byte == 0x20 || (0x09...0x0D).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "+") {
                appendSpace(line: number, column: column)
                return
            }
            scalars.append(Unicode.Scalar(byte >= 65 && byte <= 90 ? byte + 32 : byte))
            packed.append(Self.pack(number, column))
        }

        mutating func appendSpace(line: Int, column: Int) {
            guard scalars.last != " " else { return }
            scalars.append(" ")
            packed.append(Self.pack(line, column))
        }

        mutating func appendBreak() {
            guard scalars.last != Self.barrier else { return }
            scalars.append(Self.barrier)
            packed.append(0)
        }

        /// Where `name` stands as words of its own: its first scalar's place, and the column after its last.
        func wholeWordMatches(of name: [Unicode.Scalar]) -> [(start: SourceLocation, end: SourceLocation)] {
            wholeWordMatches(of: Names([name]))[0]
        }

        /// Names to look for, by their first scalar.
        struct Names {
            let names: [[Unicode.Scalar]]
            fileprivate let byFirst: [Unicode.Scalar: [Int]]
            /// The same for the 128 ASCII scalars, by value: looked up where every word starts (a hash each was 2 % of
            /// a check's CPU).
            fileprivate let byASCII: [[Int]]
            fileprivate let isEmpty: Bool

            /// For each name that is a surname, the initial that may stand before it instead of a title of address
            /// (`ParticipantNameMentions.surnames`): found only after one of those.
            let addressed: [Unicode.Scalar?]

            init(_ names: [[Unicode.Scalar]], addressed: [Unicode.Scalar?]? = nil) {
                self.names = names
                self.addressed = addressed ?? Array(repeating: nil, count: names.count)
                var byFirst: [Unicode.Scalar: [Int]] = [:]
                var byASCII = Array(repeating: [Int](), count: 128)
                for (index, name) in names.enumerated() where !name.isEmpty {
                    if name[0].value < 128 { byASCII[Int(name[0].value)].append(index) } else { byFirst[name[0], default: []].append(index) }
                }
                self.byFirst = byFirst
                self.byASCII = byASCII
                isEmpty = byFirst.isEmpty && byASCII.allSatisfy(\.isEmpty)
            }


            /// The names that begin with `scalar`, by their index.
            @inline(__always)
            fileprivate func beginning(with scalar: Unicode.Scalar) -> [Int]? {
                guard scalar.value < 128 else { return byFirst[scalar] }
                let found = byASCII[Int(scalar.value)]
                return found.isEmpty ? nil : found
            }
        }

        /// `wholeWordMatches(of:)` of each of the names, in one pass over the text: a match starts where a word does
        /// (at the start, or after a scalar that is no part of a word), so only there are the names that begin with
        /// the scalar compared (scanned once for each name, it was 3 % of a build's CPU with names in `deelnemers`).
        func wholeWordMatches(of names: Names) -> [[(start: SourceLocation, end: SourceLocation)]] {
            var result = Array(repeating: [(start: SourceLocation, end: SourceLocation)](), count: names.names.count)
            guard !names.isEmpty else { return result }
            var afterWord = false
            for start in scalars.indices {
                let scalar = scalars[start]
                defer { afterWord = Self.isWord(scalar) }
                guard !afterWord, let candidates = names.beginning(with: scalar) else { continue }
                for index in candidates {
                    guard let match = wholeWordMatch(of: names.names[index], at: start) else { continue }
                    if let initial = names.addressed[index], !isAddressed(before: start, initial: initial),
                       !isInitialled(after: start + names.names[index].count, initial: initial) { continue }
                    result[index].append(match)
                }
            }
            return result
        }

        /// The words of address (`ParticipantNameMentions.Words.address`), as scalars: a folded word is lower case.
        private static let addressTitles: Set<[Unicode.Scalar]> = Set(Words.address.map { Array($0.unicodeScalars) })

        /// Whether the word before `start` (after one space) is a title of address, or `initial` with a full stop, also
        /// with no space (`h.jansen@…`, an address: blind tester 32).
        private func isAddressed(before start: Int, initial: Unicode.Scalar) -> Bool {
            if start >= 2, scalars[start - 1] == ".", scalars[start - 2] == initial, start == 2 || !Self.isWord(scalars[start - 3]) {
                return true
            }
            guard start >= 2, scalars[start - 1] == " " else { return false }
            var begin = start - 1
            while begin > 0, Self.isWord(scalars[begin - 1]) || scalars[begin - 1] == "." { begin -= 1 }
            let word = scalars[begin..<(start - 1)]
            // (The initial without its full stop too: `M Hoekstra`, blind tester 34.)
            return word.elementsEqual([initial, "."]) || word.elementsEqual([initial]) || Self.addressTitles.contains(Array(word))
        }

        /// Whether the surname ending before `end` is followed by `initial`, as a list of names writes it (`Hoekstra, M.`,
        /// `Hoekstra M.`: blind tester 34): a comma or not, a space, the initial, a full stop or not, then no letter.
        private func isInitialled(after end: Int, initial: Unicode.Scalar) -> Bool {
            var index = end
            if index < scalars.count, scalars[index] == "," { index += 1 }
            guard index + 1 < scalars.count, scalars[index] == " ", scalars[index + 1] == initial else { return false }
            index += 2
            if index < scalars.count, scalars[index] == "." { index += 1 }
            return index == scalars.count || !Self.isWord(scalars[index])
        }

        /// `name` at `start` (a word's start) as words of its own, with a genitive's `s` or `'s`.
        private func wholeWordMatch(of name: [Unicode.Scalar], at start: Int) -> (start: SourceLocation, end: SourceLocation)? {
            guard start + name.count <= scalars.count, scalars[start..<(start + name.count)].elementsEqual(name) else { return nil }
            // A genitive is the name too (`Jan de Vries' idee`, `Marieke Hoekstras voorstel`, `Hoekstra's`).
            var end = start + name.count
            if end < scalars.count, scalars[end] == "s", end + 1 == scalars.count || !Self.isWord(scalars[end + 1]) {
                end += 1
            } else if end + 1 < scalars.count, scalars[end] == "'", scalars[end + 1] == "s",
                      end + 2 == scalars.count || !Self.isWord(scalars[end + 2]) {
                end += 2
            }
            guard end == scalars.count || !Self.isWord(scalars[end]) else { return nil }
            let last = place(end - 1)
            return (place(start), SourceLocation(line: last.line, column: last.column + 1))
        }

        /// A scalar that is part of a word: alphabetic or numeric (in ASCII, a letter or a digit).
        @inline(__always)
        static func isWord(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            guard value >= 0x80 else {
                return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
            }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }
}
