/// HTML comments are private (FORMAT.md), however they are written: from
/// `<!--` to the next `-->` (or `--!>`), with anything in between — also the
/// `--` that CommonMark 0.29 does not allow inside a comment, which would make
/// cmark-gfm print the comment as text — and, when never closed, to the end of
/// the file. The reader masks them; the preview's error page and the terminal
/// do not quote the lines they touch.
public enum HTMLComments {
    public struct Scan: Sendable {
        /// The lines with every character of a comment turned into a space, so
        /// every other character keeps its line and column.
        public var lines: [String]
        /// The 1-based numbers of the lines a comment touches.
        public var touched: Set<Int>
        /// Where a comment starts that is never closed.
        public var unclosed: SourceLocation?
        /// The lines where a comment was taken out, so that the text around it reads as it would without it: at the start
        /// of the line's text with the spaces after it (`<!-- … --> Tekst` as spaces was an indented code block that
        /// showed the comment's length, and `- <!-- … --> (-) Effect` an empty item: a blind tester), between words with
        /// the spaces on one side (as spaces they stood in `rapport.md` and the JSON), and at the end with the spaces
        /// before it (two or more made a line break). By 1-based line.
        public var shifts: [Int: ColumnShift] = [:]
    }

    /// Where a line's text was shortened, and by how many characters of the line as written: each cut is a column of
    /// the shortened line (in scalars) and the scalars of the line as written taken out there.
    public struct ColumnShift: Sendable, Equatable {
        public struct Cut: Sendable, Equatable {
            public var column: Int
            public var removed: Int
        }

        public var cuts: [Cut]

        public init(cuts: [Cut]) { self.cuts = cuts }

        /// One cut: a column at or after `column` of the shortened line is `removed` columns further right in the file.
        public init(column: Int, removed: Int) { cuts = [Cut(column: column, removed: removed)] }

        /// The file's column of `column` on the shortened line.
        public func original(_ column: Int) -> Int {
            cuts.reduce(column) { $1.column <= column ? $0 + $1.removed : $0 }
        }
    }

    public static func scan<Line: StringProtocol>(_ source: [Line]) -> Scan {
        // Looked for as bytes: where the bytes hold no `<!--`, no characters do (the scan below would change nothing).
        guard source.contains(where: { holds($0, opening) }) else {
            return Scan(lines: source.map { String($0) }, touched: [], unclosed: nil)
        }
        var lines: [String] = []
        lines.reserveCapacity(source.count)
        var touched: Set<Int> = []
        var shifts: [Int: ColumnShift] = [:]
        var open: SourceLocation?
        for (index, line) in source.enumerated() {
            if open != nil { touched.insert(index + 1) }
            // A line no marker can touch, told from its bytes, is left as it is outside a comment, and made spaces
            // whole inside one: the character by character scan below was most of checking a long note with a
            // comment (an array made for each character compared).
            if open == nil, !holds(line, opening) {
                lines.append(String(line))
                continue
            }
            if open != nil, !closings.contains(where: { holds(line, $0) }) {
                lines.append(String(repeating: " ", count: line.count))
                continue
            }
            let written = Array(line)
            var characters = written
            var blanked = [Bool](repeating: false, count: characters.count)
            var position = 0
            while position < characters.count {
                let range: Range<Int>
                if open == nil {
                    guard starts(characters, at: position, with: openingCharacters) else { position += 1; continue }
                    open = SourceLocation(line: index + 1, column: position + 1)
                    touched.insert(index + 1)
                    range = position..<position + openingCharacters.count
                } else if let close = closingCharacters.first(where: { starts(characters, at: position, with: $0) }) {
                    range = position..<position + close.count
                    open = nil
                } else {
                    range = position..<position + 1
                }
                blank(&characters, range)
                for index in range { blanked[index] = true }
                position = range.upperBound
            }
            let cuts = self.cuts(characters, written: written, blanked: blanked)
            if !cuts.isEmpty {
                // Each cut's column in the shortened line: the scalars kept before it, plus one.
                var shift = ColumnShift(cuts: [])
                var kept = 0, from = 0
                for cut in cuts {
                    kept += characters[from..<cut.lowerBound].reduce(0) { $0 + $1.unicodeScalars.count }
                    shift.cuts.append(ColumnShift.Cut(column: kept + 1, removed: written[cut].reduce(0) { $0 + $1.unicodeScalars.count }))
                    from = cut.upperBound
                }
                shifts[index + 1] = shift
                for cut in cuts.reversed() { characters.removeSubrange(cut) }
            }
            lines.append(String(joining: characters))
        }
        return Scan(lines: lines, touched: touched, unclosed: open, shifts: shifts)
    }

    /// The comments of a line that has text beside them, to take out (ascending): one at the start of the line's text
    /// (after its indentation, a list marker or `>`) with the spaces after it, as spaces it would make the text an
    /// indented code block (or an item's content one); one between words with spaces on both sides with those after it,
    /// with spaces only before it with those, with none alone; one at the end with the spaces before it. None on a line
    /// with no text but comments. The line's indentation as written stays, also
    /// where it is inside a comment that began on a line above (`- <!-- twijfel` and then `  nog --> Effect`: the
    /// effect's indentation kept it in its item, a blind tester).
    private static func cuts(_ characters: [Character], written: [Character], blanked: [Bool]) -> [Range<Int>] {
        func isBlank(_ position: Int) -> Bool { characters[position] == " " || characters[position] == "\t" }
        var start = 0
        while start < characters.count,
              written[start] == " " || written[start] == "\t" || (!blanked[start] && ">-*+.)0123456789".contains(characters[start])) {
            start += 1
        }
        var cuts: [Range<Int>] = []
        var sawText = false
        var position = start
        while position < characters.count {
            guard blanked[position] else {
                if !isBlank(position) { sawText = true }
                position += 1
                continue
            }
            // (Comments with only spaces between them taken as one.)
            var end = position
            while true {
                while end < characters.count, blanked[end] { end += 1 }
                var next = end
                while next < characters.count, !blanked[next], isBlank(next) { next += 1 }
                guard next < characters.count, blanked[next] else { break }
                end = next
            }
            var after = end
            while after < characters.count, !blanked[after], isBlank(after) { after += 1 }
            var before = position
            while before > start, !blanked[before - 1], isBlank(before - 1) { before -= 1 }
            if after < characters.count, !blanked[after] {
                // Text after it. At the start of the line's text, or with spaces on both sides: the comment and the
                // spaces after it. With spaces only before it: those and the comment (`**vet <!-- x -->**` stays bold,
                // `komma <!-- x -->,` has no space before the comma). With none before it: the comment alone (the words
                // stay apart as they were, `de<!-- x --> Vries`).
                if position == start || (sawText && before < position && after > end) {
                    cuts.append(position..<after)
                } else if sawText, before < position {
                    cuts.append(before..<end)
                } else if sawText {
                    cuts.append(position..<end)
                }
            } else if after == characters.count, sawText {
                // At the end, after text: with the spaces before it; those after it stay (two make a line break, as typed).
                cuts.append(before..<end)
                break
            }
            position = end
        }
        return cuts
    }

    /// Whether `line`'s bytes hold `marker` (ASCII): when they do not, none of its characters spell it.
    private static func holds<Line: StringProtocol>(_ line: Line, _ marker: [UInt8]) -> Bool {
        // Over the line's bytes in place (this generic function is not specialised for its callers).
        line.utf8.withContiguousStorageIfAvailable { holds($0, marker) } ?? Array(line.utf8).withUnsafeBufferPointer { holds($0, marker) }
    }

    private static func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ marker: [UInt8]) -> Bool {
        guard bytes.count >= marker.count else { return false }
        for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
            if (1..<marker.count).allSatisfy({ bytes[start + $0] == marker[$0] }) { return true }
        }
        return false
    }

    private static let opening: [UInt8] = Array("<!--".utf8)
    private static let closings: [[UInt8]] = [Array("-->".utf8), Array("--!>".utf8)]
    private static let openingCharacters: [Character] = Array("<!--")
    private static let closingCharacters: [[Character]] = [Array("-->"), Array("--!>")]

    private static func starts(_ characters: [Character], at position: Int, with marker: [Character]) -> Bool {
        guard position + marker.count <= characters.count else { return false }
        for offset in marker.indices where characters[position + offset] != marker[offset] { return false }
        return true
    }

    private static func blank(_ characters: inout [Character], _ range: Range<Int>) {
        for index in range { characters[index] = " " }
    }
}
