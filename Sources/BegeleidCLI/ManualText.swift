import Foundation

/// The help as swift-argument-parser's manual plugin reads it (`--experimental-dump-help`), in ASCII.
///
/// The plugin's generate-manual tool drops every character that is not ASCII
/// (swift-argument-parser 1.8.2, Tools/generate-manual/MDoc/String+Escaping.swift:
/// `for character in self where character.isASCII`): "één" would reach the man page as "n".
/// So for that dump only, each such character is spelled in ASCII: a letter without its
/// accent, an arrow as "->", typographic quotes and dashes as plain ones. And a blank line
/// (a paragraph break in `--help`) would reach the page as an empty input line, which mdoc
/// warns about, so it becomes the paragraph macro `.Pp` (generate-manual escapes a leading dot
/// only at the start of a text; scripts/install_test.py checks that the page renders without
/// warnings and shows no `.Pp`). `--help` and the completion scripts keep the text as written.
enum ManualText {
    static let dumpFlag = "--experimental-dump-help"

    static let spellings: [Character: String] = [
        "→": "->", "“": "'", "”": "'", "„": "'", "‘": "'", "’": "'", "—": "-", "–": "-", "…": "...", "×": "x", "·": "-",
    ]

    /// A blank line inside a JSON string, and what it becomes.
    static let blankLine = #"\n\n"#
    static let paragraph = #"\n.Pp\n"#

    /// `json` with every character outside ASCII spelled in ASCII (none is left: an unknown one becomes "?"),
    /// and blank lines as `.Pp`.
    static func ascii(_ json: String) -> String {
        var result = ""
        result.reserveCapacity(json.utf8.count)
        for character in json {
            if character.isASCII {
                result.append(character)
            } else if let spelling = spellings[character] {
                result += spelling
            } else {
                let folded = String(character).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
                result += folded.allSatisfy(\.isASCII) ? folded : "?"
            }
        }
        return result.replacingOccurrences(of: blankLine, with: paragraph)
    }
}
