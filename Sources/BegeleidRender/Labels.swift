import BegeleidModel
import BegeleidMustache
import Yams

/// The report's own words in one language, read from `labels/<taal>.yaml`.
public struct Labels: Sendable {
    public let language: Language
    public let words: [String: String]
    /// The twelve months' names (none when the labels have no list of twelve).
    public let months: [String]

    public init(language: Language, words: [String: String], months: [String]) {
        self.language = language
        self.words = words
        self.months = months
        dictionary = .object(MustacheObject(words.mapValues(MustacheValue.string)))
    }

    /// Parses a labels file; keys it lacks are taken from `fallback`.
    init(language: Language, yaml: String, fallback: Labels?) throws {
        self.language = language
        // Every plain scalar read as its text (the basic resolver: the default one's regular expressions were a
        // fifth of starting a build); a plain empty, `~` or `null` is no label, so the fallback's stands.
        var words = fallback?.words ?? [:]
        var months = fallback?.months ?? []
        if case .mapping(let mapping)? = try Yams.compose(yaml: yaml, .basic, .default, .utf8) {
            for (keyNode, value) in mapping {
                guard let key = keyNode.string else { continue }
                switch value {
                case .scalar(let scalar) where !(scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)):
                    words[key] = scalar.string
                case .sequence(let list) where key == "months" && list.count == 12:
                    months = list.map { $0.string ?? "" }
                default:
                    continue
                }
            }
        }
        self.words = words
        self.months = months
        dictionary = .object(MustacheObject(words.mapValues(MustacheValue.string)))
    }

    public subscript(key: String) -> String { words[key] ?? key }

    /// A label with its `{placeholders}` filled in, in one pass: what a value
    /// brings in (an organisation called "{kenmerk}") is never filled again.
    ///
    ///     fill("proposal_heading", ["organisatie": "Gemeente Epe"]) → "Voorstel op maat voor Gemeente Epe"
    public func fill(_ key: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(self[key])
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            if let close = rest[open...].firstIndex(of: "}"), let value = values[String(rest[rest.index(after: open)..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
            }
        }
        return result + rest
    }

    /// All words, for templates (`{{labels.summary}}`), made once.
    let dictionary: MustacheValue

    /// `2026-03-12` → `12 maart 2026` (or `12 March 2026`).
    public func longDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month),
              months.count == 12 else { return iso }
        return "\(day) \(months[month - 1]) \(parts[0])"
    }

    public func phase(_ phase: Phase) -> String {
        switch phase {
        case .before: return self["phase_before"]
        case .during: return self["phase_during"]
        case .after: return self["phase_after"]
        }
    }

    public func direction(_ direction: Direction, short: Bool = false) -> String {
        self["direction_\(direction.rawValue)\(short ? "_short" : "")"]
    }
}
