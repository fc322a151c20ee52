extension ParticipantNameMentions {
    /// More ways a note typed in a hurry writes a name of two words or more (blind tester 34, each published): without
    /// its particles, or with them glued (`Ruud van der Veldkamp`: “Ruud Veldkamp”, “Ruud vander Veldkamp”, “Ruud
    /// Vanderveldkamp”), `ij` as `y` and back (`Sjoerd Dijkstra`: “Sjoerd Dykstra”), and the first name with the
    /// surname's initial (`Marieke Hoekstra`: “Marieke H.”, the first name of three letters or more).
    static func spellings(of name: String) -> [String] {
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2 else { return [] }
        var found: [[String]] = []
        let inner = words.indices.dropFirst().dropLast()
        if let particle = inner.first(where: { Words.particles.contains(words[$0].lowercased()) }) {
            let particles = words[particle...].prefix { Words.particles.contains($0.lowercased()) }
            let after = Array(words[(particle + particles.count)...])
            if !after.isEmpty {
                let before = Array(words[..<particle])
                found.append(before + after)
                found.append(before + [particles.joined()] + after)
                found.append(before + [(Array(particles) + after).joined()])
            }
        }
        for form in [words] + found {
            let text = form.joined(separator: " ")
            for (from, to) in [("ij", "y"), ("IJ", "Y"), ("Ij", "Y"), ("y", "ij"), ("Y", "IJ")] where text.contains(from) {
                found.append(text.replacingOccurrences(of: from, with: to).split(separator: " ").map(String.init))
            }
        }
        if words[0].count >= 3, words[0].allSatisfy(\.isLetter), let initial = words.last?.first(where: \.isLetter) {
            found.append([words[0], String(initial) + "."])
        }
        return found.map { $0.joined(separator: " ") }
    }
}
