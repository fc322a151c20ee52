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

        /// What a character adds to the folded text.
        enum Folding: Equatable {
            case nothing, space, scalars([Unicode.Scalar])
        }

        static func folding(of character: Character) -> Folding {
            // (A backslash too: an escape is not shown, and `Marieke\ Hoekstra` shows the name: blind tester 26.)
            if character == "*" || character == "_" || character == "~" || character == "\\" { return .nothing }
            // Invisible marks pasted with a text (a soft hyphen, a zero-width space): not shown, so not there.
            if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .format }) { return .nothing }
            // A hyphen is a space (`Anne-Marie` and `Anne Marie`, `Marieke-Hoekstra`); so is a table's `|`, between
            // cells shown side by side (`| Marieke | Hoekstra |`: blind tester 26).
            // And a `+`, as a web address writes a space (`?wie=Marieke+Hoekstra`: blind tester 34).
            if character.isWhitespace || character == "-" || character == "|" || character == "+" || character == "\u{2010}" || character == "\u{2011}" {
                return .space
            }
            // A capital of another script that looks like a Latin one, before case folding makes it a small letter that
            // may look like another (Greek `Η` is an `H`, its small `η` an `n`: blind tester 46).
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1, let latin = capitalLookalikes[scalar] {
                return .scalars([latin])
            }
            // The Dutch ligature as its two letters (`Dĳkstra`).
            if character == "ĳ" || character == "Ĳ" { return .scalars(["i", "j"]) }
            if let ascii = character.asciiValue {
                return .scalars([Unicode.Scalar(ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii)])
            }
            // (Full-width letters as the ASCII ones: `Ｍａｒｉｅｋｅ` shows the name; blind tester 26. A letter in its
            // compatibility form as the letter, `ℍ` as `H`: blind tester 45. Not the Latin letters of `common`, whose
            // table every process makes before it reads a note: a letter's mapping there took it twice as long.)
            let beyondLatin = character.unicodeScalars.first.map { $0.value > 0x24F } ?? false
            let letter = beyondLatin && character.isLetter ? String(character).precomposedStringWithCompatibilityMapping : String(character)
            let folded = letter.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            return .scalars(folded.unicodeScalars.filter { $0.properties.generalCategory != .format }.map { plain[$0] ?? lookalikes[$0] ?? $0 })
        }

        /// `folding(of:)` of each scalar from U+0080 to U+024F (Latin letters with accents), of general punctuation
        /// (dashes, quotes, spaces) and of the arrows, as a character of its own: made once. (Folding each through
        /// Foundation was a third of folding a note's text, an arrow on every effect's line.) In parts, each made
        /// when a note first holds one of its characters: the whole table took some 1.5 ms of every process before
        /// it read its first note (a one-file rebuild's path), where a Dutch note needs three parts of it (é, ’, →).
        static func common(_ scalar: Unicode.Scalar) -> Folding? {
            let value = Int(scalar.value)
            switch value {
            case 0x80...0xBF: return latinSigns[value - 0x80]
            case 0xC0...0xFF: return latinLetters[value - 0xC0]
            case 0x100...0x17F: return latinExtendedA[value - 0x100]
            case 0x180...0x24F: return latinExtendedB[value - 0x180]
            case 0x2000...0x201F: return spacesDashesQuotes[value - 0x2000]
            case 0x2020...0x206F: return punctuation[value - 0x2020]
            case 0x2190...0x219F: return arrows[value - 0x2190]
            case 0x21A0...0x21FF: return moreArrows[value - 0x21A0]
            default: return nil
            }
        }

        private static let latinSigns = table(0x80...0xBF)
        private static let latinLetters = table(0xC0...0xFF)
        private static let latinExtendedA = table(0x100...0x17F)
        private static let latinExtendedB = table(0x180...0x24F)
        private static let spacesDashesQuotes = table(0x2000...0x201F)
        private static let punctuation = table(0x2020...0x206F)
        private static let arrows = table(0x2190...0x219F)
        private static let moreArrows = table(0x21A0...0x21FF)

        private static func table(_ range: ClosedRange<UInt32>) -> [Folding] {
            range.map { value in Unicode.Scalar(value).map { folding(of: Character($0)) } ?? .nothing }
        }

        /// Letters that folding leaves as they are, as a text typed without them writes them (`Yılmaz` and `Yilmaz`,
        /// `Łukasz`, `Søren`), and the typographic apostrophes as `'` (`d’Hondt` and `d'Hondt`; editors change them).
        static let plain: [Unicode.Scalar: Unicode.Scalar] = [
            "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ŀ": "l",
            "\u{2019}": "'", "\u{2018}": "'", "\u{02BC}": "'", "\u{2032}": "'",
        ]

        /// Letters of other scripts that look like a Latin one, as that letter (small letters: folding lowers the capitals
    /// first): `Hеnk` with a Cyrillic `е`, `Fɑtimɑ` with a Latin alpha showed the name (blind tester 45). A name
    /// written in those scripts is folded the same way, so it is still found.
    static let lookalikes: [Unicode.Scalar: Unicode.Scalar] = [
        // Cyrillic
        "а": "a", "в": "b", "е": "e", "ё": "e", "і": "i", "ї": "i", "ј": "j", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w",
        // Greek
        "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "m", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
        "υ": "u", "χ": "x", "ζ": "z",
        // Latin letters of other shapes, small capitals
        "ɑ": "a", "ɡ": "g", "ɩ": "i", "ɪ": "i", "ʀ": "r", "ʏ": "y", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e",
        "ɢ": "g", "ʜ": "h", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ᴛ": "t", "ᴜ": "u",
        "ᴠ": "v", "ᴡ": "w", "ᴢ": "z",
    ]

    /// Capitals of other scripts that look like a Latin capital, as that letter in small: Greek, Cyrillic and Cherokee
    /// (`Ηenk` with a Greek Eta, `Ꮋenk` with a Cherokee Mi; blind tester 46).
    static let capitalLookalikes: [Unicode.Scalar: Unicode.Scalar] = [
        // Greek
        "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n", "Ο": "o", "Ρ": "p",
        "Τ": "t", "Υ": "y", "Χ": "x",
        // Cyrillic
        "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c", "Т": "t", "Х": "x",
        "Ѕ": "s", "І": "i", "Ј": "j", "Ү": "y",
        // Cherokee
        "Ꭺ": "a", "Ᏼ": "b", "Ꮯ": "c", "Ꭰ": "d", "Ꭼ": "e", "Ꮐ": "g", "Ꮋ": "h", "Ꭵ": "i", "Ꭻ": "j", "Ꮶ": "k",
        "Ꮮ": "l", "Ꮇ": "m", "Ꮲ": "p", "Ꮢ": "r", "Ꮪ": "s", "Ꭲ": "t", "Ꮩ": "v", "Ꮃ": "w", "Ꮓ": "z",
    ]

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
