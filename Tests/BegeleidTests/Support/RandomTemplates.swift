@testable import BegeleidMustache

/// Seeded random templates and value trees for the differential test: every construct the templates
/// use (variables, dotted and leading-dot names, `{{{x}}}`, `{{& x}}`, sections and inverted
/// sections over lists, objects, yes/no, strings and numbers, `{{.}}`, partials alone on an
/// indented line or inline, comments, set delimiters, content-type pragmas), with blanks, tabs and
/// newlines around the tags so the standalone-line rules come into play.
struct RandomTemplates {
    /// KillTests' SplitMix64: the same seed gives the same templates on every machine.
    var random: SeededRandom
    static let keys = ["a", "b", "c", "list", "flag", "n"]
    static let pieces = ["x", "Zorg", " ", "  ", "\t", "\n", "\r\n", "<", ">", "&", "\"", "'", "*", "_", "[", "]", "#", "|", "~", "!",
                         "{", "}", "\\", "`", "é", "·", "−", "\u{301}", "\u{338}", "\u{2028}", "\u{85}", "\u{0B}", "\r", "👩‍⚕️"]

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    mutating func text(maxLength: Int = 6) -> String {
        (0..<Int.random(in: 0...maxLength, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
    }

    /// Characters escaping treats specially, and marks that join the character before them into one grapheme.
    static let special: Set<Unicode.Scalar> = ["<", ">", "&", "\"", "'", "*", "_", "[", "]", "#", "|", "~", "!", "{", "}", "\\", "`"]
    static let joining: Set<Unicode.Scalar> = ["\u{301}", "\u{338}"]

    /// A value's text: as `text`, but no special character with a joining mark right after it. There
    /// swift-mustache's character-wise escaping left the character as it was (`<\u{338}`, and `\u{600}<img>`:
    /// the XSS corpus), where ours escapes every special byte: that difference is intended and tested on its own
    /// (`TemplateEscapingTests`).
    mutating func valueText(maxLength: Int = 6) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text(maxLength: maxLength).unicodeScalars {
            if Self.joining.contains(scalar), let last = scalars.last, Self.special.contains(last) { scalars.append("x") }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    mutating func value(depth: Int = 0) -> MustacheValue {
        switch Int.random(in: 0..<(depth >= 3 ? 3 : 6), using: &random) {
        case 0: return .string(valueText())
        case 1: return .bool(chance(50))
        case 2: return .int(Int.random(in: -2...20, using: &random))
        case 3: return .list((0..<Int.random(in: 0...3, using: &random)).map { _ in value(depth: depth + 1) })
        default:
            var members = MustacheObject()
            for key in Self.keys where chance(45) { members[key] = value(depth: depth + 1) }
            return .object(members)
        }
    }

    mutating func name() -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return "."
        case 1: return "." + Self.keys.randomElement(using: &random)!
        case 2, 3: return Self.keys.randomElement(using: &random)! + "." + Self.keys.randomElement(using: &random)!
        default: return Self.keys.randomElement(using: &random)!
        }
    }

    /// A template; `partials` names the partials it may include.
    mutating func template(partials: [String], depth: Int = 0) -> String {
        var delimiters = ("{{", "}}")
        return body(partials: partials, depth: depth, delimiters: &delimiters)
    }

    private mutating func body(partials: [String], depth: Int, delimiters: inout (String, String)) -> String {
        var out = ""
        for _ in 0..<Int.random(in: 1...7, using: &random) {
            if chance(30) { out += ["\n", "  ", "\t", " \n", "\r\n"].randomElement(using: &random)! }
            let (open, close) = delimiters
            switch Int.random(in: 0..<14, using: &random) {
            case 0, 1: out += text()
            case 2, 3: out += "\(open)\(chance(20) ? " " : "")\(name())\(chance(20) ? " " : "")\(close)"
            case 4: out += open == "{{" ? "{{{\(name())}}}" : "\(open)&\(name())\(close)"
            case 5: out += "\(open)& \(name())\(close)"
            case 6, 7, 8:
                guard depth < 3 else {
                    out += text(maxLength: 3)
                    continue
                }
                let section = name()
                let sigil = chance(30) ? "^" : "#"
                var inner = delimiters
                let content = body(partials: partials, depth: depth + 1, delimiters: &inner)
                let lineBreak = chance(50) ? "\n" : ""
                out += "\(open)\(sigil)\(section)\(close)\(lineBreak)\(content)\(lineBreak)\(inner.0)/\(section)\(inner.1)"
            case 9 where !partials.isEmpty:
                let indent = ["", "  ", "\t", " "].randomElement(using: &random)!
                out += "\n\(indent)\(open)> \(partials.randomElement(using: &random)!)\(close)\(chance(60) ? "\n" : "")"
            case 10: out += "\(open)! \(text(maxLength: 3).replacingOccurrences(of: close, with: ""))\(close)"
            case 11:
                // Two characters at least: swift-mustache traps on a section closed right after it opens
                // when the delimiter has one (it steps back two characters from the closing tag).
                let next = [("<%", "%>"), ("[[", "]]"), ("{{", "}}"), ("<<<", ">>>")].randomElement(using: &random)!
                out += "\(open)=\(next.0) \(next.1)=\(close)"
                delimiters = next
            case 12: out += "\(open)% CONTENT_TYPE: \(["MARKDOWN", "HTML", "TEXT"].randomElement(using: &random)!)\(close)"
            default: out += text(maxLength: 3)
            }
        }
        return out
    }

    /// `template` with a few characters cut out or put in: mostly broken templates.
    mutating func mutated(_ template: String) -> String {
        var characters = Array(template)
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let index = Int.random(in: 0...characters.count, using: &random)
            if chance(50), index < characters.count {
                characters.remove(at: index)
            } else {
                characters.insert(contentsOf: ["{", "}", "#", "/", "(", "=", "%", ">", "<", "$", "!", "&"].randomElement(using: &random)!, at: index)
            }
        }
        return String(characters)
    }
}

