extension ParticipantNameMentions {
    /// Other ways the text may write the name in a participant's `naam` (blind testers 29 and 30, each published):
    /// each of several people in one field (`Ruud Veldkamp en Els Bos`, and `Ruud en Els Veldkamp`: “Ruud Veldkamp”),
    /// the name without middle initials (`Ruud J. Veldkamp`, `Ruud J.K. Veldkamp`: “Ruud Veldkamp”), with the name in
    /// brackets or quotes for the first name (`Rudolf (Ruud) Veldkamp`, `Rudolf “Ruud” Veldkamp`, `Rudolf Veldkamp
    /// (Ruud)`: “Ruud Veldkamp”), each half of a double surname (`Marieke Hoekstra-de Boer`: “Marieke Hoekstra”,
    /// “Marieke de Boer”), and a Dutch particle shortened or written out (`van der`: “v.d.”, `v. d.`, `vd`, `v/d`, and
    /// back; `van 't`: “van t”, `v/t`). Only forms of two words or more: a word alone is not looked for.
    static func variants(of name: String) -> [String] {
        mayHaveVariants(name) ? allVariants(of: name) : []
    }

    /// `variants` without the look at the bytes first (held to it by HiddenPrivacyTests).
    static func allVariants(of name: String) -> [String] {
        // (The name itself with other white space is no other form: names are compared with any white space.)
        let plain = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var found: [String] = []
        for person in people(in: name) {
            let words = person.split(whereSeparator: \.isWhitespace).map(String.init)
            var forms = [words]
            // The name in brackets or quotes for the first name: in place of the word before it, or of the first word
            // when it comes last.
            if let index = words.indices.first(where: { $0 > 0 && isNickname(words[$0]) }) {
                var nicknamed = words
                nicknamed[index == words.count - 1 ? 0 : index - 1] = String(words[index].dropFirst().dropLast())
                nicknamed.remove(at: index)
                forms.append(nicknamed)
            }
            // Each half of a double surname (after the first word).
            for form in forms {
                guard let index = form.indices.first(where: { $0 > 0 && $0 < form.count && form[$0].contains("-") }) else { continue }
                let halves = form[index].split(separator: "-", maxSplits: 1).map(String.init)
                guard halves.count == 2, !halves[0].isEmpty, !halves[1].isEmpty else { continue }
                forms.append(Array(form[..<index]) + [halves[0]])
                forms.append(Array(form[..<index]) + [halves[1]] + Array(form[(index + 1)...]))
            }
            // Without initials between the first word and the last (`J.`, `J`, `J.K.`).
            forms += forms.map { form in
                form.enumerated().filter { offset, word in offset == 0 || offset == form.count - 1 || !isInitials(word) }.map(\.element)
            }
            // The particle shortened, or written out.
            if hasParticle(person) {
                for form in forms {
                    let text = " " + form.joined(separator: " ") + " "
                    for (long, shorts) in Words.particleShortenings {
                        for (from, to) in shorts.map({ (long, $0) }) + shorts.map({ ($0, long) }) {
                            guard let range = text.range(of: " " + from + " ", options: .caseInsensitive) else { continue }
                            forms.append(text.replacingCharacters(in: range, with: " " + to + " ").split(separator: " ").map(String.init))
                        }
                    }
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
    /// or more (`Hoekstra, Marieke` is one name, the surname first). A first name alone before the last of them has
    /// that one's surname (`Ruud en Els Veldkamp`). The field itself when it names one.
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
        var people = parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let surname = people.last?.split(whereSeparator: \.isWhitespace).last, people.count > 1,
           (people.last?.split(whereSeparator: \.isWhitespace).count ?? 0) >= 2 {
            for index in people.indices.dropLast() where !people[index].contains(where: \.isWhitespace) {
                people[index] += " " + surname
            }
        }
        return people
    }

    /// `(Ruud)`, `"Ruud"`, `“Ruud”`, `'Ruud'`, `‘Ruud’`.
    private static func isNickname(_ word: String) -> Bool {
        guard word.count > 2, let first = word.first, let last = word.last else { return false }
        return ["()", "\"\"", "“”", "''", "‘’", "„”"].contains { $0.first == first && $0.last == last }
    }

    /// `J`, `J.`, `J.K.`: a letter, or up to three letters each with a full stop.
    private static func isInitials(_ word: String) -> Bool {
        let letters = word.filter { $0 != "." }
        guard !letters.isEmpty, letters.allSatisfy(\.isLetter) else { return false }
        return letters.count == 1 || (letters.count <= 3 && word.filter { $0 == "." }.count == letters.count)
    }

    /// Whether `name` may have another form: it holds a sign that joins people, brackets or quotes (`,;&+/(` `"'“‘„`), a
    /// hyphen after its first word, `en` or `and` as a word, a word of one letter or a few with full stops (or up to
    /// four bytes beyond ASCII), or a particle that is shortened. Told from its bytes: most names are two or three plain
    /// words, and this is asked of every participant of every note.
    static func mayHaveVariants(_ name: String) -> Bool {
        var previousWasSpace = true, wordsDone = 0
        var wordLength = 0, dots = 0
        var wordIsLetters = true, wordHasNonASCII = false
        var word: [UInt8] = []
        func wordEnds() -> Bool {
            (wordIsLetters && (wordLength == 1 || (wordLength <= 3 && dots == wordLength))) || (wordHasNonASCII && wordLength <= 4)
                || (wordLength == 2 && word == Array("en".utf8)) || (wordLength == 3 && word == Array("and".utf8))
        }
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "("),
                 UInt8(ascii: "\""), UInt8(ascii: "'"), 0xE2:
                // (0xE2: the first byte of `“`, `‘`, `„`.)
                return true
            case UInt8(ascii: "-"):
                if wordsDone > 0 { return true }
                previousWasSpace = false
                wordLength += 1
                wordIsLetters = false
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                if !previousWasSpace {
                    if wordEnds() { return true }
                    wordsDone += 1
                }
                previousWasSpace = true
                (wordLength, dots, wordIsLetters, wordHasNonASCII, word) = (0, 0, true, false, [])
            case UInt8(ascii: "."):
                previousWasSpace = false
                dots += 1
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

    /// Whether `name` holds the start of a particle that notes shorten, or a short form of one (any case).
    private static func hasParticle(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        return particleStarts.contains { particle in
            guard bytes.count >= particle.count else { return false }
            return (0...(bytes.count - particle.count)).contains { start in
                particle.indices.allSatisfy { bytes[start + $0] | 0x20 == particle[$0] | 0x20 }
            }
        }
    }

    private static let particleStarts = [" van d", " van '", " van t", " van \u{2019}", " v.d", " v. d", " vd ", " v/d", " v/t"].map { Array($0.utf8) }
}
