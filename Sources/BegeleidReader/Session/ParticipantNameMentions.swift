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
        let named = everyone.enumerated().flatMap { who, pair -> [(name: [Unicode.Scalar], role: Role, who: Int)] in
            let (participant, session) = pair
            guard let name = participant.name, name.contains(where: \.isLetter) else { return [] }
            // The name as written, and without a title or note (`dr. Marieke Hoekstra (Assendorp)`: the text says
            // “Marieke Hoekstra”, a tester).
            return Set([name, withoutTitles(name)].compactMap { $0 }).sorted().flatMap { written in
                var folded = Folded()
                folded.append(written, line: 0)
                let scalars = folded.trimmed
                guard scalars.count >= 3 else { return [(name: [Unicode.Scalar], role: Role, who: Int)]() }
                return glued(scalars).map { ($0, Role(role: participant.role, session: session), who) }
            }
        }
        guard !named.isEmpty, firstBodyLine < lines.count else { return [] }
        // The published lines as one text, a space where a line ends; a line left out breaks it.
        var text = Folded()
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
        for (name, role, who) in named {
            // (One finding a line for each participant.)
            for (start, end) in text.wholeWordMatches(of: name) where seen.insert("\(start.line) \(who)").inserted {
                findings.append(finding(role: role, path: path, from: start, to: end))
            }
        }
        // A participant's role or organisation, which the report's table shows (its lines are private: they are
        // the participants'), and a value that holds a name only once YAML has read it. One finding a text, at its value.
        for (shownText, at) in shownTexts where !findings.contains(where: { $0.location.line == at.line }) {
            var shown = Folded()
            // (A tag in it is shown as typed, between the words: `Marieke<br>Hoekstra` in a role, a retest.)
            shown.append(shownText.contains("<") ? Self.withoutTags(shownText) : shownText, line: at.line)
            guard let (_, role, _) = named.first(where: { !shown.wholeWordMatches(of: $0.name).isEmpty }) else { continue }
            var located = finding(role: role, path: path, from: at, to: at)
            located.end = shownText.contains(where: \.isNewline) ? nil
                : SourceLocation(line: at.line, column: at.column + shownText.unicodeScalars.count)
            findings.append(located)
        }
        if let document {
            var found = Self.lines(of: findings)
            shownBlocks(document) { block in
                let first = block.start.line + lineOffset, last = max(first, block.end.line + lineOffset)
                guard !(first...last).contains(where: { privateLines.contains($0) || found.contains($0) }),
                      (first...last).contains(where: { $0 <= lines.count && Self.mayShowOtherwise(lines[$0 - 1]) }) else { return }
                var shown = Folded()
                shown.append(block.text, line: first)
                var told = Set<Int>()
                for (name, role, who) in named where !told.contains(who) && !shown.wholeWordMatches(of: name).isEmpty {
                    told.insert(who)
                    findings.append(finding(role: role, path: path, from: SourceLocation(line: first, column: block.start.column),
                                            to: SourceLocation(line: last, column: block.end.column + 1)))
                    found.formUnion(first...last)
                }
            }
        }
        return findings.sorted { $0.location < $1.location }
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
        guard words.count > 1 else { return [name] }
        let spaced = Array(words.joined(separator: [" "]))
        let glued = Array(words.joined())
        let first = Array(words.dropLast().joined(separator: [" "]))
        var forms = [spaced, Array(words.joined(separator: ["."])), words[words.count - 1] + [" "] + first,
                     words[words.count - 1] + [",", " "] + first]
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

    /// Titles before a name and degrees after it, as the notes may write them (with or without a full stop).
    private static let titles: Set<String> = ["dr", "mr", "drs", "ir", "ing", "prof", "dhr", "mevr", "mw", "ds"]
    private static let degrees: Set<String> = ["mba", "msc", "bsc", "ma", "ba", "phd", "llm", "mpa", "llb", "emba"]

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
        while let first = words.first, words.count > 2, titles.contains(bare(first)) { words.removeFirst() }
        while let last = words.last, words.count > 2, degrees.contains(bare(last)) { words.removeLast() }
        let result = words.joined(separator: " ")
        return words.count >= 2 && result != name ? result : nil
    }

    /// Whose name it is: a participant's role, and the earlier session of the series whose `deelnemers` list them
    /// (nil: this session's own).
    struct Role {
        var role: String
        var session: String?
    }

    private static func finding(role: Role, path: String, from start: SourceLocation, to end: SourceLocation) -> Diagnostic {
        let message: LocalizedText
        if let session = role.session {
            message = LocalizedText(
                nl: "hier staat de naam van een deelnemer (\(role.role)) uit “deelnemers” van “\(session)”, een eerdere sessie van deze reeks met anonieme namen: schrijf de rol, of zet in “\(session)” “namen: openbaar” als de deelnemers dat goedvinden",
                en: "this is the name of a participant (\(role.role)) from “deelnemers” of “\(session)”, an earlier session of this series with anonymous names: write the role, or set “namen: openbaar” in “\(session)” if the participants agree")
        } else {
            message = LocalizedText(
                nl: "hier staat de naam van een deelnemer (\(role.role)) uit “deelnemers”, en de namen zijn anoniem: schrijf de rol, of zet “namen: openbaar” als de deelnemers dat goedvinden",
                en: "this is the name of a participant (\(role.role)) from “deelnemers”, and names are anonymous: write the role, or set “namen: openbaar” if the participants agree")
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

    /// The lines (1-based) the findings' names stand on: quoted nowhere, as private lines are not (the preview's
    /// error page showed the line with the name its finding was about, on the beamer).
    static func lines(of findings: [Diagnostic]) -> Set<Int> {
        Set(findings.flatMap { $0.location.line...max($0.location.line, $0.end?.line ?? $0.location.line) })
    }

    /// Text folded for comparison (lower case, no accents, white space runs as one space, emphasis marks dropped), each
    /// scalar with the place in the notes it came from.
    struct Folded {
        private(set) var scalars: [Unicode.Scalar] = []
        private(set) var places: [SourceLocation] = []
        /// Never part of a name: where a private line was left out.
        private static let barrier: Unicode.Scalar = "\u{0}"

        /// The scalars without a space at either end.
        var trimmed: [Unicode.Scalar] {
            Array(scalars.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        }

        /// `line`, byte by byte where a character is one ASCII byte (one followed by another ASCII byte, or by the
        /// line's end: no mark joins it), character by character elsewhere. The same as `appendCharacters`
        /// (ParticipantNameTests holds the two to each other), in a fraction of the time: notes with names in
        /// `deelnemers` took a third more CPU for this check alone, most lines having an accent or an arrow.
        mutating func append(_ line: String, line number: Int) {
            let utf8 = line.utf8
            // A backslash that ends the line is a hard line break (`Marieke\` and `Hoekstra` on the next line).
            let hardBreak = line.last == "\\" ? utf8.count - 1 : -1
            var index = utf8.startIndex, offset = 0, column = 1
            while index < utf8.endIndex {
                let byte = utf8[index]
                let next = utf8.index(after: index)
                if byte < 0x80, next == utf8.endIndex || utf8[next] < 0x80 {
                    if offset != hardBreak { appendASCII(byte, line: number, column: column) }
                    (index, offset, column) = (next, offset + 1, column + 1)
                    continue
                }
                let end = line.index(after: index)
                let character = line[index]
                if offset != hardBreak { append(character, line: number, column: column) }
                offset += utf8.distance(from: index, to: end)
                column += character.unicodeScalars.count
                index = end
            }
        }

        /// `append`, character by character throughout: the reference.
        mutating func appendCharacters(_ line: String, line number: Int) {
            var column = 1
            let hardBreak = line.last == "\\" ? line.index(before: line.endIndex) : nil
            for index in line.indices {
                let character = line[index]
                if index != hardBreak { append(character, line: number, column: column) }
                column += character.unicodeScalars.count
            }
        }

        private mutating func append(_ character: Character, line number: Int, column: Int) {
            if character == "*" || character == "_" || character == "~" { return }
            // Invisible marks pasted with a text (a soft hyphen, a zero-width space): not shown, so not there.
            if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .format }) { return }
            // A hyphen is a space (`Anne-Marie` and `Anne Marie`, `Marieke-Hoekstra`).
            if character.isWhitespace || character == "-" || character == "\u{2010}" || character == "\u{2011}" {
                appendSpace(line: number, column: column)
                return
            }
            if let ascii = character.asciiValue {
                scalars.append(Unicode.Scalar(ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii))
                places.append(SourceLocation(line: number, column: column))
                return
            }
            let folded = String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            for scalar in folded.unicodeScalars where scalar.properties.generalCategory != .format {
                scalars.append(Self.plain[scalar] ?? scalar)
                places.append(SourceLocation(line: number, column: column))
            }
        }

        /// Letters that folding leaves as they are, as a text typed without them writes them (`Yılmaz` and `Yilmaz`,
        /// `Łukasz`, `Søren`), and the typographic apostrophes as `'` (`d’Hondt` and `d'Hondt`; editors change them).
        static let plain: [Unicode.Scalar: Unicode.Scalar] = [
            "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ŀ": "l",
            "\u{2019}": "'", "\u{2018}": "'", "\u{02BC}": "'", "\u{2032}": "'",
        ]

        /// A character that is one ASCII byte: as `append(_: Character, …)` does it.
        @inline(__always)
        private mutating func appendASCII(_ byte: UInt8, line number: Int, column: Int) {
            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~") { return }
            if byte == 0x20 || (0x09...0x0D).contains(byte) || byte == UInt8(ascii: "-") {
                appendSpace(line: number, column: column)
                return
            }
            scalars.append(Unicode.Scalar(byte >= 65 && byte <= 90 ? byte + 32 : byte))
            places.append(SourceLocation(line: number, column: column))
        }

        mutating func appendSpace(line: Int, column: Int) {
            guard scalars.last != " " else { return }
            scalars.append(" ")
            places.append(SourceLocation(line: line, column: column))
        }

        mutating func appendBreak() {
            guard scalars.last != Self.barrier else { return }
            scalars.append(Self.barrier)
            places.append(SourceLocation(line: 0, column: 0))
        }

        /// Where `name` stands as words of its own: its first scalar's place, and the column after its last.
        func wholeWordMatches(of name: [Unicode.Scalar]) -> [(start: SourceLocation, end: SourceLocation)] {
            guard let first = name.first, name.count <= scalars.count else { return [] }
            let isWord = { (scalar: Unicode.Scalar) in scalar.properties.isAlphabetic || scalar.properties.numericType != nil }
            var matches: [(SourceLocation, SourceLocation)] = []
            for start in 0...(scalars.count - name.count) where scalars[start] == first {
                guard scalars[start..<(start + name.count)].elementsEqual(name),
                      start == 0 || !isWord(scalars[start - 1]) else { continue }
                // A genitive is the name too (`Jan de Vries' idee`, `Marieke Hoekstras voorstel`, `Hoekstra's`).
                var end = start + name.count
                if end < scalars.count, scalars[end] == "s", end + 1 == scalars.count || !isWord(scalars[end + 1]) {
                    end += 1
                } else if end + 1 < scalars.count, scalars[end] == "'", scalars[end + 1] == "s",
                          end + 2 == scalars.count || !isWord(scalars[end + 2]) {
                    end += 2
                }
                guard end == scalars.count || !isWord(scalars[end]) else { continue }
                let last = places[end - 1]
                matches.append((places[start], SourceLocation(line: last.line, column: last.column + 1)))
            }
            return matches
        }
    }
}
