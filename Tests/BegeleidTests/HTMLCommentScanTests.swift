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
            // Comments (those with only blanks between them as one) on a line with text: at the start of the line's
            // text (after spaces and list or quote marks), or after text with blanks on both sides, taken out with the
            // blanks after them; after text with blanks before only, with those; after text without, alone; at the end,
            // after text, with the blanks before them (those after them stay).
            let written = Array(line)
            func isBlank(_ at: Int) -> Bool { characters[at] == " " || characters[at] == "\t" }
            let lead = characters.indices.first {
                written[$0] != " " && written[$0] != "\t" && (inComment.contains($0) || !">-*+.)0123456789".contains(characters[$0]))
            } ?? characters.count
            var groups: [Range<Int>] = []
            for at in characters.indices where inComment.contains(at) {
                if let last = groups.last, (last.upperBound..<at).allSatisfy({ isBlank($0) && !inComment.contains($0) }) {
                    groups[groups.count - 1] = last.lowerBound..<at + 1
                } else {
                    groups.append(at..<at + 1)
                }
            }
            var cuts: [Range<Int>] = []
            // (What stands before the line's text stays: its indentation as written.)
            for group in groups.map({ max($0.lowerBound, lead)..<max($0.upperBound, lead) }) where !group.isEmpty {
                let textBefore = (lead..<group.lowerBound).contains { !inComment.contains($0) && !isBlank($0) }
                let blanksBefore = (lead..<group.lowerBound).reversed().prefix { isBlank($0) && !inComment.contains($0) }.count
                if let textAfter = (group.upperBound..<characters.count).first(where: { !inComment.contains($0) && !isBlank($0) }) {
                    if group.lowerBound == lead || (textBefore && blanksBefore > 0 && textAfter > group.upperBound) {
                        cuts.append(group.lowerBound..<textAfter)
                    } else if textBefore {
                        cuts.append(group.lowerBound - blanksBefore..<group.upperBound)
                    }
                } else if textBefore {
                    cuts.append(group.lowerBound - blanksBefore..<group.upperBound)
                }
            }
            if !cuts.isEmpty {
                var cutList: [HTMLComments.ColumnShift.Cut] = []
                for cut in cuts {
                    let kept = characters[..<cut.lowerBound].indices.filter { at in !cuts.contains { $0.contains(at) } }
                    cutList.append(.init(column: kept.map { characters[$0].unicodeScalars.count }.reduce(0, +) + 1,
                                         removed: written[cut].map(\.unicodeScalars.count).reduce(0, +)))
                }
                shifts[index + 1] = HTMLComments.ColumnShift(cuts: cutList)
                for cut in cuts.reversed() { characters.removeSubrange(cut) }
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
