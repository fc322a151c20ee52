import BegeleidModel
import Foundation

/// A participant's name (from `deelnemers`) written in the published text of an anonymous session: an error
/// that keeps even a concept's report back (`participant-name-in-text`, one of `Diagnostic.privacyCodes`). A
/// blind tester typed “Jan de Vries opende de avond.” under Casus: it was in every report and on the beamer,
/// though the tool knew the name and the notes said `namen: anoniem`. The name is never quoted; the role is.
enum ParticipantNameMentions {
    /// The findings for `lines` (the note's lines, comments masked), from line `firstBodyLine` (0-based) on, except
    /// `privateLines` (1-based, as the report leaves them out).
    static func findings(_ participants: [Participant], lines: [String], firstBodyLine: Int, privateLines: Set<Int>,
                         path: String) -> [Diagnostic] {
        let named = participants.compactMap { participant -> (name: String, role: String)? in
            guard let name = participant.name?.trimmingCharacters(in: .whitespaces),
                  name.count >= 3, name.contains(where: \.isLetter) else { return nil }
            return (name, participant.role)
        }
        guard !named.isEmpty, firstBodyLine < lines.count else { return [] }
        var findings: [Diagnostic] = []
        for index in firstBodyLine..<lines.count where !privateLines.contains(index + 1) {
            let line = lines[index]
            for (name, role) in named {
                guard let column = firstWholeWord(name, in: line) else { continue }
                findings.append(Diagnostic(
                    .error, .participantNameInText, path: path, at: SourceLocation(line: index + 1, column: column),
                    LocalizedText(
                        nl: "hier staat de naam van een deelnemer (\(role)) uit “deelnemers”, en de namen zijn anoniem: schrijf de rol, of zet “namen: openbaar” als de deelnemers dat goedvinden",
                        en: "this is the name of a participant (\(role)) from “deelnemers”, and names are anonymous: write the role, or set “namen: openbaar” if the participants agree")))
            }
        }
        return findings
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
