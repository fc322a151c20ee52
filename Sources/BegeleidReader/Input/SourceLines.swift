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
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        // Most notes hold no CR: then their bytes are taken as they are, not copied one by one.
        let text: String
        if bytes[start...].contains(0x0D) {
            var normalized: [UInt8] = []
            normalized.reserveCapacity(bytes.count)
            var index = start
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
            text = String(decoding: normalized, as: UTF8.self)
        } else {
            text = String(decoding: bytes[start...], as: UTF8.self)
        }
        // The line ends found in the text's own bytes; each line cut at them (an LF is always where a character
        // starts), not by stepping the UTF8View's index byte by byte.
        var copy = text
        let ends: [Int] = copy.withUTF8 { utf8 in
            var ends: [Int] = []
            for offset in utf8.indices where utf8[offset] == 0x0A { ends.append(offset) }
            return ends
        }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count + 1)
        var lineStart = utf8.startIndex
        for end in ends {
            let lineEnd = utf8.index(utf8.startIndex, offsetBy: end)
            lines.append(text[lineStart..<lineEnd])
            lineStart = utf8.index(after: lineEnd)
        }
        lines.append(text[lineStart..<utf8.endIndex])
        return lines
    }
}
