extension ParticipantNameMentions {
    /// Other ways the text may write the name in a participant's `naam` (blind tester 29, each published): each of
    /// several people in one field (`Ruud Veldkamp en Els Bos`), the name without a middle initial (`Ruud J. Veldkamp`:
    /// “Ruud Veldkamp”), with the name in brackets for the one before it (`Rudolf (Ruud) Veldkamp`: “Ruud Veldkamp”),
    /// and a Dutch particle shortened (`van der`: “v.d.”, `v/d`). Only forms of two words or more: a word alone is not
    /// looked for.
    static func variants(of name: String) -> [String] {
        mayHaveVariants(name) ? allVariants(of: name) : []
    }

    /// `variants` without the look at the bytes first (held to it by ParticipantNameTests).
    static func allVariants(of name: String) -> [String] {
        // (The name itself with other white space is no other form: names are compared with any white space.)
        let plain = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var found: [String] = []
        for person in people(in: name) {
            let words = person.split(whereSeparator: \.isWhitespace).map(String.init)
            var forms = [words]
            // The name in brackets in place of the word before it.
            if let index = words.indices.first(where: { $0 > 0 && words[$0].hasPrefix("(") && words[$0].hasSuffix(")") && words[$0].count > 2 }) {
                var nicknamed = words
                nicknamed[index - 1] = String(words[index].dropFirst().dropLast())
                nicknamed.remove(at: index)
                forms.append(nicknamed)
            }
            // Without initials between the first word and the last (`J.`, `J`).
            forms += forms.map { form in
                form.enumerated().filter { offset, word in
                    offset == 0 || offset == form.count - 1 || !(word.filter { $0 != "." }.count == 1 && word.first?.isLetter == true)
                }.map(\.element)
            }
            // The particle shortened.
            for form in forms where hasParticle(person) {
                let text = form.joined(separator: " ")
                for (particle, shorts) in shortenedParticles {
                    guard let range = text.range(of: " " + particle + " ", options: .caseInsensitive) else { continue }
                    forms += shorts.map { text.replacingCharacters(in: range, with: " " + $0 + " ").split(separator: " ").map(String.init) }
                }
            }
            for form in forms where form.count >= 2 {
                let text = form.joined(separator: " ")
                if text != plain, !found.contains(text) { found.append(text) }
            }
        }
        return found
    }

    /// The people a field names: split at `en`, `and`, `&`, `+`, `;`, `/` and at a comma between names of two words
    /// or more (`Hoekstra, Marieke` is one name, the surname first). The field itself when it names one.
    private static func people(in name: String) -> [String] {
        let separators = [" en ", " and ", " & ", " + ", ";", " / "]
        guard separators.contains(where: name.contains) || name.contains(",") else { return [name] }
        var parts = [name]
        for separator in separators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        parts = parts.flatMap { part -> [String] in
            let pieces = part.components(separatedBy: ",")
            let named = pieces.allSatisfy { $0.split(whereSeparator: \.isWhitespace).count >= 2 }
            return pieces.count > 1 && named ? pieces : [part]
        }
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Whether `name` may have another form: it holds a sign that joins people or brackets (`,;&+/(`), `en` or `and`
    /// as a word, a word of one letter (with or without a full stop), or a particle that is shortened. Told from its
    /// bytes: most names are two or three plain words, and this is asked of every participant of every note.
    static func mayHaveVariants(_ name: String) -> Bool {
        var previousWasSpace = true
        var wordLength = 0
        var wordIsLetters = true, wordHasNonASCII = false
        var word: [UInt8] = []
        func wordEnds() -> Bool {
            // (A word of up to four bytes beyond ASCII may be one letter, `É.`.)
            (wordLength == 1 && wordIsLetters) || (wordHasNonASCII && wordLength <= 4)
                || (wordLength == 2 && word == Array("en".utf8)) || (wordLength == 3 && word == Array("and".utf8))
        }
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "("):
                return true
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                if !previousWasSpace, wordEnds() { return true }
                previousWasSpace = true
                (wordLength, wordIsLetters, wordHasNonASCII, word) = (0, true, false, [])
            case UInt8(ascii: "."):
                previousWasSpace = false
            default:
                previousWasSpace = false
                wordLength += 1
                if wordLength <= 3 { word.append(byte | 0x20) }
                if !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) { wordIsLetters = false }
                if byte >= 0x80 { wordHasNonASCII = true }
            }
        }
        return (!previousWasSpace && wordEnds()) || hasParticle(name)
    }

    /// Whether `name` holds ` van d` (any case), the start of a particle that notes shorten.
    private static func hasParticle(_ name: String) -> Bool {
        let bytes = Array(name.utf8), particle = Array(" van d".utf8)
        guard bytes.count >= particle.count else { return false }
        return (0...(bytes.count - particle.count)).contains { start in
            particle.indices.allSatisfy { bytes[start + $0] | 0x20 == particle[$0] | 0x20 }
        }
    }

    /// Dutch particles and how notes shorten them.
    private static let shortenedParticles: [(String, [String])] = [
        ("van der", ["v.d.", "vd", "v/d"]), ("van den", ["v.d.", "vd", "v/d"]), ("van de", ["v.d.", "vd", "v/d"]),
    ]
}
