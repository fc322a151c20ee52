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
    /// At most this many `<`, and this many `[`, within one paragraph (text between blank lines).
    public static let perParagraph = 1_000
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

    /// The first place where `text` passes a limit, or nil. One pass over
    /// the UTF-8 bytes (every character counted is ASCII); a byte that is none
    /// of those counted, nor a line end or blank, is passed over after one
    /// look in a table (`byteKinds`), and eight such bytes at once (`mayCount`)
    /// on a line that is not blank.
    public static func firstExcess(in text: String) -> Excess? {
        var text = text
        return text.withUTF8 { bytes -> Excess? in
            byteKinds.withUnsafeBufferPointer { kinds -> Excess? in
                var angles = 0, brackets = 0, pipes = 0
                var line = 1
                var lineStart = 0
                var lineIsBlank = true
                var index = 0
                while index < bytes.count {
                    // Eight bytes at a time past those that change nothing: none counted, no line end, and the
                    // line already not blank (a blank or other byte then leaves everything as it is).
                    if !lineIsBlank, index &+ 8 <= bytes.count,
                       !mayCount(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                        index &+= 8
                        continue
                    }
                    let byte = bytes[index]
                    let kind = kinds[Int(byte)]
                    index += 1
                    if kind == ByteKind.other {
                        lineIsBlank = false
                        continue
                    }
                    switch kind {
                    case ByteKind.lineEnd:
                        // CRLF counts once: the LF after a CR starts no new line.
                        if byte == UInt8(ascii: "\n"), index > 1, bytes[index - 2] == UInt8(ascii: "\r") {
                            lineStart = index
                            continue
                        }
                        if lineIsBlank { (angles, brackets) = (0, 0) }
                        line += 1
                        lineStart = index
                        pipes = 0
                        lineIsBlank = true
                        continue
                    case ByteKind.blank:
                        continue
                    case ByteKind.pipe:
                        pipes += 1
                        if pipes > pipesPerLine { return excess(bytes, line, lineStart, index - 1, "|", pipes, pipesPerLine, perLine: true) }
                    case ByteKind.angle:
                        angles += 1
                        if angles > perParagraph {
                            return excess(bytes, line, lineStart, index - 1, "<", angles, perParagraph, perLine: false)
                        }
                    default:
                        brackets += 1
                        if brackets > perParagraph {
                            return excess(bytes, line, lineStart, index - 1, "[", brackets, perParagraph, perLine: false)
                        }
                    }
                    lineIsBlank = false
                }
                return nil
            }
        }
    }

    /// Whether any of the eight bytes in `word` is a line end or a counted sign (a byte equal to one of
    /// them is a zero byte after `^`; a word has a zero byte exactly when `(v - 0x01…) & ~v & 0x80…` is not 0).
    @inline(__always)
    private static func mayCount(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        func zeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & (ones &* 0x80) }
        return zeroByte(word ^ (ones &* 0x0A)) | zeroByte(word ^ (ones &* 0x0D)) | zeroByte(word ^ (ones &* 0x7C))
            | zeroByte(word ^ (ones &* 0x3C)) | zeroByte(word ^ (ones &* 0x5B)) != 0
    }

    /// What a byte is to `firstExcess`.
    private enum ByteKind {
        static let other: UInt8 = 0, lineEnd: UInt8 = 1, blank: UInt8 = 2, pipe: UInt8 = 3, angle: UInt8 = 4, bracket: UInt8 = 5
    }

    private static let byteKinds: [UInt8] = {
        var kinds = [UInt8](repeating: ByteKind.other, count: 256)
        kinds[Int(UInt8(ascii: "\n"))] = ByteKind.lineEnd
        kinds[Int(UInt8(ascii: "\r"))] = ByteKind.lineEnd
        kinds[Int(UInt8(ascii: " "))] = ByteKind.blank
        kinds[Int(UInt8(ascii: "\t"))] = ByteKind.blank
        kinds[Int(UInt8(ascii: "|"))] = ByteKind.pipe
        kinds[Int(UInt8(ascii: "<"))] = ByteKind.angle
        kinds[Int(UInt8(ascii: "["))] = ByteKind.bracket
        return kinds
    }()

    private static func excess(
        _ bytes: UnsafeBufferPointer<UInt8>, _ line: Int, _ lineStart: Int, _ index: Int,
        _ character: Character, _ count: Int, _ limit: Int, perLine: Bool
    ) -> Excess {
        // The column in characters, as every location is given.
        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<index]), as: UTF8.self).count + 1
        return Excess(line: line, column: column, character: character, count: count, limit: limit, perLine: perLine)
    }

    /// `text` with every ASCII punctuation character backslash-escaped, so
    /// that cmark-gfm reads it as plain text in linear time.
    public static func escaped(_ text: String) -> String {
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
