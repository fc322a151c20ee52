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
    }

    public static func scan<Line: StringProtocol>(_ source: [Line]) -> Scan {
        // Looked for as bytes: where the bytes hold no `<!--`, no characters do (the scan below would change nothing).
        guard source.contains(where: { containsOpening($0) }) else {
            return Scan(lines: source.map { String($0) }, touched: [], unclosed: nil)
        }
        var lines: [String] = []
        var touched: Set<Int> = []
        var open: SourceLocation?
        for (index, line) in source.enumerated() {
            var characters = Array(line)
            var position = 0
            if open != nil { touched.insert(index + 1) }
            while position < characters.count {
                if open == nil {
                    guard starts(characters, at: position, with: "<!--") else { position += 1; continue }
                    open = SourceLocation(line: index + 1, column: position + 1)
                    touched.insert(index + 1)
                    blank(&characters, position..<position + 4)
                    position += 4
                } else if let close = ["-->", "--!>"].first(where: { starts(characters, at: position, with: $0) }) {
                    blank(&characters, position..<position + close.count)
                    position += close.count
                    open = nil
                } else {
                    blank(&characters, position..<position + 1)
                    position += 1
                }
            }
            lines.append(String(characters))
        }
        return Scan(lines: lines, touched: touched, unclosed: open)
    }

    private static func containsOpening<Line: StringProtocol>(_ line: Line) -> Bool {
        // Over the line's bytes in place (this generic function is not specialised for its callers).
        line.utf8.withContiguousStorageIfAvailable(containsOpening) ?? Array(line.utf8).withUnsafeBufferPointer(containsOpening)
    }

    private static func containsOpening(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var matched = 0
        for byte in bytes {
            matched = byte == opening[matched] ? matched + 1 : (byte == opening[0] ? 1 : 0)
            if matched == opening.count { return true }
        }
        return false
    }

    private static let opening: [UInt8] = Array("<!--".utf8)

    private static func starts(_ characters: [Character], at position: Int, with text: String) -> Bool {
        let marker = Array(text)
        return position + marker.count <= characters.count && Array(characters[position..<position + marker.count]) == marker
    }

    private static func blank(_ characters: inout [Character], _ range: Range<Int>) {
        for index in range { characters[index] = " " }
    }
}
