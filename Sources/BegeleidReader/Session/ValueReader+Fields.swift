import BegeleidModel
import Foundation
import Yams

/// Readers for the nested shapes of profiles and the offer: mappings with
/// known keys, lists, numbers, amounts and texts in two languages.
extension ValueReader {
    /// One entry of a mapping whose key is known.
    struct Entry<Key: SpelledKey> {
        var key: Key
        var spelling: String
        var keyNode: Node
        var value: Node
        var location: SourceLocation
    }

    /// The known keys of a mapping, in file order. Unknown keys are a warning
    /// with the nearest key suggested — an error when one is near, since a
    /// misspelled key in a profile or the offer would silently change what a
    /// proposal says; a key given twice (also under another spelling) is an
    /// error. `place` names the mapping in messages.
    mutating func entries<Key: SpelledKey & Hashable>(
        of node: Node, key: String, as _: Key.Type, place: LocalizedText
    ) -> [Entry<Key>] {
        guard case .mapping(let mapping) = node else {
            malformed(node, key: key, expected: LocalizedText(nl: "een lijst van sleutels met waarden", en: "a map of keys and values"))
            return []
        }
        var result: [Entry<Key>] = []
        var seen: [Key: SourceLocation] = [:]
        for (keyNode, value) in mapping {
            let spelling = YAMLDocument.spelling(ofKey: keyNode)
            let at = document.location(of: keyNode)
            guard let known = Key(spelling: spelling) else {
                if let suggestion = Names.nearest(to: spelling, in: Key.allSpellings) {
                    diagnostics.append(Diagnostic(
                        .error, .keyMisspelled, path: document.path, at: at,
                        LocalizedText(
                            nl: "onbekende sleutel “\(spelling)” in \(place.dutch)",
                            en: "unknown key “\(spelling)” in \(place.english)"),
                        suggestion: suggestion))
                } else {
                    diagnostics.append(Diagnostic(
                        .warning, .keyUnknown, path: document.path, at: at,
                        LocalizedText(
                            nl: "onbekende sleutel “\(spelling)” in \(place.dutch) wordt genegeerd",
                            en: "unknown key “\(spelling)” in \(place.english) is ignored")))
                }
                continue
            }
            if let first = seen[known] {
                diagnostics.append(Diagnostic(
                    .error, .keyDuplicate, path: document.path, at: at,
                    LocalizedText(
                        nl: "“\(spelling)” staat al op regel \(first.line) (als “\(known.rawValue)” of een alias)",
                        en: "“\(spelling)” was already given on line \(first.line) (as “\(known.rawValue)” or an alias)")))
                continue
            }
            seen[known] = at
            result.append(Entry(key: known, spelling: spelling, keyNode: keyNode, value: value, location: at))
        }
        return result
    }

    /// Reports each required key that `entries` lacks, at `node` (the mapping).
    mutating func requireKeys<Key: SpelledKey & Hashable>(
        _ required: [Key], in entries: [Entry<Key>], at node: Node, place: LocalizedText
    ) {
        let present = Set(entries.map(\.key))
        for key in required where !present.contains(key) {
            diagnostics.append(Diagnostic(
                .error, .keyMissing, path: document.path, at: document.location(of: node),
                LocalizedText(
                    nl: "de verplichte sleutel “\(key.rawValue)” ontbreekt in \(place.dutch)",
                    en: "the required key “\(key.aliases.first ?? key.rawValue)” (or “\(key.rawValue)”) is missing in \(place.english)")))
        }
    }

    /// The items of a list; a single value counts as a list of one.
    mutating func items(_ node: Node, key: String) -> [Node] {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar(let scalar) where scalar.string.trimmingCharacters(in: .whitespaces).isEmpty: return []
        case .scalar: return [node]
        case .mapping, .alias:
            malformed(node, key: key, expected: LocalizedText(nl: "een lijst (regels die met - beginnen)", en: "a list (lines starting with -)"))
            return []
        }
    }

    /// A whole number in `range` (a trailing `%` allowed, for shares).
    mutating func integer(_ node: Node, key: String, in range: ClosedRange<Int>) -> Int? {
        guard let word = text(node, key: key) else { return nil }
        let digits = word.hasSuffix("%") ? String(word.dropLast()).trimmingCharacters(in: .whitespaces) : word
        if let number = Int(digits), range.contains(number) { return number }
        // A number in words (`deelnemers: achttien`): its digits offered (blind tester 42 got the range alone).
        if let number = NumberWords.value(of: digits), range.contains(number) {
            diagnostics.append(Diagnostic(
                .error, .keyMalformed, path: document.path, at: document.location(of: node),
                LocalizedText(nl: "“\(key)” moet een geheel getal in cijfers zijn: \(number), niet “\(word)”",
                              en: "“\(key)” must be a whole number in digits: \(number), not “\(word)”"),
                suggestion: "\(number)"))
            return nil
        }
        malformed(node, key: key, expected: LocalizedText(
            nl: "een geheel getal van \(range.lowerBound) tot en met \(range.upperBound)",
            en: "a whole number from \(range.lowerBound) to \(range.upperBound)"))
        return nil
    }

    /// An amount in euros with at most two decimals, `1250`, `1250.50` or
    /// `1250,50`, read exactly (never through a binary floating-point number).
    mutating func amount(_ node: Node, key: String) -> Decimal? {
        guard let word = text(node, key: key) else { return nil }
        switch Self.decimal(word, decimals: 2) {
        case .success(let value): return value
        case .failure(let problem):
            malformed(node, key: key, expected: LocalizedText(
                nl: "een bedrag in euro's zoals 1250 of 1250,50 (\(problem.dutch))",
                en: "an amount in euros such as 1250 or 1250.50 (\(problem.english))"))
            return nil
        }
    }

    /// A percentage from 0 to 100, `21`, `9`, `20,5` or `21%`.
    mutating func percentage(_ node: Node, key: String) -> Decimal? {
        guard let word = text(node, key: key) else { return nil }
        let digits = word.hasSuffix("%") ? String(word.dropLast()).trimmingCharacters(in: .whitespaces) : word
        guard case .success(let value) = Self.decimal(digits, decimals: 2), value <= 100 else {
            malformed(node, key: key, expected: LocalizedText(nl: "een percentage van 0 tot 100, zoals 21", en: "a percentage from 0 to 100, such as 21"))
            return nil
        }
        // A fraction written for the percentage (`0,21` for 21 %) made the proposal's total wrong without a word: blind
        // tester 37. No percentage in an offer lies between 0 and 1.
        if value > 0, value < 1 {
            let meant = "\(value * 100)"
            diagnostics.append(Diagnostic(
                .error, .keyMalformed, path: document.path, at: document.location(of: node),
                LocalizedText(
                    nl: "“\(key)” is een percentage van 0 tot 100 (zoals 21), geen deel van 1: “\(word)” is minder dan 1 %; bedoelde je \(meant.replacingOccurrences(of: ".", with: ","))?",
                    en: "“\(key)” is a percentage from 0 to 100 (such as 21), not a fraction of 1: “\(word)” is less than 1 %; do you mean \(meant)?")))
            return nil
        }
        return value
    }

    /// Digits with at most one `.` or `,` and `decimals` decimals after it, or what is wrong.
    static func decimal(_ word: String, decimals: Int) -> Result<Decimal, LocalizedTextError> {
        if word.hasPrefix("-") {
            return .failure(LocalizedTextError(dutch: "een bedrag is niet negatief", english: "an amount is not negative"))
        }
        // The currency written with it (`€ 1.450,-`, `1450 euro`): the number alone, offered when it can be read (blind
        // tester 42: “1450 euro” was told “zonder €-teken”, and `€ 1.450,-` nothing of its point or its `,-`).
        let lowered = word.lowercased()
        if ["€", "eur", ",-", ".-", ",–"].contains(where: lowered.contains) {
            var bare = lowered
            for mark in ["euro's", "euros", "euro", "eur", "€", ",-", ".-", ",–", " "] { bare = bare.replacingOccurrences(of: mark, with: "") }
            let meant = [bare, bare.filter { $0 != "." }].first { !$0.isEmpty && (try? decimal($0, decimals: decimals).get()) != nil }
            return .failure(LocalizedTextError(
                dutch: "alleen het getal, zonder €, euro of ,-" + (meant.map { ": \($0)" } ?? ""),
                english: "the number alone, without €, euro or ,-" + (meant.map { ": \($0)" } ?? "")))
        }
        let separators = word.filter { $0 == "." || $0 == "," }
        let parts = word.split(whereSeparator: { $0 == "." || $0 == "," }).map(String.init)
        let isDigits: (String) -> Bool = { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard separators.count <= 1, parts.allSatisfy(isDigits), parts.count == separators.count + 1 else {
            return .failure(LocalizedTextError(
                dutch: "alleen cijfers, zonder scheidingsteken voor duizendtallen", english: "digits only, no thousands separators"))
        }
        // `1.450`: a thousands separator as Dutch writes it, not 1.45 with a third decimal (blind tester 37).
        if parts.count == 2, parts[1].count == 3, decimals < 3, parts[0].count <= 3, parts[0].first != "0" {
            return .failure(LocalizedTextError(
                dutch: "zonder scheidingsteken voor duizendtallen: \(parts.joined())", english: "no thousands separators: \(parts.joined())"))
        }
        if parts.count == 2, parts[1].count > decimals {
            return .failure(LocalizedTextError(dutch: "hooguit \(decimals) decimalen", english: "at most \(decimals) decimals"))
        }
        guard parts[0].count <= 9, let value = Decimal(string: parts.joined(separator: "."), locale: Locale(identifier: "en_US_POSIX"))
        else { return .failure(LocalizedTextError(dutch: "te groot", english: "too large")) }
        return .success(value)
    }

    /// A time of day, `13:30`.
    mutating func clockTime(_ node: Node, key: String) -> ClockTime? {
        guard let word = text(node, key: key) else { return nil }
        if let time = ClockTime(word) { return time }
        malformed(node, key: key, expected: LocalizedText(nl: "een tijd als 13:30", en: "a time such as 13:30"))
        return nil
    }
}

/// What is wrong with a value, in both languages, as an `Error` for `Result`.
struct LocalizedTextError: Error {
    var dutch: String
    var english: String
}
