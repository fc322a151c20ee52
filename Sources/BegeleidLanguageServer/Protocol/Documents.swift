/// The notifications that keep the server's copy of a document in step.
public struct TextDocumentItem: Sendable, Hashable, Codable {
    public var uri: String
    public var languageId: String?
    public var version: Int?
    public var text: String
}

public struct DidOpenTextDocumentParams: Sendable, Hashable, Codable {
    public var textDocument: TextDocumentItem
}

public struct VersionedTextDocumentIdentifier: Sendable, Hashable, Codable {
    public var uri: String
    public var version: Int?
}

/// A whole new text (no range) or a range replaced (incremental sync).
public struct TextDocumentContentChangeEvent: Sendable, Hashable, Codable {
    public var range: Range?
    public var text: String
}

public struct DidChangeTextDocumentParams: Sendable, Hashable, Codable {
    public var textDocument: VersionedTextDocumentIdentifier
    public var contentChanges: [TextDocumentContentChangeEvent]
}

public struct DidCloseTextDocumentParams: Sendable, Hashable, Codable {
    public var textDocument: TextDocumentIdentifier
}
