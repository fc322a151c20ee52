import BegeleidModel
import Foundation

/// Where findings end. A rule knows where a finding starts (the name, the
/// heading, the key); its end is the end of the word written there, on the
/// same line, at least one character past the start: what an editor
/// underlines. Decided once, from the bytes the check read, and kept with
/// the finding (and in the build cache).
public enum SourceRanges {
    /// `diagnostics` with `end` set where it was not yet, from the file's `lines` (SourceLines).
    public static func complete(_ diagnostics: [Diagnostic], lines: [Substring]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard diagnostic.end == nil else { return diagnostic }
            var ranged = diagnostic
            ranged.end = SourceLocation(line: diagnostic.location.line, column: endColumn(in: lines, at: diagnostic.location))
            return ranged
        }
    }

    /// The same for findings of files on disk, each file read once (for findings made outside the
    /// check of one file's bytes: its name, its series, the vocabulary, profiles and the offer).
    public static func complete(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        // (Those of notes come with their ends: then nothing is copied.)
        guard diagnostics.contains(where: { $0.end == nil }) else { return diagnostics }
        var lines: [String: [Substring]] = [:]
        return diagnostics.map { diagnostic in
            guard diagnostic.end == nil else { return diagnostic }
            if lines[diagnostic.path] == nil { lines[diagnostic.path] = SourceLines.read(diagnostic.path) }
            return complete([diagnostic], lines: lines[diagnostic.path] ?? [])[0]
        }
    }

    /// The column just after the word at `location` (at least one past it).
    static func endColumn(in lines: [Substring], at location: SourceLocation) -> Int {
        guard location.line >= 1, location.line <= lines.count else { return location.column + 1 }
        let scalars = Array(lines[location.line - 1].unicodeScalars)
        var column = location.column
        while column - 1 < scalars.count, column >= 1, !CharacterSet.whitespaces.contains(scalars[column - 1]) { column += 1 }
        return max(column, location.column + 1)
    }
}
