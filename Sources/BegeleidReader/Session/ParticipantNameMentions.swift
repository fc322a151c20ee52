import BegeleidModel
import Foundation

/// A participant's name (from `deelnemers`) written in the published text of an anonymous session: an error
/// that keeps even a concept's report back (`participant-name-in-text`, one of `Diagnostic.privacyCodes`). A
/// blind tester typed “Jan de Vries opende de avond.” under Casus: it was in every report and on the beamer,
/// though the tool knew the name and the notes said `namen: anoniem`. The name is never quoted; the role is.
enum ParticipantNameMentions {
    /// The findings for `lines` (the note's lines, comments masked), from line `firstBodyLine` (0-based) on, except
    /// `privateLines` (1-based, as the report leaves them out). The front matter is looked at too: a name in the title
    /// reached the index, the reports and the data (the retest).
    static func findings(_ participants: [Participant], lines: [String], firstBodyLine: Int, privateLines: Set<Int>,
                         path: String) -> [Diagnostic] {
        let named = participants.compactMap { participant -> (name: String, role: String)? in
            guard let name = participant.name?.trimmingCharacters(in: .whitespaces),
                  name.count >= 3, name.contains(where: \.isLetter) else { return nil }
            return (name, participant.role)
        }
        guard !named.isEmpty, firstBodyLine < lines.count else { return [] }
        // (A name with two spaces, or a tab, between its words is the same name: the retest's “Marieke  Hoekstra”.)
        let spaced = named.map { spacedPattern($0.name) }
        var findings: [Diagnostic] = []
        for index in firstBodyLine..<lines.count where !privateLines.contains(index + 1) {
            let line = lines[index]
            for ((name, role), pattern) in zip(named, spaced) {
                guard let column = firstWholeWord(name, in: line) ?? pattern.flatMap({ firstMatch($0, in: line) }) else { continue }
                findings.append(Diagnostic(
                    .error, .participantNameInText, path: path, at: SourceLocation(line: index + 1, column: column),
                    LocalizedText(
                        nl: "hier staat de naam van een deelnemer (\(role)) uit “deelnemers”, en de namen zijn anoniem: schrijf de rol, of zet “namen: openbaar” als de deelnemers dat goedvinden",
                        en: "this is the name of a participant (\(role)) from “deelnemers”, and names are anonymous: write the role, or set “namen: openbaar” if the participants agree")))
            }
        }
        return findings
    }

    /// For a name of several words: its words with any white space between them, as words of their own, in any case.
    static func spacedPattern(_ name: String) -> NSRegularExpression? {
        let words = name.split(whereSeparator: \.isWhitespace)
        guard words.count > 1 else { return nil }
        let pattern = "(?<![\\p{L}\\p{N}])" + words.map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(separator: "\\s+")
            + "(?![\\p{L}\\p{N}])"
        return try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    /// The column (in Unicode scalars, from 1) of the first match of `pattern` in `line`.
    static func firstMatch(_ pattern: NSRegularExpression, in line: String) -> Int? {
        guard let match = pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
              let range = Range(match.range, in: line) else { return nil }
        return line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound) + 1
    }

    /// The column (in Unicode scalars, from 1) where `name` first stands in `line` as words of its own, in any case.
    static func firstWholeWord(_ name: String, in line: String) -> Int? {
        var start = line.startIndex
        while start < line.endIndex,
              let range = line.range(of: name, options: [.caseInsensitive, .diacriticInsensitive], range: start..<line.endIndex) {
            let before = range.lowerBound == line.startIndex ? nil : line[line.index(before: range.lowerBound)]
            let after = range.upperBound == line.endIndex ? nil : line[range.upperBound]
            let isWordCharacter = { (character: Character?) in character.map { $0.isLetter || $0.isNumber } ?? false }
            if !isWordCharacter(before), !isWordCharacter(after) {
                return line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound) + 1
            }
            start = line.index(after: range.lowerBound)
        }
        return nil
    }
}
