/// The `##` sections of FORMAT.md, with every heading each accepts.
public enum SectionKind: String, CaseIterable, Sendable, Codable {
    case caseDescription = "Casus"
    case actors = "Actoren"
    case effects = "Effecten"
    case values = "Waarden"
    case options = "Handelingsopties"
    case summary = "Samenvatting"
    case nextSteps = "Vervolg"
    case question = "Vraagstelling"
    case transition = "Overgang"
    case reflection = "Reflectie"
    case followUp = "Opvolging"
    case notes = "Notities"

    public var headings: [String] {
        switch self {
        case .caseDescription: return ["Casus", "Case"]
        case .actors: return ["Actoren", "Actors"]
        case .effects: return ["Effecten", "Effects"]
        case .values: return ["Waarden", "Values"]
        case .options: return ["Handelingsopties", "Options", "Options for action", "Opties"]
        case .summary: return ["Samenvatting", "Summary"]
        case .nextSteps: return ["Vervolg", "Next steps"]
        case .question: return ["Vraagstelling", "Question", "Aanleiding", "Centrale vraag", "Central question"]
        case .transition: return ["Overgang", "Transition", "Keuze kernwaarden", "Choosing core values"]
        case .reflection: return ["Reflectie", "Reflection"]
        case .followUp: return ["Opvolging", "Follow-up", "Progress"]
        case .notes: return ["Notities", "Notes", "Aantekeningen", "Privé", "Private", "Vertrouwelijk", "Confidential", "Intern", "Internal"]
        }
    }

    /// The English heading, for messages in English.
    public var englishName: String { headings[1] }

    public var isRequired: Bool {
        switch self {
        case .caseDescription, .actors, .effects, .values, .options: return true
        case .summary, .nextSteps, .question, .transition, .reflection, .followUp, .notes: return false
        }
    }

    /// The known sections whose content is published, as a list for messages
    /// (“Casus, Actoren, …”): what an unknown heading may be renamed to.
    public static func publishedNames(_ english: Bool) -> String {
        allCases.filter { $0 != .notes }.map { english ? $0.englishName : $0.rawValue }.joined(separator: ", ")
    }

    public static let allHeadings: [String] = allCases.flatMap(\.headings)

    /// Words (as keys) that say “private note” as a line's label of their own (“Notitie (privé):”, “Private note:”):
    /// the private section's names in the singular too. Messages may quote them.
    public static let privateLabelWords: Set<String> = [
        "notities", "notitie", "aantekeningen", "aantekening", "notes", "note", "prive", "private", "vertrouwelijk", "confidential",
    ]

    /// What people write above text that must not be published, besides the private section's own
    /// names: as a `##` section such a heading is private already (unknown); anywhere else it is
    /// caught like a misplaced Notities heading.
    public static let privatePhrases = ["Niet publiceren", "Niet openbaar", "Off the record", "Not for publication", "Do not publish"]

    /// What people write as a line's label (`Geheim: …`), or a line of its own, above text that must not be published,
    /// besides `privatePhrases` and the private section's names: caught as they are (blind tester 30: `Geheim:`, `Niet in
    /// het rapport:` and `Intern:` published the text after them, where `Privé:` was caught). Not at the start of a longer
    /// heading, as those are (`### Niet delen van data` may be an option's title). Also `Persoonlijk:` and `Embargo:`, in
    /// a list item too, though they may begin an ordinary sentence (blind tester 31 was held back by one, tester 32 saw
    /// the same words publish private text): the message says how to write such a line otherwise.
    public static let privateLabelPhrases = [
        "Geheim", "Secret", "Persoonlijk", "Personal", "Embargo", "Note to self", "Notes to self", "Privé opmerking",
        "Privé-opmerking", "Privéopmerking", "Geheimpje", "Niet delen", "Alleen voor ons", "Alleen voor mij", "Onder ons",
        "Tussen ons", "Niet citeren",
        "Voor mezelf", "Alleen voor moderatoren", "Alleen voor de moderatoren", "Voor de moderatoren", "Niet voor de klant",
        "Niet voor de opdrachtgever", "Niet naar de opdrachtgever", "Eigen notities", "Interne notitie", "Interne notities",
        "Do not share", "Not public", "Niet voor publicatie", "Niet voor verspreiding", "Niet verspreiden",
        "Not for distribution", "Not for sharing", "Niet in het rapport", "Niet in rapport", "Niet in het verslag",
        "Niet in verslag", "Niet voor het verslag", "Niet voor het rapport", "Not for the report", "Not in the report",
        "Not in report", "Only for me", "For my eyes only", "Eyes only", "Voor intern gebruik", "Intern gebruik",
        "For internal use", "Internal use", "Internal use only", "For internal use only", "Internal only", "Strikt vertrouwelijk",
        "Strictly confidential", "Strictly private", "Privénotitie", "Privénotities", "Off-the-record",
        // Blind tester 31: each published the text after it.
        "Vertrouwelijke info", "Vertrouwelijke informatie", "Geheime info", "Geheime informatie", "Interne info",
        "Interne informatie", "Confidential info", "Confidential information",
        // Blind tester 34: each published the text after it, as a label or a heading's remark.
        "Off record", "Niet notuleren", "Niet doorvertellen", "Niet naar buiten", "Niet voor extern", "Niet extern",
        "Extern niet delen", "Niet publiek", "Alleen moderatoren", "Niet voor deelnemers", "Not for the client",
        "Not for the customer", "Don't share", "Dont share", "In confidence", "In vertrouwen", "Niet voor rapport",
        "Niet voor verslag", "Not for report",
        // Blind tester 36: each published the text after it, as a label or a heading's remark.
        "Binnenskamers", "Gevoelig", "Gevoelige info", "Gevoelige informatie", "Sensitive", "Buiten de notulen",
        "Niet voor de notulen", "Niet voor in het verslag", "Noot voor mezelf", "Noot aan mezelf",
        "Memo aan mezelf", "Memo voor mezelf", "Eigen aantekening", "Eigen aantekeningen", "Aantekeningen voor mezelf",
        "Niet naar de klant", "Niet naar de opdrachtgever", "Onder vier ogen", "Voor de co-moderator", "Voor de moderator",
        "Onder embargo", "Niet delen met de klant",
        // Blind tester 39: each published the text after it, in brackets.
        "Niet openbaar maken", "Discreet",
    ]

    public init?(heading: String) {
        guard let kind = Self.byKey[Self.key(heading)] else { return nil }
        // A published section with a remark that says it is not (`Reflectie (privé)`, `Vervolg (intern, niet delen)`):
        // private. A blind tester's `## Reflectie (vertrouwelijk)` was in every report.
        self = kind != .notes && Self.saysPrivate(heading) ? .notes : kind
    }

    /// Whether `heading` is one of the private section's own names (`Notities`, `Privé:`), not a published section's
    /// name made private by a remark (`Reflectie (privé)`).
    public static func namesThePrivateSection(_ heading: String) -> Bool { byKey[key(heading)] == .notes }

    /// Words of a heading's remark that say its text is not for publication: a private note's label, and more.
    static let privateHeadingWords = privateLabelWords.union(["intern", "internal", "geheim", "secret", "embargo", "persoonlijk",
                                                              "persoonlijke", "personal", "priv", "privee", "vertr",
                                                              // Blind tester 34: each published the section.
                                                              "privaat", "verborgen", "binnenskamers", "otr",
                                                              // Blind tester 36.
                                                              "gevoelig", "gevoelige", "sensitive"])

    /// Those long enough that a word one typo away is taken for them (`vertrouwlijk`, `persoonlijke`: blind tester 30).
    static let misspeltHeadingWords = privateHeadingWords.filter { $0.count >= 6 }.sorted()

    /// Phrases that say so, as words.
    static let privateHeadingPhrases = (privatePhrases + privateLabelPhrases + ["Persoonlijke notitie", "Persoonlijke notities"])
        // (Split as a remark's words are, `remarkWords`: `co-moderator` is two.)
        .map { Names.key($0).split { !$0.isLetter }.map(String.init) }.sorted { $0.count > $1.count }

    /// Signs that say so: a lock (`## Reflectie 🔒`: blind tester 29), a finger on the lips, the sign for secret; read
    /// as the word `prive`.
    public static let privateSigns: Set<Character> = ["🔒", "🔐", "🔒\u{FE0F}", "🔐\u{FE0F}", "🤫", "🤐", "㊙", "㊙\u{FE0F}"]

    /// Words that only make a private word stronger or say more of it (`strikt vertrouwelijk`, `alleen intern`,
    /// `strictly private`, `concept, niet delen`): said with one, the remark is private; alone they say nothing (blind
    /// tester 27: `(strikt vertrouwelijk)` was published).
    static let strengtheningWords: Set<String> = ["strikt", "streng", "strengstens", "zeer", "heel", "alleen", "uitsluitend",
                                                  "puur", "strictly", "strict", "highly", "very", "only", "purely", "concept",
                                                  "draft", "nog", "nb", "let", "op", "eigen",
                                                  // Blind tester 36: `(dit is vertrouwelijk)`, `(graag vertrouwelijk behandelen)`,
                                                  // `(nog even niet delen)`, `alleen voor ons tweeën`.
                                                  "dit", "is", "graag", "behandelen", "even", "tweeen", "info", "informatie"]

    /// Words after which a private remark names to whom or till when (`niet delen met de gemeente`, `vertrouwelijk tot
    /// de raad beslist`): what follows them is not looked at (blind tester 36: `(nog niet delen met de gemeente)`).
    static let audienceWords: Set<String> = ["met", "with", "tot", "until", "behalve", "buiten", "except"]

    /// Words that join them (`intern en vertrouwelijk`).
    static let joiningWords: Set<String> = ["en", "and", "of", "or"]

    /// The published sections' headings as words, the longest first (`options for action` before `options`).
    static let publishedHeadingWords = allCases.filter { $0 != .notes }.flatMap(\.headings)
        .map { Names.key($0).split { !$0.isLetter }.map(String.init) }.sorted { $0.count > $1.count }

    /// Whether `heading` is a published section's name with a remark that says its text is private, and nothing else
    /// (`Reflectie (privé)`, `Vervolg: intern`, `Samenvatting — niet delen`, `Reflectie en notities`). A remark with
    /// other words describes the text (`van de interne discussie`, `(private sector)`, `(niet vertrouwelijk)`): a
    /// retest found those made private too, when any private word anywhere counted.
    public static func saysPrivate(_ heading: String) -> Bool {
        var words = remarkWords(heading)
        // A lock before the section's name says it as well as one after it (`## 🔒 Reflectie`: blind tester 30).
        if words.count > 1, words.first == "prive", heading.first.map(privateSigns.contains) == true { words.append(words.removeFirst()) }
        guard let name = publishedHeadingWords.first(where: { words.starts(with: $0) }) else { return false }
        words.removeFirst(name.count)
        return remarkSaysPrivate(words)
    }

    /// Whether a remark (`vertrouwelijk`, `niet delen`, `strikt intern`), as it stands in brackets after a section's name
    /// or in a line (`… (privé: …)`), says its text is private: its words all say so, or strengthen one that does.
    public static func remarkSaysPrivate(_ remark: String) -> Bool {
        remarkSaysPrivate(remarkWords(remark))
    }

    /// Whether a remark whose first word is `word` (ASCII letters, lower case) may say private (`remarkSaysPrivate`): the
    /// first word of a private word or phrase, of a strengthening or joining word, or a word that may be a private word
    /// misspelt (`isNearSpelling`). A quick answer for the brackets of a line: `(kern)`, `(geparkeerd)`, `(zie bijlage)`
    /// are none.
    public static func remarkMayStartWith(_ word: String) -> Bool {
        if remarkFirstWords.contains(word) { return true }
        // (ASCII letters: its bytes are its letters. `String.count`, asked of each misspelt word, walked graphemes.)
        let length = word.utf8.count
        guard length >= 4 else { return false }
        // Each typo changes a word's count of letters by two at most (a letter for another), so a word whose counts differ
        // from every misspelt word's by more than twice the typos allowed is none of them.
        let mine = letterCounts(word)
        return misspeltLetterCounts.contains { known in
            let allowed = 2 * max(1, min(length, known.length) / 5)
            // (First the letters one has and the other has not, each at least one apart: a shift and a count.)
            guard abs(length - known.length) <= 2, (mine.present & ~known.counts.present).nonzeroBitCount <= allowed else { return false }
            var distance = 0
            for lane in 0..<2 {
                let (ours, theirs) = lane == 0 ? (mine.low, known.counts.low) : (mine.high, known.counts.high)
                for shift in stride(from: 0, to: 52, by: 4) {
                    distance += abs(Int((ours >> UInt64(shift)) & 0xF) - Int((theirs >> UInt64(shift)) & 0xF))
                }
            }
            return distance <= allowed
        }
    }

    /// Each of `misspeltHeadingWords` as its count of each letter `a`…`z`, and its length.
    private static let misspeltLetterCounts = misspeltHeadingWords.map { (counts: letterCounts($0), length: $0.count) }

    /// How often each of the letters `a`…`z` is in `word` (lower case), four bits each (`a`…`m` low, `n`…`z` high), at
    /// most 15: a count cut there makes two words nearer, never farther (a word passed over stays one that is none).
    /// And which of them it holds, a bit each (`present`), set as they are counted.
    private static func letterCounts(_ word: String) -> (low: UInt64, high: UInt64, present: UInt32) {
        var counts: (low: UInt64, high: UInt64, present: UInt32) = (0, 0, 0)
        for byte in word.utf8 where (0x61...0x7A).contains(byte) {
            let letter = Int(byte - 0x61)
            counts.present |= 1 << UInt32(letter)
            let shift = UInt64((letter % 13) * 4)
            if letter < 13 {
                if (counts.low >> shift) & 0xF < 0xF { counts.low += 1 << shift }
            } else if (counts.high >> shift) & 0xF < 0xF {
                counts.high += 1 << shift
            }
        }
        return counts
    }

    private static let remarkFirstWords: Set<String> = Set(
        (Array(privateHeadingWords) + privateHeadingPhrases.compactMap(\.first) + Array(strengtheningWords) + Array(joiningWords))
            .compactMap { $0.split { !$0.isLetter }.first.map(String.init) })

    /// `text`'s words as keys, a private sign read as the word `prive`.
    private static func remarkWords(_ text: String) -> [String] {
        Names.key(text).split { !$0.isLetter && !privateSigns.contains($0) }
            .map { (word: Substring) -> String in word.count == 1 && privateSigns.contains(word.first!) ? "prive" : String(word) }
    }

    private static func remarkSaysPrivate(_ remark: [String]) -> Bool {
        var words = remark
        words.removeAll { joiningWords.contains($0) }
        guard !words.isEmpty else { return false }
        var index = 0
        var saysIt = false
        while index < words.count {
            // An embargo's terms are its own (`embargo tot juni`).
            if words[index] == "embargo" { return true }
            // (A phrase first, the longest: `intern gebruik` is one, not `intern` and then a word that is none.)
            if let phrase = privateHeadingPhrases.first(where: { words[index...].starts(with: $0) }) {
                index += phrase.count
                saysIt = true
            } else if privateHeadingWords.contains(words[index])
                || (words[index].count >= 5 && misspeltHeadingWords.contains { Names.isNearSpelling(words[index], $0) }) {
                index += 1
                saysIt = true
            } else if strengtheningWords.contains(words[index]) {
                index += 1
            } else if saysIt, audienceWords.contains(words[index]) {
                return true
            } else {
                return false
            }
        }
        return saysIt
    }

    /// Every accepted heading's key (`key`) to its section.
    static let byKey = headingTable(allCases)

    /// A heading compared as FORMAT.md says (case, diacritics, spaces), and
    /// forgiving what people add in a hurry: a trailing colon or full stop and
    /// a trailing remark in brackets (`Notities (privé):` is `Notities`).
    public static func key(_ heading: String) -> String {
        var text = Names.key(heading)
        while true {
            let before = text
            while let last = text.last, last == ":" || last == "." || last == " " { text.removeLast() }
            if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex {
                text = String(text[..<open])
            }
            if text == before { return text }
        }
    }
}

extension Direction {
    /// The `###` headings under Handelingsopties that name this direction.
    public var headings: [String] {
        switch self {
        case .technology: return ["Technologie", "Techniek", "Ontwerp", "Technology", "Design"]
        case .environment:
            return ["Omgeving", "Organisatie", "Afspraken", "Environment", "Context", "Organisation", "Organization"]
        case .human: return ["Mens", "Gedrag", "Gebruiker", "Human", "Behaviour", "Behavior", "User", "Mensen", "People"]
        }
    }

    public static let allHeadings: [String] = allCases.flatMap(\.headings)

    /// The direction's name as the notes' headings write it first, `Technologie`, and in English.
    public var dutchName: String { headings[0] }
    public var englishName: String {
        switch self {
        case .technology: return "Technology"
        case .environment: return "Environment"
        case .human: return "Human"
        }
    }

    public init?(heading: String) {
        guard let direction = Self.byKey[Names.key(heading)] else { return nil }
        self = direction
    }

    /// The direction a heading names, or nearly spells (`Techologie`): its options read so, with a warning
    /// (UnknownDirectionRule), where they fell under “no direction yet” (blind tester 44).
    public init?(reading heading: String) {
        guard let direction = Direction(heading: heading) ?? Self.nearlySpelt(heading)?.value else { return nil }
        self = direction
    }

    /// The heading that `typed` nearly spells, and its direction (not when it names one itself).
    public static func nearlySpelt(_ typed: String) -> (heading: String, value: Direction)? {
        Direction(heading: typed) == nil ? nearMiss(typed, in: allHeadings, Direction.init(heading:)) : nil
    }

    private static let byKey = headingTable(allCases)
}

extension Polarity {
    /// The `###` headings under Effecten that name this polarity.
    public var headings: [String] {
        switch self {
        case .positive:
            return ["Positief", "Positive", "Positieve effecten", "Positive effects", "Positives", "Voordelen", "Kansen",
                    "Benefits", "Opportunities"]
        case .negative:
            return ["Negatief", "Negative", "Negatieve effecten", "Negative effects", "Negatives", "Nadelen", "Risico's",
                    "Risico’s", "Risicos", "Zorgen", "Drawbacks", "Risks", "Concerns"]
        }
    }

    public static let allHeadings: [String] = allCases.flatMap(\.headings)

    public init?(heading: String) {
        guard let polarity = Self.byKey[Names.key(heading)] else { return nil }
        self = polarity
    }

    /// The polarity a heading names, or nearly spells (`Negatif`): its effects read so, with a warning
    /// (UnknownPolarityHeadingRule), where they lost their polarity (blind tester 44).
    public init?(reading heading: String) {
        guard let polarity = Polarity(heading: heading) ?? Self.nearlySpelt(heading)?.value else { return nil }
        self = polarity
    }

    /// The heading that `typed` nearly spells, and its polarity (not when it names one itself).
    public static func nearlySpelt(_ typed: String) -> (heading: String, value: Polarity)? {
        Polarity(heading: typed) == nil ? nearMiss(typed, in: allHeadings, Polarity.init(heading:)) : nil
    }

    private static let byKey = headingTable(allCases)
}

/// A set of names a heading in the notes can choose from (sections,
/// directions, polarities), each with every heading that names it.
protocol HeadingVocabulary: Sendable {
    var headings: [String] { get }
}

extension SectionKind: HeadingVocabulary {}
extension Direction: HeadingVocabulary {}
extension Polarity: HeadingVocabulary {}

/// The heading among `headings` that `typed` nearly spells (one slip in five letters: `Names.isNearSpelling`), with what
/// it names; nil when none does, or two that name different things do.
private func nearMiss<T: Equatable>(_ typed: String, in headings: [String], _ named: (String) -> T?) -> (heading: String, value: T)? {
    let near = headings.filter { Names.isNearSpelling(typed, $0) }
    guard let first = near.first, let value = named(first), near.allSatisfy({ named($0) == value }) else { return nil }
    return (first, value)
}

/// Every accepted heading, by its key (`Names.key`), to what it names; built
/// once per vocabulary. Where two cases share a heading, the first case wins.
private func headingTable<T: HeadingVocabulary>(_ cases: [T]) -> [String: T] {
    var table: [String: T] = [:]
    for value in cases {
        for heading in value.headings where table[Names.key(heading)] == nil { table[Names.key(heading)] = value }
    }
    return table
}
