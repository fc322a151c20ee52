import Foundation

extension ParticipantNameMentions.Folded {
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
}
