/// Markdown that would make cmark-gfm work quadratically long.
///
/// Debian 12's libcmark-gfm (0.29.0.gfm.6) predates the fixes for
/// CVE-2023-22483, -22484, -22486 and -24824: inside one paragraph, time grows
/// with the square of the number of `<` (processing instructions `<?`,
/// `<![CDATA[`, comments), of `[` (`![[]()` repeated), and a table line's
/// time with the square of its cells. Real notes never come near these
/// limits; a paragraph or line beyond them is refused by the reader with its
/// place, and any other text beyond them is handed to cmark-gfm with its
/// punctuation escaped (shown literally), so no input can stall a build.
public enum MarkdownComplexity {
    /// At most this many of one character within one paragraph (text between blank lines).
    public static let perParagraph: [Character: Int] = ["<": 1_000, "[": 1_000]
    /// At most this many `|` on one line (table cells).
    public static let pipesPerLine = 300

    public struct Excess: Sendable, Equatable {
        /// 1-based line and column (in characters) of the character that passed the limit.
        public var line: Int
        public var column: Int
        public var character: Character
        public var count: Int
        public var limit: Int
        /// Whether the limit is per line (`|`) rather than per paragraph.
        public var perLine: Bool
    }

    /// The first place where `text` passes a limit, or nil. Linear in `text`.
    public static func firstExcess(in text: String) -> Excess? {
        var counts: [Character: Int] = [:]
        var pipes = 0
        var line = 1
        var column = 0
        var lineIsBlank = true
        for character in text {
            if character == "\n" || character == "\r\n" || character == "\r" {
                if lineIsBlank { counts.removeAll(keepingCapacity: true) }
                line += 1
                column = 0
                pipes = 0
                lineIsBlank = true
                continue
            }
            column += 1
            if !character.isWhitespace { lineIsBlank = false }
            if character == "|" {
                pipes += 1
                if pipes > pipesPerLine {
                    return Excess(line: line, column: column, character: "|", count: pipes, limit: pipesPerLine, perLine: true)
                }
            } else if let limit = perParagraph[character] {
                let count = counts[character, default: 0] + 1
                counts[character] = count
                if count > limit {
                    return Excess(line: line, column: column, character: character, count: count, limit: limit, perLine: false)
                }
            }
        }
        return nil
    }

    /// `text` with every ASCII punctuation character backslash-escaped, so
    /// that cmark-gfm reads it as plain text in linear time.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count * 2)
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isPatternSyntax || scalar == "_" || scalar == "`" {
                result.unicodeScalars.append("\\")
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
