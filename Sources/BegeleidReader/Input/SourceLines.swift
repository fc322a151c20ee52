import BegeleidModel
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

    /// The column just after the word at `location` (at least one past it): where
    /// `check --format json` and `begeleid lsp` say a finding ends.
    public static func endColumn(in lines: [Substring], at location: SourceLocation) -> Int {
        guard location.line >= 1, location.line <= lines.count else { return location.column + 1 }
        let scalars = Array(lines[location.line - 1].unicodeScalars)
        var column = location.column
        while column - 1 < scalars.count, !CharacterSet.whitespaces.contains(scalars[column - 1]) { column += 1 }
        return max(column, location.column + 1)
    }
}
