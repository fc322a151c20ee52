import BegeleidMarkdown
import BegeleidModel
import Foundation

/// How a line or a heading names the private section, or a private label (`Privé:`, `Intern:`, `(geheim) …`) that
/// publishes nothing of what follows: the tests of the words, asked by the reader of every published line.
extension SessionBuilder {
    /// The names of the private section, as keys.
    static let notesKeys = SectionKind.notes.headings.map(SectionKind.key)
    /// Names of the section that are common words too: not taken as its name at the start of a longer heading.
    static let commonWords: Set<String> = ["intern", "internal"]
    static let privatePhrases = SectionKind.privatePhrases.map(SectionKind.key)
    static let privateKeys = notesKeys + privatePhrases
    /// Those and the labels that say private (SectionKind.privateLabelPhrases): every key `namesPrivate` accepts.
    static let labelKeys = privateKeys + SectionKind.privateLabelPhrases.map(SectionKind.key)

    /// Whether `text` (a heading or a line's label) names the private section or says "do not publish".
    static func namesPrivate(_ text: String) -> Bool {
        SectionKind.namesPrivate(text)
    }

    /// A heading that starts with a private name or phrase: `### Notities – gesprek`, `### Off the record: …`.
    static func startsWithPrivate(_ key: String) -> Bool {
        privateKeys.contains { phrase in
            guard key.hasPrefix(phrase), !commonWords.contains(phrase) else { return false }
            let next = key.dropFirst(phrase.count).first
            return next == nil || !(next!.isLetter || next!.isNumber)
        }
    }

    /// A byte of a list marker `typedFirstLine` drops: space, tab, `-*+>#.)` or a digit.
    static func isMarkerByte(_ byte: UInt8) -> Bool {
        " \t-*+>#.)".utf8.contains(byte) || (0x30...0x39).contains(byte)
    }

    /// A byte of a polarity in brackets (`afterLeadIn`) that is ASCII: `+`, `-`, `/`.
    static func isPolarityByte(_ byte: UInt8) -> Bool {
        byte == 0x2B || byte == 0x2D || byte == 0x2F
    }

    /// A byte of emphasis `typedFirstLine` drops at either end: `*`, `_`, space or tab.
    static func isEmphasisByte(_ byte: UInt8) -> Bool {
        "*_ \t".utf8.contains(byte)
    }

    /// A block's first line as typed without its list marker or emphasis: leading spaces, tabs,
    /// `-*+>#`, digits, `.` and `)` dropped, then `*`, `_`, spaces and tabs at either end. Byte by
    /// byte for a line of ASCII, where each byte is a `Character` (held to the `Character`-wise way
    /// in ByteScanningTests); any other line the `Character`-wise way.
    static func typedFirstLine(_ typed: String) -> String {
        let utf8 = typed.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return String(typed.drop { " \t-*+>#".contains($0) || $0.isNumber || $0 == "." || $0 == ")" })
                .trimming { "*_ \t".contains($0) }
        }
        let bytes = Array(utf8)
        var start = 0
        while start < bytes.count, isMarkerByte(bytes[start]) { start += 1 }
        while start < bytes.count, isEmphasisByte(bytes[start]) { start += 1 }
        var end = bytes.count
        while end > start, isEmphasisByte(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// What a block whose first line as typed is `typed` shows as a misplaced private section's name: a
    /// Notities heading in the wrong place, or its name typed as a line of text ("Notities:", "**Privé**") or
    /// as a list item ("- Notities"), where private text would follow. Nil when it names none. Only the
    /// section's name is returned: the private words after it stay out of every message.
    static func privateName(typed: String, kind: MarkdownBlock.Kind) -> String? {
        guard [.heading, .paragraph, .item, .codeBlock].contains(kind) else { return nil }
        var firstLine = Self.typedFirstLine(typed)
        // After what leads a line in without saying anything (`(+) Privé: …`, `- [ ] Intern: …`, `• Privé: …`,
        // `🔒 Vertrouwelijk: …`, `NB privé: …`: blind testers 31 and 32, each published). A lock first says it alone.
        while true {
            if let sign = firstLine.first, SectionKind.privateSigns.contains(sign) { return String(sign) }
            guard let rest = Self.afterLeadIn(firstLine) else { break }
            firstLine = Self.typedFirstLine(rest)
        }
        // "Notities: …" with the private text on the same line counts too, and "Intern: …" (blind tester 30: published).
        // (Without a colon byte there is no ":" Character either: the line is its own label.)
        let hasColon = firstLine.utf8.contains(0x3A)
        let label = !hasColon ? firstLine : firstLine.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        // Every name of the section is short: a line that does not start with one is passed over cheaply.
        // (Only a heading or code block is tested by its start; any other block that names the section does so
        // by its line, label or bracket, which `shown` quotes first.)
        let head = kind == .heading || kind == .codeBlock ? Names.key(String(firstLine.prefix(40))) : ""
        // "(privé) …", "[niet publiceren] …": a label in brackets at the start of the line.
        let bracketed = firstLine.first.map { "([".contains($0) } == true
            ? String(firstLine.dropFirst().prefix { $0 != ")" && $0 != "]" }) : ""
        let lineIsPrivate = Self.namesPrivate(firstLine)
        let labelIsPrivate = label == firstLine ? lineIsPrivate : Self.namesPrivate(label)
        let bracketIsPrivate = !bracketed.isEmpty && Self.namesPrivate(bracketed)
        let wordsArePrivate = Self.privateLabelWords(label, line: hasColon ? firstLine : nil)
            || Self.beforeDash(label).map { Self.privateLabelWords($0, line: nil) } == true
        let strongLabel = Self.strongLabel(firstLine)
        let namesNotes = lineIsPrivate
            || (hasColon && labelIsPrivate)
            || strongLabel != nil
            || wordsArePrivate
            || bracketIsPrivate
            // A heading that starts with the name (`### Notities – gesprek`, `### Privé van …`), also one indented
            // so far that it became code (`    ## Notities`).
            || ((kind == .heading || kind == .codeBlock) && Self.startsWithPrivate(head))
        guard namesNotes else { return nil }
        return lineIsPrivate ? firstLine
            : labelIsPrivate ? label
            : strongLabel != nil ? strongLabel
            // (Its first word, which messages may quote: the line is private, and “Notitie (privé)” was quoted as “…”.)
            : wordsArePrivate ? String(label.prefix { $0.isLetter })
            : bracketIsPrivate ? bracketed
            : (Self.privateKeys.first { head.hasPrefix($0) } ?? "")
    }

    /// The words that say private however they are followed: by other punctuation than a colon (`Privé; …`, `Geheim!:
    /// …`, `Privé. …`, `Privé– …`), or written in capitals with text after them (`VERTROUWELIJK …`): blind tester 31, published.
    /// The label words and `geheim`, `secret`; not English `note(s)`, which begins ordinary sentences (`Note. …`, `NOTES …`).
    static let strongWords = SectionKind.privateLabelWords.subtracting(["notes", "note"]).union(["geheim", "secret"])

    /// Whether `word` (letters) is one of `strongWords`: five to thirteen letters, as each is.
    static func isStrongWord(_ word: some StringProtocol) -> Bool {
        word.count >= 5 && word.count <= 13 && strongWords.contains(Names.key(String(word)))
    }

    /// The strong word `line` starts with as such a label, or nil.
    static func strongLabel(_ line: String) -> String? {
        let word = line.prefix { $0.isLetter }
        guard isStrongWord(word) else { return nil }
        let next = line.dropFirst(word.count).first
        // (Not a comma or a question mark: `Private, semi-public and public parties …` is a sentence.)
        if let next, ";.!–—".contains(next) { return String(word) }
        // An arrow or an equals sign, after a space or not (`Privé → …`, `Privé -> …`, `Geheim = …`: blind tester 34).
        let sign = line.dropFirst(word.count).drop { $0 == " " || $0 == "\t" }
        if ["→", "⇒", "=", "->", "=>"].contains(where: { sign.hasPrefix($0) }) { return String(word) }
        let shouted = word.allSatisfy(\.isUppercase) && next.map(\.isWhitespace) == true
        return shouted ? String(word) : nil
    }

    /// What follows a lead-in that says nothing at a line's start, or nil when there is none: a polarity or a task's
    /// box in brackets (`(+)`, `(-)`, `(+/-)`, `(±)`, `[ ]`, `[x]`), or a sign that is no letter, digit or bracket, and
    /// no Markdown (`•`, `–`, `!`, `⚠️`), or a word that only asks attention (`NB`, `PS`, `Let op`, with a colon or
    /// comma after it). `privateName` reads the line after it.
    static func afterLeadIn(_ line: String) -> String? {
        guard let first = line.first else { return nil }
        if first.isLetter, line.utf8.count >= 3 {
            let head = Names.key(String(line.prefix(8)))
            for word in attentionWords where head.hasPrefix(word) {
                // (Only a word of its own, followed by more: `Nbc`, `PSV`, `Let op` alone are text.)
                let after = line.dropFirst(word.count)
                guard let next = after.first, !next.isLetter else { continue }
                let rest = after.drop { $0 == ":" || $0 == "," || $0 == " " || $0 == "\t" }
                if !rest.isEmpty { return String(rest) }
            }
            return nil
        }
        // A footnote's mark (`[^1]: Privé: …`: blind tester 34, published).
        if line.hasPrefix("[^"), let close = line.prefix(40).firstIndex(of: "]"), line[line.index(after: close)...].hasPrefix(":") {
            let rest = line[line.index(close, offsetBy: 2)...].drop { $0 == " " || $0 == "\t" }
            return rest.isEmpty ? nil : String(rest)
        }
        if first == "(" || first == "[" {
            let inside = line.dropFirst().prefix(4)
            guard let close = inside.firstIndex(where: { $0 == ")" || $0 == "]" }), close > inside.startIndex,
                  inside[..<close].allSatisfy({ "+-−/± xX✓✔".contains($0) }) else { return nil }
            return String(line[line.index(after: close)...])
        }
        guard !first.isLetter, !first.isNumber, !first.isWhitespace, !"([{<&\\`\"'*_#>:".contains(first) else { return nil }
        return String(line.dropFirst())
    }

    /// Words that only ask attention before what a line says (`afterLeadIn`), as keys; `n.b.` and `p.s.` with their
    /// stops. A longer form before its start: a line's start is tried against each in turn.
    static let attentionWords = ["n.b.", "n.b", "p.s.", "let op", "ter info", "nb", "ps", "fyi", "opm.", "opm"]

    /// The same before a remark in brackets and a colon (`(NB: intern)`, `(Noot: vertrouwelijk)`: `privateRemark`), with
    /// `noot` and `note`, which a line's lead-in does not read past: they begin a private label (`Note to self:`).
    static let bracketAttentionWords = Set(attentionWords + ["noot", "note"])

    /// Whether a line's label (before its colon, or the whole line) is one to three of `SectionKind.privateLabelWords` and nothing
    /// else: “Notitie (privé)”, “Private note”, “Notities -”, “Confidential –” (a blind tester: each published the
    /// lines under it without a word, where “Notities:” was caught). “Private sector” and “Notities over de avond”
    /// are text. “Note: …” with text after it is English prose; “Note:” alone, a label. Each such label starts with
    /// the first letters of a private key, as `cannotNamePrivate` assumes of any line that names the section.
    /// The label before a dash that stands for a colon (“Notities - …”, “Privé – …”), when the line starts with a
    /// private word (the retest: “Notities - geheim” was published, “Notities -” alone was caught).
    static func beforeDash(_ label: String) -> String? {
        let first = label.prefix { $0.isLetter }
        guard !first.isEmpty, first.count <= 13, SectionKind.privateLabelWords.contains(Names.key(String(first))) else { return nil }
        let head = label.prefix(60)
        for dash in [" - ", " – ", " — "] {
            if let range = head.range(of: dash) { return String(head[..<range.lowerBound]) }
        }
        return nil
    }

    /// `line`: the line the label was cut from at its colon (nil: the label is the whole line).
    static func privateLabelWords(_ label: String, line: String?) -> Bool {
        // (Starting with its first word: “(+ Notities” is an effect's text, as `cannotNamePrivate` decides it. Three
        // such words are short: a paragraph's first line is not keyed whole, which was 2.4 % of a full build's CPU.)
        guard label.utf8.count <= 48, label.first.map({ $0.isASCII && $0.isLetter }) == true else { return false }
        let words = Names.key(label).split { !$0.isLetter }
        guard !words.isEmpty, words.count <= 3, words.allSatisfy({ SectionKind.privateLabelWords.contains(String($0)) }) else { return false }
        guard words.count == 1, words[0] == "note", let line else { return true }
        return !line.drop { $0 != ":" }.dropFirst().contains { !$0.isWhitespace }
    }

    /// True only where `privateName` is nil, decided from a few bytes (most blocks). After the list marker and
    /// emphasis `typedFirstLine` drops, and an opening bracket, the line goes on with
    /// - two to eight ASCII letters that no private name or phrase starts with (in lower case), or
    /// - after the bracket, an ASCII character that is no letter and no white space (`(+)`, `(-)`),
    /// and then a byte below 0x80 (no accent joins the last). All of it is ASCII, so each byte is a `Character`
    /// there. Every text `privateName` tests (the line, its label before a colon, its bracketed label, its
    /// key) then starts with characters no private key starts with, or with the bracket, which none does.
    /// A polarity in brackets (`(+)`, `(-)`, `(+/-)`: `afterLeadIn`) is read past first, as `privateName` does; any
    /// other lead-in is no ASCII letter and leaves the answer to `privateName`.
    /// Held to `privateName` in ByteScanningTests.
    static func cannotNamePrivate(_ typed: String) -> Bool {
        var utf8 = typed.utf8.makeIterator()
        var byte = utf8.next()
        var bracketed = false
        while true {
            while let current = byte, isMarkerByte(current) { byte = utf8.next() }
            while let current = byte, isEmphasisByte(current) { byte = utf8.next() }
            bracketed = byte == 0x28 || byte == 0x5B
            if bracketed { byte = utf8.next() }
            // (A footnote's `[^1]:` leads a line in as well: `privateName` reads past it.)
            if bracketed, byte == 0x5E { return false }
            guard bracketed, let current = byte, isPolarityByte(current) else { break }
            // (Up to three signs and the closing bracket: a lead-in, and the line after it decides. Else `privateName`.)
            var signs = 0
            while let sign = byte, signs < 3, isPolarityByte(sign) || sign == 0x20 || sign == 0x78 || sign == 0x58 {
                signs += 1
                byte = utf8.next()
            }
            guard byte == 0x29 || byte == 0x5D else { return false }
            byte = utf8.next()
        }
        let isLetter = { (byte: UInt8) in (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        var letters: UInt64 = 0
        var count = 0
        while count < 8, let current = byte, isLetter(current) {
            letters = letters << 8 | UInt64(current | 0x20)
            count += 1
            byte = utf8.next()
        }
        if count >= 2 {
            guard !privatePrefixes.contains(letters) else { return false }
        } else {
            guard count == 0, bracketed, let current = byte, current < 0x80, current != 0x20, current != 0x09 else { return false }
            byte = utf8.next()
        }
        return byte.map { $0 < 0x80 } ?? true
    }

    /// The first two to eight letters of every private key's first word (`labelKeys`; `SectionKind.namesPrivate`
    /// tests the same names) and of the words `afterLeadIn` reads past, as `cannotNamePrivate` packs a line's letters
    /// (no letter is a zero byte, so two runs of another length never pack alike). Eight, not four: `Voorstel`, `Onderzoek`, `Strenger` and `Eigenaar` began
    /// like `Voor mezelf:`, `Onder ons:`, `Strikt vertrouwelijk:` and `Eigen notities:`, and each was read again.
    static let privatePrefixes = Set((labelKeys + attentionWords).flatMap { key in
        let word = Array(key.utf8.prefix { (0x61...0x7A).contains($0) })
        return (2...max(2, min(8, word.count))).filter { $0 <= word.count }.map { count in
            word[..<count].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        }
    })
}
