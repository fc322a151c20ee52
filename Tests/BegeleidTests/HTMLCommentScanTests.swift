@testable import BegeleidModel
import Testing

/// Issue 18: `HTMLComments.scan` passes over, from their bytes, the lines no comment marker can touch (a long note
/// with one comment was scanned character by character, an array made for each character compared). Its results
/// are those of the scan as first written (`reference`), on generated notes full of near-markers.
struct HTMLCommentScanTests {
    /// The scan as it was first written: every line of a note that holds `<!--` character by character.
    private func reference(_ source: [Substring]) -> HTMLComments.Scan {
        let opening = Array("<!--".utf8)
        guard source.contains(where: { line in
            let bytes = Array(line.utf8)
            return bytes.indices.contains { bytes[$0...].starts(with: opening) }
        }) else {
            return HTMLComments.Scan(lines: source.map { String($0) }, touched: [], unclosed: nil)
        }
        func starts(_ characters: [Character], at position: Int, with text: String) -> Bool {
            let marker = Array(text)
            return position + marker.count <= characters.count && Array(characters[position..<position + marker.count]) == marker
        }
        var lines: [String] = []
        var touched: Set<Int> = []
        var shifts: [Int: HTMLComments.ColumnShift] = [:]
        var open: BegeleidModel.SourceLocation?
        for (index, line) in source.enumerated() {
            var characters = Array(line)
            var inComment = Set<Int>()
            var position = 0
            if open != nil { touched.insert(index + 1) }
            while position < characters.count {
                if open == nil {
                    guard starts(characters, at: position, with: "<!--") else { position += 1; continue }
                    open = BegeleidModel.SourceLocation(line: index + 1, column: position + 1)
                    touched.insert(index + 1)
                    for blank in position..<position + 4 { characters[blank] = " "; inComment.insert(blank) }
                    position += 4
                } else if let close = ["-->", "--!>"].first(where: { starts(characters, at: position, with: $0) }) {
                    for blank in position..<position + close.count { characters[blank] = " "; inComment.insert(blank) }
                    position += close.count
                    open = nil
                } else {
                    characters[position] = " "
                    inComment.insert(position)
                    position += 1
                }
            }
            // A comment at the start of the line's text, after spaces and list or quote marks, with text after it:
            // taken out with the blanks up to that text.
            let written = Array(line)
            let lead = characters.indices.first {
                written[$0] != " " && written[$0] != "\t" && (inComment.contains($0) || !">-*+.)0123456789".contains(characters[$0]))
            }
            if let lead, inComment.contains(lead),
               let text = characters.indices.first(where: { $0 > lead && !inComment.contains($0) && characters[$0] != " " && characters[$0] != "\t" }) {
                let removed = written[lead..<text].map(\.unicodeScalars.count).reduce(0, +)
                shifts[index + 1] = HTMLComments.ColumnShift(column: lead + 1, removed: removed)
                characters.removeSubrange(lead..<text)
            }
            lines.append(String(characters))
        }
        return HTMLComments.Scan(lines: lines, touched: touched, unclosed: open, shifts: shifts)
    }

    @Test func theScanIsTheOneFirstWritten() {
        // Pieces that make and almost make markers: a combining mark after a dash or `<` joins it into another
        // character, so bytes that spell a marker need not be one.
        let pieces = ["<!--", "-->", "--!>", "--->", "<!-", "<!", "-", "--", ">", "!", "<", "a", "woord ", " ", "é", "e\u{301}",
                      "-\u{301}", "<\u{338}", "👍🏽", "🇳🇱", "\t", "→ privacy @bewoners", "- Effect op de ringweg"]
        var random = SeededRandom(seed: 18)
        var commented = 0
        for _ in 0..<3_000 {
            let lineCount = 1 + random.next(below: 8)
            let text = (0..<lineCount).map { _ in
                (0..<random.next(below: 9)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            }.joined(separator: "\n")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let expected = reference(lines)
            let scan = HTMLComments.scan(lines)
            #expect(scan.lines == expected.lines, "\(text.debugDescription)")
            #expect(scan.touched == expected.touched && scan.unclosed == expected.unclosed, "\(text.debugDescription)")
            #expect(scan.shifts == expected.shifts, "\(text.debugDescription)")
            // The same for lines given as Strings (the preview's).
            #expect(HTMLComments.scan(lines.map(String.init)).lines == expected.lines)
            if !expected.touched.isEmpty { commented += 1 }
        }
        // Most generated notes hold a comment: the scan is tested, not passed over.
        #expect(commented > 1_500, "\(commented)")
    }
}
