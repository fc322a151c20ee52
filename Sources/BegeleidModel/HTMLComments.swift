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
        /// The lines where a comment at the start of the line's text was taken out with the spaces after it, so that
        /// the text after it stays text (`<!-- … --> Tekst` as spaces was an indented code block that showed the
        /// comment's length, and `- <!-- … --> (-) Effect` an empty item: a blind tester). By 1-based line.
        public var shifts: [Int: ColumnShift] = [:]
    }

    /// Where a line's text was shortened, and by how many characters of the line as written: a column at or after
    /// `column` of the shortened line is `removed` columns further right in the file.
    public struct ColumnShift: Sendable, Equatable {
        public var column: Int
        public var removed: Int

        /// The file's column of `column` on the shortened line.
        public func original(_ column: Int) -> Int {
            column >= self.column ? column + removed : column
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
            if let cut = leadingCut(characters, written: written, blanked: blanked) {
                // (Every character before the cut is one scalar, a space or a marker.)
                shifts[index + 1] = ColumnShift(column: cut.lowerBound + 1, removed: written[cut].reduce(0) { $0 + $1.unicodeScalars.count })
                characters.removeSubrange(cut)
            }
            lines.append(String(joining: characters))
        }
        return Scan(lines: lines, touched: touched, unclosed: open, shifts: shifts)
    }

    /// A comment at the start of a line's text (after its indentation, a list marker or `>`) with text after it on
    /// the line: the comment and the spaces after it, taken out. As spaces they would make the text an indented
    /// code block (or an item's content one). Nil where no such comment is. The line's indentation as written stays,
    /// also where it is inside a comment that began on a line above (`- <!-- twijfel` and then `  nog --> Effect`:
    /// the effect's indentation kept it in its item, a blind tester).
    private static func leadingCut(_ characters: [Character], written: [Character], blanked: [Bool]) -> Range<Int>? {
        var start = 0
        while start < characters.count,
              written[start] == " " || written[start] == "\t" || (!blanked[start] && ">-*+.)0123456789".contains(characters[start])) {
            start += 1
        }
        guard start < characters.count, blanked[start] else { return nil }
        var end = start
        while end < characters.count, blanked[end] || characters[end] == " " || characters[end] == "\t" { end += 1 }
        return end < characters.count ? start..<end : nil
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
