import BegeleidMarkdown
import BegeleidModel
import Foundation

/// A participant's name (from `deelnemers`) written in the published text of an anonymous session: an error
/// that keeps even a concept's report back (`participant-name-in-text`, one of `Diagnostic.privacyCodes`). A
/// blind tester typed “Jan de Vries opende de avond.” under Casus: it was in every report and on the beamer,
/// though the tool knew the name and the notes said `namen: anoniem`. The name is never quoted; the role is.
///
/// The name is looked for as the report shows it: in any case and with any accents, with any white space between
/// its words, also where a line ends between them (an editor's wrap), and with emphasis marks dropped
/// (`*Jan* Jansen` is shown “Jan Jansen”). A part of a name alone (`Jansen`, `Jan`) is not looked for: a first
/// name or a surname is often a word of the text too.
enum ParticipantNameMentions {
    /// The findings for `lines` (the note's lines, comments masked), from line `firstBodyLine` (0-based) on, except
    /// `privateLines` (1-based, as the report leaves them out). The front matter is looked at too: a name in the title
    /// reached the index, the reports and the data (the retest). Each finding runs to the name's end (`end`).
    ///
    /// Each of `shownTexts` (the front matter's values as YAML reads them, the participants' roles and organisations
    /// among them) is looked at as well, where no finding is on its line yet.
    ///
    /// Then the text as the report shows it (`document`, the body's blocks, `lineOffset` lines after the file's start):
    /// cmark-gfm's text of each published paragraph, heading and table cell, where an entity is its character, a link
    /// its text, an escape its mark and raw HTML gone. A name found there on lines without a finding gets one at its
    /// block, which runs to the block's end (a tester's `Marieke&nbsp;Hoekstra`, `M&#97;rieke Hoekstra` or
    /// `[Marieke](x) Hoekstra` was shown as the name, and not found in the lines).
    ///
    /// `earlier`: the participants of the earlier sessions of its series (`vervolg_op`, one after another), looked for
    /// as its own are (a blind tester named an earlier session's participant in a follow-up's Opvolging: published).
    static func findings(_ participants: [Participant], lines: [String], firstBodyLine: Int, privateLines: Set<Int>,
                         path: String, document: MarkdownBlock? = nil, lineOffset: Int = 0,
                         shownTexts: [(text: String, at: SourceLocation)] = [], earlier: [SessionReader.EarlierParticipant] = []) -> [Diagnostic] {
        let everyone = participants.map { ($0, String?.none) } + earlier.map { ($0.participant, Optional($0.session)) }
        var named = everyone.enumerated().flatMap { who, pair -> [(name: [Unicode.Scalar], role: Role, who: Int, addressed: Unicode.Scalar?)] in
            let (participant, session) = pair
            guard let name = participant.name, name.contains(where: \.isLetter) else { return [] }
            let role = Role(role: participant.role, session: session)
            return searchedForms.forms(of: name).map { ($0.name, role, who, $0.addressed) }
        }
        guard !named.isEmpty, firstBodyLine < lines.count else { return [] }
        let names = Folded.Names(named.map(\.name), addressed: named.map(\.addressed))
        // A role that holds a name is not quoted: `rol: wethouder Pieternella Kwakkelstein` put the name in this very
        // finding, on the terminal and the beamer (blind tester 27).
        for role in Set(named.map(\.role.role)) {
            var folded = Folded()
            folded.append(role, line: 1)
            guard folded.wholeWordMatches(of: names).contains(where: { !$0.isEmpty }) else { continue }
            for index in named.indices where named[index].role.role == role { named[index].role.role = "…" }
        }
        // The published lines as one text, a space where a line ends; a line left out breaks it.
        var text = Folded()
        text.reserve(lines[firstBodyLine...].reduce(0) { $0 + $1.utf8.count + 1 })
        for index in firstBodyLine..<lines.count {
            guard !privateLines.contains(index + 1) else {
                text.appendBreak()
                continue
            }
            text.append(lines[index], line: index + 1)
            text.appendSpace(line: index + 1, column: lines[index].unicodeScalars.count + 1)
        }
        var findings: [Diagnostic] = []
        var seen = Set<String>()
        for ((_, role, who, _), matches) in zip(named, text.wholeWordMatches(of: names)) {
            // (One finding a line for each participant.)
            for (start, end) in matches where seen.insert("\(start.line) \(who)").inserted {
                findings.append(finding(role: role, path: path, from: start, to: end))
            }
        }
        // The name as given with one slip in one word (`TypedName`).
        let typed = everyone.enumerated().compactMap { who, pair in
            pair.0.name.flatMap { TypedName($0, role: Role(role: pair.0.role, session: pair.1), who: who) }
        }
        for (name, start, end) in typedNames(typed, in: text) where seen.insert("\(start.line) \(name.who)").inserted {
            findings.append(finding(role: named.first { $0.who == name.who }?.role ?? name.role, path: path, from: start, to: end))
        }
        // A participant's role or organisation, which the report's table shows (its lines are private: they are
        // the participants'), and a value that holds a name only once YAML has read it. One finding a text, at its value.
        for (shownText, at) in shownTexts where !findings.contains(where: { $0.location.line == at.line }) {
            var shown = Folded()
            // (A tag in it is shown as typed, between the words: `Marieke<br>Hoekstra` in a role, a retest.)
            shown.append(shownText.contains("<") ? Self.withoutTags(shownText) : shownText, line: at.line)
            guard let first = shown.wholeWordMatches(of: names).firstIndex(where: { !$0.isEmpty }) else { continue }
            var located = finding(role: named[first].role, path: path, from: at, to: at)
            located.end = shownText.contains(where: \.isNewline) ? nil
                : SourceLocation(line: at.line, column: at.column + shownText.unicodeScalars.count)
            findings.append(located)
        }
        if let document {
            var found = Set(findings.flatMap(\.lines))
            shownBlocks(document) { block in
                let first = block.start.line + lineOffset, last = max(first, block.end.line + lineOffset)
                guard !(first...last).contains(where: { privateLines.contains($0) || found.contains($0) }),
                      (first...last).contains(where: { $0 <= lines.count && Self.mayShowOtherwise(lines[$0 - 1]) }) else { return }
                var shown = Folded()
                shown.append(block.text, line: first)
                var told = Set<Int>()
                for ((_, role, who, _), matches) in zip(named, shown.wholeWordMatches(of: names)) where !told.contains(who) && !matches.isEmpty {
                    told.insert(who)
                    findings.append(finding(role: role, path: path, from: SourceLocation(line: first, column: block.start.column),
                                            to: SourceLocation(line: last, column: block.end.column + 1)))
                    found.formUnion(first...last)
                }
            }
        }
        return findings.sorted { $0.location < $1.location }
    }

    /// What is looked for of a name given (folded): each of its written forms glued and turned (`glued`), and each
    /// surname with the initial that may stand before it (`addressed`), also glued to it.
    static func searched(_ name: String) -> [(name: [Unicode.Scalar], addressed: Unicode.Scalar?)] {
        let forms = writtenForms(of: name)
        return forms.flatMap { written -> [(name: [Unicode.Scalar], addressed: Unicode.Scalar?)] in
            var folded = Folded()
            folded.append(written, line: 0)
            let scalars = folded.trimmed
            guard scalars.count >= 3 else { return [] }
            return glued(scalars).map { ($0, nil) }
        } + surnames(in: forms).flatMap { surname in
            // The initial glued to a surname of one word (`mhoekstra@…`: blind tester 34), looked for anywhere.
            [(surname.surname, Optional(surname.initial))]
                + (surname.surname.count >= 4 && !surname.surname.contains(" ") ? [([surname.initial] + surname.surname, nil)] : [])
        }
    }

    /// `searched` of each name, made once a process while they are few: a name is often in many notes (a series' follow-up
    /// looks for the participants of every session before it), and making them was 3.4 % of a build's samples. Emptied when
    /// it holds 4,096 names, so that a build of many notes, each with its own names, keeps no more than that.
    static let searchedForms = SearchedForms()

    final class SearchedForms: @unchecked Sendable {
        private let lock = NSLock()
        private var made: [String: [(name: [Unicode.Scalar], addressed: Unicode.Scalar?)]] = [:]

        func forms(of name: String) -> [(name: [Unicode.Scalar], addressed: Unicode.Scalar?)] {
            lock.lock()
            if let forms = made[name] {
                lock.unlock()
                return forms
            }
            lock.unlock()
            let forms = ParticipantNameMentions.searched(name)
            lock.lock()
            if made.count >= 4_096 { made.removeAll(keepingCapacity: true) }
            made[name] = forms
            lock.unlock()
            return forms
        }
    }

    /// The ways the text may write `name`, in order: as written, the other ways (ParticipantNameMentions.variants), and
    /// each without a title or note (`dr. Marieke Hoekstra (Assendorp)`: the text says “Marieke Hoekstra”, a tester).
    static func writtenForms(of name: String) -> [String] {
        let forms = ([name] + variants(of: name) + titlesWrittenOut(name)).flatMap { [$0, withoutTitles($0)].compactMap { $0 } }
        // (The hurried spellings of the name as given, not of each other form as well: those were a check's 5 %.)
        return Set(forms + spellings(of: withoutTitles(name) ?? name)).sorted()
    }

    /// The surname of each form of a name of two words or more (folded), with the first letter of its first word: the
    /// text may write the name as the surname after a title of address or that initial (`de heer Jansen`, `dhr. Jansen`,
    /// `mevrouw El Amrani`, `H. Jansen`, `P. v.d. Berg` for Henk Jansen, Fatima el Amrani, Pieter van der Berg: blind
    /// tester 32, published). Looked for only there (`Folded.Names`): a surname alone is a word of the text as often.
    /// The surname runs from its first particle (`van der Berg`, `el Amrani`), or is the last word, or all after the first.
    static func surnames(in forms: [String]) -> [(surname: [Unicode.Scalar], initial: Unicode.Scalar)] {
        var found: [(surname: [Unicode.Scalar], initial: Unicode.Scalar)] = []
        for form in forms {
            let words = form.split(whereSeparator: \.isWhitespace).map(String.init)
            guard words.count >= 2, let first = words[0].unicodeScalars.first(where: \.properties.isAlphabetic) else { continue }
            var initial = Folded()
            initial.append(String(first), line: 0)
            let particle = words.indices.dropFirst().dropLast().first { Words.particles.contains(words[$0].lowercased()) }
            for start in Set([particle ?? words.count - 1, 1]) {
                var folded = Folded()
                folded.append(words[start...].joined(separator: " "), line: 0)
                let surname = folded.trimmed
                guard surname.count >= 3, let letter = initial.trimmed.first,
                      !found.contains(where: { $0.surname == surname && $0.initial == letter }) else { continue }
                found.append((surname, letter))
            }
        }
        return found
    }

    /// `name` with its title of address written out, and back (`Words.spokenTitles`): `dhr. Veldkamp` is “de heer
    /// Veldkamp” or “meneer Veldkamp” in the text (blind tester 31: published, the surname alone being no name looked for).
    static func titlesWrittenOut(_ name: String) -> [String] {
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2, words[0].count <= 7 else { return [] }
        let first = words[0].lowercased(), two = words.count >= 3 ? first + " " + words[1].lowercased() : ""
        for (short, long) in Words.spokenTitles {
            if short.contains(first) { return long.map { ([$0] + words.dropFirst()).joined(separator: " ") } }
            if long.contains(first) || long.contains(two) {
                let rest = words.dropFirst(long.contains(first) ? 1 : 2)
                return (short + long).map { ([$0] + rest).joined(separator: " ") }
            }
        }
        return []
    }

    /// `name` (folded), and a name of more words also glued together and joined by full stops: a tester's
    /// `Marieke<br>Hoekstra` was shown “MariekeHoekstra” (the tag left out), and an address such as
    /// `marieke.hoekstra@…` or `#MariekeHoekstra` names the participant as well.
    ///
    /// Glued, only a name of 10 letters or more: a short one is a word (a retest: `Bo Ven` is “boven”, `Ron Dom`
    /// “rondom”, and their reports were held back). Also the surname first (`Hoekstra Marieke`, `Hoekstra, Marieke`:
    /// lists of attendance are written so), and a name written so in `deelnemers` the other way round.
    static func glued(_ name: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var words = name.split(separator: " ").map(Array.init)
        // `Hoekstra, Marieke` in deelnemers: the text says “Marieke Hoekstra”.
        if let comma = words.firstIndex(where: { $0.last == "," }), comma + 1 < words.count {
            words[comma].removeLast()
            words = Array(words[(comma + 1)...]) + Array(words[...comma])
        }
        // (A first name and an initial, `marieke h.` (`spellings`): as it stands; turned, it would be another name.)
        guard words.count > 1, !(words.count == 2 && words[1].count == 2 && words[1].last == ".") else { return [name] }
        let spaced = Array(words.joined(separator: [" "]))
        let glued = Array(words.joined())
        var forms = [spaced, Array(words.joined(separator: ["."]))]
        // The surname first (`Hoekstra, Marieke`, `Hoekstra Marieke`), also with its particle (`De Jong, Pieter`, `Van
        // Gils Linda` for Pieter de Jong and Linda van Gils, as Dutch lists write them; a blind tester): the name turned
        // at every word.
        for turn in stride(from: words.count - 1, through: 1, by: -1) {
            let surname = Array(words[turn...].joined(separator: [" "])), given = Array(words[..<turn].joined(separator: [" "]))
            forms += [surname + [" "] + given, surname + [",", " "] + given]
        }
        if glued.count >= 10 { forms.append(glued) }
        if spaced != name { forms.append(name) }
        return forms
    }

    /// `text` with each `<…>` as a space.
    static func withoutTags(_ text: String) -> String {
        var result = "", inTag = false
        for character in text {
            if character == "<" { inTag = true; result.append(" ") } else if character == ">" && inTag { inTag = false } else if !inTag { result.append(character) }
        }
        return result
    }

    /// `name` without a note in brackets, titles before it and degrees after it; nil when that leaves it as it was or
    /// leaves one word (a surname alone is not looked for).
    static func withoutTitles(_ name: String) -> String? {
        var kept = ""
        var depth = 0
        for character in name {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { kept.append(character) }
        }
        var words = kept.split(whereSeparator: \.isWhitespace).map(String.init)
        let bare = { (word: String) in word.lowercased().filter { $0 != "." } }
        while let first = words.first, words.count > 2, Words.titles.contains(bare(first)) { words.removeFirst() }
        while let last = words.last, words.count > 2, Words.degrees.contains(bare(last)) { words.removeLast() }
        let result = words.joined(separator: " ")
        return words.count >= 2 && result != name ? result : nil
    }

    /// Whose name it is: a participant's role, and the earlier session of the series whose `deelnemers` list them
    /// (nil: this session's own).
    struct Role {
        var role: String
        var session: String?

        /// The role as messages quote it, after the words before it: ` (bewoner)`, or nothing (a name under a key that
        /// is not `deelnemers`, or one not known).
        var quoted: String { role.trimmed.isEmpty || role == ParticipantNameMentions.roleLikeName ? "" : " (\(role))" }
    }

    /// The role of a name read off a participant's role (`FrontMatterReader`: `rol: Kees Kwakman`), whose finding says so.
    static let roleLikeName = "\u{1}rol"

    private static func finding(role: Role, path: String, from start: SourceLocation, to end: SourceLocation) -> Diagnostic {
        let message: LocalizedText
        let quoted = role.quoted
        if role.role == roleLikeName {
            message = LocalizedText(
                nl: "de rol van een deelnemer zonder “naam:” lijkt een naam (woorden met een hoofdletter), en de namen zijn anoniem: schrijf de rol met kleine letters (bewoner, ambtenaar), en een naam onder “naam:”, waar hij privé blijft",
                en: "a participant's role without “naam:” reads as a name (words with a capital), and names are anonymous: write the role in small letters (resident, civil servant), and a name under “naam:”, where it stays private")
        } else if let session = role.session {
            message = LocalizedText(
                nl: "hier staat de naam van een deelnemer\(quoted) uit “deelnemers” van “\(session)”, een eerdere sessie van deze reeks met anonieme namen: schrijf de rol, of zet in “\(session)” “namen: openbaar” als de deelnemers dat goedvinden",
                en: "this is the name of a participant\(quoted) from “deelnemers” of “\(session)”, an earlier session of this series with anonymous names: write the role, or set “namen: openbaar” in “\(session)” if the participants agree")
        } else {
            message = LocalizedText(
                nl: "hier staat de naam van een deelnemer\(quoted) uit “deelnemers”, en de namen zijn anoniem: schrijf de rol, of zet “namen: openbaar” als de deelnemers dat goedvinden",
                en: "this is the name of a participant\(quoted) from “deelnemers”, and names are anonymous: write the role, or set “namen: openbaar” if the participants agree")
        }
        var finding = Diagnostic(.error, .participantNameInText, path: path, at: start, message)
        finding.end = end
        return finding
    }

    /// Whether cmark-gfm may show `line` otherwise than the lines are looked at: only an entity (`&`), a link (`[`),
    /// raw HTML or an autolink (`<`), code (`` ` ``) or an escape (`\`) make the text of a block differ from its lines
    /// beyond what `Folded` leaves out (emphasis, white space, marks of lists, quotes, headings and tables are no word).
    /// Blocks without any are not folded again (a thousand-line note in the editor took a third longer without this).
    private static func mayShowOtherwise(_ line: String) -> Bool {
        line.utf8.contains { showsOtherwise.contains($0) }
    }

    private static let showsOtherwise = ASCIISet("&[<`\\".utf8)

    /// Each block of `root` whose text a report shows (a paragraph, heading or table cell with text), in order.
    private static func shownBlocks(_ root: MarkdownBlock, _ visit: (MarkdownBlock) -> Void) {
        var pending = [root]
        while let block = pending.popLast() {
            if block.kind.holdsInlines {
                if !block.text.isEmpty { visit(block) }
            } else {
                pending.append(contentsOf: block.children.reversed())
            }
        }
    }
}
