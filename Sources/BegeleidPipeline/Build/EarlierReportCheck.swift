import BegeleidModel
import BegeleidReader
import Foundation

/// The report an earlier build left of notes that have errors now stays (`Aggregates.previousReports`), but not when it
/// shows a line the notes now keep private: moved under Notities, in a section a remark made private, put in a comment,
/// in the same edit as an unrelated error (blind tester 34: `build` said exit 1, and the earlier report kept the line).
enum EarlierReportCheck {
    /// The paths of `failed` whose earlier report in `output` holds the text of a line of their body that is private now,
    /// or whose notes cannot be read as a session at all (not UTF-8, no front matter, empty): what they keep private now
    /// is not known, so their earlier report goes too (blind tester 36 moved a line under Notities and saved the file as
    /// Latin-1; the earlier report kept the line).
    static func showingNowPrivate(_ failed: [(path: String, slug: String)], output: String, policy: InputPolicy) -> Set<String> {
        var found: Set<String> = []
        for file in failed {
            guard let report = earlierText(of: file.slug, in: output) else { continue }
            guard let notes = FileManager.default.contents(atPath: file.path),
                  let session = SessionReader.read(path: file.path, slug: file.slug, policy: policy).session else {
                found.insert(file.path)
                continue
            }
            let lines = String(decoding: notes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let privateLines = session.outline.privateLines.filter { $0 >= session.outline.bodyStart.line && $0 <= lines.count }
            if privateLines.contains(where: { line in
                let words = words(of: lines[line - 1])
                return words.count >= 3 && words.reduce(0) { $0 + $1.count } >= 12 && report.contains(" " + words.joined(separator: " ") + " ")
            }) {
                found.insert(file.path)
            }
        }
        return found
    }

    /// The words of the earlier report's Markdown and document, lower case, each between spaces; nil without a report.
    private static func earlierText(of slug: String, in output: String) -> String? {
        let texts = ["rapport.md", "sessie.json"].compactMap { FileManager.default.contents(atPath: Layout.join(output, Layout.session(slug, $0))) }
        guard !texts.isEmpty else { return nil }
        return " " + texts.map { words(of: String(decoding: $0, as: UTF8.self)).joined(separator: " ") }.joined(separator: " ") + " "
    }

    /// `text` lower case, as its runs of letters and digits (markup, punctuation and escapes between them dropped).
    static func words(of text: Substring) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    static func words(of text: String) -> [String] { words(of: Substring(text)) }
}
