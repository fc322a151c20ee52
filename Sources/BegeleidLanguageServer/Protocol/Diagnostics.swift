/// `textDocument/publishDiagnostics`: the findings of `check`, located as ranges.
public struct LSPDiagnostic: Sendable, Hashable, Codable {
    public struct CodeDescription: Sendable, Hashable, Codable {
        public var href: String
    }

    public struct RelatedInformation: Sendable, Hashable, Codable {
        public var location: Location
        public var message: String
    }

    public var range: Range
    /// 1 error, 2 warning, 3 information, 4 hint.
    public var severity: Int
    public var code: String
    public var codeDescription: CodeDescription?
    public var source = "begeleid"
    public var message: String
    public var relatedInformation: [RelatedInformation]?
    /// What a quick fix needs: the suggestion of a near miss.
    public var data: JSON?
}

public struct PublishDiagnosticsParams: Sendable, Hashable, Codable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [LSPDiagnostic]
}
