/// The params and results of the language features (one feature a file in Features/).
public struct CompletionItem: Sendable, Hashable, Codable {
    public var label: String
    /// 6 variable (value), 18 reference (actor), 9 module (section), 14 keyword, 12 value (choice).
    public var kind: Int?
    public var detail: String?
    public var textEdit: TextEdit?
    public var sortText: String?
    public var filterText: String?
}

public struct CompletionList: Sendable, Hashable, Codable {
    public var isIncomplete = false
    public var items: [CompletionItem]
}

public struct Hover: Sendable, Hashable, Codable {
    public var contents: MarkupContent
    public var range: Range?
}

public struct ReferenceParams: Sendable, Hashable, Codable {
    public struct Context: Sendable, Hashable, Codable {
        public var includeDeclaration: Bool
    }

    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var context: Context?
}

public struct RenameParams: Sendable, Hashable, Codable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var newName: String
}

public struct CodeActionParams: Sendable, Hashable, Codable {
    public struct Context: Sendable, Hashable, Codable {
        public var diagnostics: [LSPDiagnostic]?
    }

    public var textDocument: TextDocumentIdentifier
    public var range: Range
    public var context: Context?
}

public struct CodeAction: Sendable, Hashable, Codable {
    public var title: String
    public var kind = "quickfix"
    public var diagnostics: [LSPDiagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit
}

public struct DocumentSymbol: Sendable, Hashable, Codable {
    public var name: String
    public var detail: String?
    /// 2 module (section), 13 variable (value), 5 class (actor), 24 event (effect), 12 function (option), 7 property.
    public var kind: Int
    public var range: Range
    public var selectionRange: Range
    public var children: [DocumentSymbol]?
}

public struct FoldingRange: Sendable, Hashable, Codable {
    public var startLine: Int
    public var endLine: Int
    public var kind: String?
}
