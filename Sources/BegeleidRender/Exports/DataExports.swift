import BegeleidMarkdown
import BegeleidModel
import Foundation

/// `Output/data/`: every session as JSON and as five CSV tables (one row per
/// session, effect, value, option, follow-up of an earlier option), and the JSON Schema of the JSON files.
/// Documented in docs/data.md.
public enum DataExports {
    /// Every file in memory. A build writes `sessies.json` and the tables in
    /// parts instead (`SessionCollection.parts`, `Table.parts`) and takes only
    /// `schema.json` from here (`collection: false, tables: false`).
    static func files(
        _ sessions: [Session], collection: Bool = true, tables withTables: Bool = true, synonyms: ValueSynonyms = ValueSynonyms()
    ) throws -> [(name: String, data: Data)] {
        let published = sessions.map { $0.publishable() }
        return (collection ? [("sessies.json", try SessionCollection(published).encoded())] : [])
            + (withTables ? tables(synonyms: synonyms).map { ($0.name, Data($0.text(published).utf8)) } : [])
            // `Exports/sessie.schema.json` (JSON Schema 2020-12 of sessie.json and sessies.json), embedded by
            // SwiftPM. A test validates every JSON file a build writes against it; change it together with
            // `SessionDocument` and docs/sessie-json.md.
            + [("schema.json", Data(PackageResources.sessie_schema_json))]
    }

    static let sessionColumns = ["sessie", "datum", "organisatie", "technologie", "fase"]

    /// The columns every table starts with, so each row stands on its own.
    static func sessionFields(_ session: Session) -> [String] {
        [session.slug, session.meta.date, session.meta.organisations.joined(separator: "; "), session.meta.technology,
         session.meta.phase.map(phaseWord) ?? ""]
    }

    static func plain(_ text: RichText?) -> String {
        guard let markdown = text?.markdown else { return "" }
        if isOneTrimmedPlainLine(markdown) { return markdown }
        // Most items are plain words: no need to ask cmark-gfm what they say.
        let source = isPlain(markdown) ? markdown : Markdown.plainText(markdown)
        return source.split(whereSeparator: \.isNewline).map(\.trimmed).joined(separator: " ")
    }

    private static let markup: Set<Character> = ["*", "_", "[", "]", "`", "<", ">", "&", "\\", "!", "#", "~", "|", "="]

    /// Decided from the bytes, for the common case: what `plain` gives back unchanged (no markup byte, no
    /// line end of any kind, first byte ASCII and neither white space, list marker nor digit, last byte
    /// ASCII and not white space). Anything else goes the `Character`-wise way (RenderBytesTests).
    static func isOneTrimmedPlainLine(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, !first.isASCIIWhitespace, !last.isASCIIWhitespace,
              first != UInt8(ascii: "-"), first != UInt8(ascii: "+"), !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        let markup = markupBytes
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            if byte < 0x80 && markup.contains(byte) || (0x0A...0x0D).contains(byte) { return false }
            // U+0085 (C2 85), U+2028 and U+2029 (E2 80 A8, E2 80 A9): line ends to `isNewline`.
            if (previous.1 == 0xC2 && byte == 0x85) || (previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9)) { return false }
            previous = (previous.1, byte)
        }
        return true
    }

    /// `markup` as bytes (each is ASCII): one list, so the two cannot drift apart. A set of ASCII bytes
    /// as two words of bits, asked once for every byte of every text of the data tables.
    private static let markupBytes = ASCIISet(markup.compactMap(\.asciiValue))

    /// Text without anything Markdown would read as markup (emphasis, links,
    /// code, HTML, entities, a line starting a list or quote).
    static func isPlain(_ text: String) -> Bool {
        guard !text.contains(where: { markup.contains($0) }) else { return false }
        return text.split(whereSeparator: \.isNewline).allSatisfy { line in
            let trimmed = line.drop { $0 == " " }
            guard let first = trimmed.first else { return true }
            if first == "-" || first == "+" { return false }
            if first.isNumber, trimmed.drop(while: \.isNumber).first.map({ $0 == "." || $0 == ")" }) == true { return false }
            return true
        }
    }

    /// The names of a session's values and actors by id, looked up by every row of the session (issue 18: made
    /// again for each effect and option, they were a tenth of a session's share of `data/`).
    struct SessionNames {
        var values: [String: String]
        var actors: [String: String]
        /// Each value's name as the overview counts it, with that name's key (`counted`), worked out once a session.
        private var counted: [String: (name: String, key: String)]

        init(_ session: Session, synonyms: ValueSynonyms = ValueSynonyms()) {
            values = Dictionary(session.values.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            actors = Dictionary(session.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            counted = values.mapValues { DataExports.counted($0, synonyms) }
        }

        /// The names `refs` resolve to in `names`, each target once.
        static func list(_ refs: [Reference], _ names: [String: String]) -> [String] {
            refs.distinctTargets.compactMap { names[$0] }
        }

        /// The cells of `refs`: value names, value names as the overview counts them, actor names.
        func cells(values refs: [Reference], actors: [Reference]) -> [String] {
            let targets = refs.distinctTargets
            let names = targets.compactMap { values[$0] }
            return [names.joined(separator: "; "), DataExports.merged(targets.compactMap { counted[$0] }),
                    Self.list(actors, self.actors).joined(separator: "; ")]
        }
    }

    /// One CSV table of `data/`: its columns and the rows one session gives.
    public struct Table: Sendable {
        public var name: String
        var header: [String]
        var rows: @Sendable (Session) -> [[String]]
        /// Columns holding counts: numbers in the workbook.
        var numeric: Set<String> = []

        /// The table for `sessions` as one text (for tests and small builds).
        func text(_ sessions: [Session]) -> String {
            CSVTable(header: header, rows: sessions.flatMap(rows)).text
        }

        /// The first line of the table's file: the byte-order mark and the header.
        public var head: Data { Data(("\u{FEFF}" + CSVTable.line(header)).utf8) }

        /// The table as parts to write one after another: the header, then each
        /// session's rows, so no table of ten thousand sessions is held at once.
        public func parts(_ sessions: some Sequence<Session>) -> some Sequence<Data> {
            let body = sessions.lazy.map { session in Data(rows(session.publishable()).map(CSVTable.line).joined().utf8) }
            return [AnySequence([head]), AnySequence(body)].joined()
        }
    }

    /// The five tables, in the order of docs/data.md.
    public static func tables(synonyms: ValueSynonyms = ValueSynonyms()) -> [Table] {
        [
            Table(name: "sessies.csv",
                  header: sessionColumns + ["titel", "labels", "taal", "openbaar", "effecten", "waarden", "kernwaarden", "kernwaarden_overzicht", "handelingsopties", "vervolg_op"],
                  rows: { [sessionRow($0, synonyms: synonyms)] }, numeric: ["effecten", "waarden", "handelingsopties"]),
            Table(name: "effecten.csv", header: sessionColumns + ["effect", "polariteit", "tekst", "waarden", "overzichtsnamen", "actoren"],
                  rows: { effectRows($0, synonyms: synonyms) }),
            Table(name: "waarden.csv",
                  header: sessionColumns + ["waarde", "naam", "overzichtsnaam", "status", "kern", "geparkeerd", "effecten", "handelingsopties", "richtingen"],
                  rows: { valueRows($0, synonyms: synonyms) }, numeric: ["effecten", "handelingsopties"]),
            Table(name: "handelingsopties.csv",
                  header: sessionColumns + ["handelingsoptie", "richting", "tekst", "waarden", "overzichtsnamen", "actoren", "prioriteit", "uiterlijk"],
                  rows: { optionRows($0, synonyms: synonyms) }),
            Table(name: "opvolging.csv", header: followUpColumns, rows: followUpRows),
        ]
    }

    static func sessionRow(_ session: Session, synonyms: ValueSynonyms = ValueSynonyms()) -> [String] {
        let core = session.values.filter { $0.status == .core }.map(\.name)
        return sessionFields(session) + [
            session.meta.title, session.meta.labels.joined(separator: "; "), session.meta.language.rawValue,
            session.meta.isPublic ? "ja" : "nee", "\(session.effects.count)", "\(session.values.count)",
            core.joined(separator: "; "), merged(core.map { counted($0, synonyms) }), "\(session.options.count)",
            // Which sessions form a series (blind tester 40 could not tell from the table).
            session.meta.follows ?? "",
        ]
    }

    /// The name the overview counts `name` under (synonyms and the vocabulary merged), with its key.
    static func counted(_ name: String, _ synonyms: ValueSynonyms) -> (name: String, key: String) {
        let counted = synonyms.resolve(name).name ?? name
        return (counted, Names.key(counted))
    }

    /// Counted names (`counted`), each once by key, in a cell.
    static func merged(_ counted: [(name: String, key: String)]) -> String {
        var seen: Set<String> = []
        return counted.filter { seen.insert($0.key).inserted }.map(\.name).joined(separator: "; ")
    }

    static func effectRows(_ session: Session, synonyms: ValueSynonyms = ValueSynonyms()) -> [[String]] {
        let fields = sessionFields(session)
        let names = SessionNames(session, synonyms: synonyms)
        return session.effects.map { effect in
            fields + [effect.id, effect.polarity == .negative ? "negatief" : "positief", plain(effect.text)]
                + names.cells(values: effect.values, actors: effect.actors)
        }
    }

    /// `overzichtsnaam` is the name the value counts under in the overview (synonyms merged).
    static func valueRows(_ session: Session, synonyms: ValueSynonyms = ValueSynonyms()) -> [[String]] {
        let links = ValueLinks(session)
        let fields = sessionFields(session)
        return session.values.map { value in
            let options = (links.options[value.id] ?? []).map { session.options[$0] }
            let directions = Direction.allCases.filter { direction in options.contains { $0.direction == direction } }
            let status = ["core": "kern", "regular": "gewoon", "parked": "geparkeerd"][value.status.rawValue] ?? ""
            return fields + [
                value.id, value.name, synonyms.resolve(value.name).name ?? value.name, status,
                value.status == .core ? "ja" : "nee", value.status == .parked ? "ja" : "nee",
                "\(links.effects[value.id]?.count ?? 0)", "\(options.count)",
                directions.map(directionWord).joined(separator: "; "),
            ]
        }
    }

    static func optionRows(_ session: Session, synonyms: ValueSynonyms = ValueSynonyms()) -> [[String]] {
        let fields = sessionFields(session)
        let names = SessionNames(session, synonyms: synonyms)
        return session.options.map { option in
            fields + [option.id, option.direction.map(directionWord) ?? "", plain(option.text)]
                + names.cells(values: option.values, actors: option.actors)
                // (As opvolging.csv says them; a date that does not exist is left out there too.)
                + [option.isPriority ? "ja" : "nee", option.due?.date ?? ""]
        }
    }

    static func phaseWord(_ phase: Phase) -> String {
        switch phase {
        case .before: return "voorafgaand"
        case .during: return "tijdens"
        case .after: return "na"
        }
    }

    /// As the tables write a direction: its Dutch name in lower case.
    static func directionWord(_ direction: Direction) -> String { directionWords[direction] ?? "" }
    private static let directionWords = Dictionary(uniqueKeysWithValues: Direction.allCases.map { ($0, $0.dutchName.lowercased()) })
}

/// `sessies.json`: every session's document in one file.
public struct SessionCollection: Codable {
    var schemaVersion = SessionDocument.currentSchemaVersion
    var sessions: [SessionDocument]

    init(_ sessions: [Session]) {
        self.sessions = sessions.map(SessionDocument.init)
    }

    /// The collection from documents already encoded, as parts to write one
    /// after another: the same JSON value as `encoded()`, without encoding ten
    /// thousand documents a second time or holding them in memory at once.
    public static func parts<Documents: Sequence<Data>>(_ documents: Documents) -> some Sequence<Data> {
        // Each document as it is, without its closing newlines (a slice: not copied), after a separator.
        let body = documents.enumerated().lazy.flatMap { index, document -> [Data] in
            [separator(index), trimmed(document)]
        }
        return [AnySequence([head]), AnySequence(body), AnySequence([tail])].joined()
    }

    /// The bytes of the collection around and between its documents (the last build's file is
    /// spliced by them: CollectionFile).
    public static let head = Data("{\n  \"schemaVersion\" : \(SessionDocument.currentSchemaVersion),\n  \"sessions\" : [".utf8)
    public static let tail = Data("\n  ]\n}\n".utf8)

    /// What comes before the document at `index`.
    public static func separator(_ index: Int) -> Data {
        index == 0 ? first : next
    }

    private static let first = Data("\n".utf8), next = Data(",\n".utf8)

    /// A document without its closing newlines.
    public static func trimmed(_ document: Data) -> Data {
        var end = document.endIndex
        while end > document.startIndex, document[end - 1] == 0x0A { end -= 1 }
        return document[document.startIndex..<end]
    }

    func encoded() throws -> Data {
        try SessionDocument.stableJSON(self)
    }
}
