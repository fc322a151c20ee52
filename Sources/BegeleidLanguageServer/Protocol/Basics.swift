/// The LSP 3.17 structures every feature uses. Positions count lines from 0
/// and characters in UTF-16 code units within the line (`LineIndex` converts).
public struct Position: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (lhs: Position, rhs: Position) -> Bool { (lhs.line, lhs.character) < (rhs.line, rhs.character) }
}

public struct Range: Sendable, Hashable, Codable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    public func contains(_ position: Position) -> Bool { start <= position && position <= end }

    public func overlaps(_ other: Range) -> Bool { start <= other.end && other.start <= end }
}

public struct Location: Sendable, Hashable, Codable {
    public var uri: String
    public var range: Range
}

public struct TextEdit: Sendable, Hashable, Codable {
    public var range: Range
    public var newText: String
}

public struct WorkspaceEdit: Sendable, Hashable, Codable {
    public var changes: [String: [TextEdit]]
}

public struct TextDocumentIdentifier: Sendable, Hashable, Codable {
    public var uri: String
}

/// The params of every request about one place in a document.
public struct TextDocumentPositionParams: Sendable, Hashable, Codable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
}

public struct MarkupContent: Sendable, Hashable, Codable {
    public var kind = "markdown"
    public var value: String
}
