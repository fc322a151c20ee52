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
        // (Only a name that holds a `y`, or an `i` before a `j`: most hold neither, and the replacing is dear.)
        let bytes = Array(name.utf8).map { $0 | 0x20 }
        if bytes.contains(0x79) || zip(bytes, bytes.dropFirst()).contains(where: { $0 == 0x69 && $1 == 0x6A }) {
            for form in [words] + found {
                let text = form.joined(separator: " ")
                for swapped in [ijAsY(text), yAsIJ(text)] where swapped != text { found.append(swapped.split(separator: " ").map(String.init)) }
            }
        }
        if words[0].count >= 3, words[0].allSatisfy(\.isLetter), let initial = words.last?.first(where: \.isLetter) {
            found.append([words[0], String(initial) + "."])
            // (Also without its full stop, `Marieke H`: blind tester 39.)
            found.append([words[0], String(initial)])
        }
        return found.map { $0.joined(separator: " ") }
    }

    /// `text` with each `ij` as `y` (`IJ`, `Ij` as `Y`).
    private static func ijAsY(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "i" || scalar == "I", let next = scalars.first, next == "j" || next == "J" {
                result.append(scalar == "I" ? "Y" : "y")
                scalars.removeFirst()
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` with each `y` as `ij` (`Y` as `IJ`).
    private static func yAsIJ(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "y": result.append(contentsOf: "ij".unicodeScalars)
            case "Y": result.append(contentsOf: "IJ".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
