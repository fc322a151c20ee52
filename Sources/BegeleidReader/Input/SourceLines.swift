import Foundation

/// A file's lines as the reader saw them (BOM dropped, CRLF and lone CR as
/// line ends), to quote the line of a finding. Nothing for a file the reader
/// refused (too large, not a file).
public enum SourceLines {
    public static func read(_ path: String) -> [Substring] {
        guard let bytes = try? InputFile.bytes(at: path).get() else { return [] }
        return lines(bytes)
    }

    /// The same for bytes already read: line ends found byte by byte (a line
    /// end is never part of a multi-byte character, and always a character
    /// boundary), the text decoded once.
    public static func lines(_ bytes: [UInt8]) -> [Substring] {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        var normalized: [UInt8] = []
        normalized.reserveCapacity(bytes.count)
        var index = hasBOM ? 3 : 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                normalized.append(0x0A)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                normalized.append(byte)
            }
            index += 1
        }
        let text = String(decoding: normalized, as: UTF8.self)
        var lines: [Substring] = []
        var start = text.utf8.startIndex
        var position = start
        let utf8 = text.utf8
        while position < utf8.endIndex {
            if utf8[position] == 0x0A {
                lines.append(text[start..<position])
                start = utf8.index(after: position)
            }
            position = utf8.index(after: position)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }
}
