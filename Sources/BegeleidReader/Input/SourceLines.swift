import Foundation

/// A file's lines as the reader saw them (BOM dropped, CRLF and lone CR as
/// line ends), to quote the line of a finding. Nothing for a file the reader
/// refused (too large, not a file).
public enum SourceLines {
    public static func read(_ path: String) -> [Substring] {
        guard let bytes = try? InputFile.bytes(at: path).get() else { return [] }
        return lines(bytes)
    }

    /// The same for bytes already read.
    public static func lines(_ bytes: [UInt8]) -> [Substring] {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
    }
}
