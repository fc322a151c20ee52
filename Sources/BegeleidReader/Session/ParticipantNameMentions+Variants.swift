extension ParticipantNameMentions {
    /// Other ways the text may write the name in a participant's `naam` (blind tester 29, each published): each of
    /// several people in one field (`Ruud Veldkamp en Els Bos`), the name without a middle initial (`Ruud J. Veldkamp`:
    /// “Ruud Veldkamp”), with the name in brackets for the one before it (`Rudolf (Ruud) Veldkamp`: “Ruud Veldkamp”),
    /// and a Dutch particle shortened (`van der`: “v.d.”, `v/d`). Only forms of two words or more: a word alone is not
    /// looked for.
    static func variants(of name: String) -> [String] {
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
            for form in forms where person.lowercased().contains(" van d") {
                let text = form.joined(separator: " ")
                for (particle, shorts) in shortenedParticles {
                    guard let range = text.range(of: " " + particle + " ", options: .caseInsensitive) else { continue }
                    forms += shorts.map { text.replacingCharacters(in: range, with: " " + $0 + " ").split(separator: " ").map(String.init) }
                }
            }
            for form in forms where form.count >= 2 {
                let text = form.joined(separator: " ")
                if text != name, !found.contains(text) { found.append(text) }
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

    /// Dutch particles and how notes shorten them.
    private static let shortenedParticles: [(String, [String])] = [
        ("van der", ["v.d.", "vd", "v/d"]), ("van den", ["v.d.", "vd", "v/d"]), ("van de", ["v.d.", "vd", "v/d"]),
    ]
}
