import BegeleidModel

extension ParticipantNameMentions {
    /// A participant's name in the notes' file name (`sessie-ruud-veldkamp.md`): the name of the report's folder, in the
    /// index, the overview and every table of `data/` (blind tester 29). An error at the file's first line, as the other
    /// names' are: the name whole (in any of the forms the text is searched for), as words of the slug.
    static func fileNameFinding(slug: String, participants: [Participant], path: String) -> Diagnostic? {
        let padded = "-" + slug + "-"
        for participant in participants {
            // (Only a name one of whose words is in the file's name: looked at for every note.)
            guard let name = participant.name,
                  name.split(whereSeparator: { !$0.isLetter }).contains(where: { $0.count >= 3 && padded.contains(Names.slug(String($0))) })
            else { continue }
            // Each form as the text is searched for it, also the surname first and glued (`hoekstra-marieke`,
            // `mariekehoekstra`: blind tester 30).
            let written = writtenForms(of: name)
            let forms = written.flatMap { form in glued(Array(form.unicodeScalars)).map { String(String.UnicodeScalarView($0)) } }
            // And the surname with the first name's initial before or after it, or glued to it (`m-hoekstra`, `hoekstra-m`,
            // `mhoekstra`, `r-vd-veldkamp`, `rvdveldkamp`: blind tester 36, each in the report's folder and the data).
            let initialled = surnames(in: written).flatMap { found -> [String] in
                let (surname, initial) = (String(String.UnicodeScalarView(found.surname)), String(found.initial))
                return ["\(initial) \(surname)", "\(surname) \(initial)", initial + Names.slug(surname).replacingOccurrences(of: "-", with: "")]
            }
            for form in forms + initialled {
                let words = Names.slug(form)
                guard words.contains("-") || words.count >= 10 || (words.count >= 6 && initialled.contains(form)),
                      padded.contains("-" + words + "-") else { continue }
                // (Not a role that holds a name: `rol: wethouder Pieternella Kwakkelstein`, as `findings` does.)
                let quoted = Role(role: Self.holdsName(participant.role, of: participants) ? "…" : participant.role).quoted
                return Diagnostic(.error, .participantNameInText, path: path, at: SourceLocation(line: 1, column: 1), LocalizedText(
                    nl: "de bestandsnaam noemt een deelnemer\(quoted) uit “deelnemers”, en de namen zijn anoniem: hij wordt de map van het rapport en staat in de index en de data; geef het bestand een andere naam",
                    en: "the file name names a participant\(quoted) from “deelnemers”, and names are anonymous: it becomes the report's folder and stands in the index and the data; rename the file"))
            }
        }
        return nil
    }

    /// Whether `role` holds a word of three letters or more of a participant's name.
    private static func holdsName(_ role: String, of participants: [Participant]) -> Bool {
        let words = Set(participants.flatMap { ($0.name ?? "").split { !$0.isLetter }.filter { $0.count >= 3 }.map { Names.slug(String($0)) } })
        return Names.slug(role).split(separator: "-").contains { words.contains(String($0)) }
    }
}
