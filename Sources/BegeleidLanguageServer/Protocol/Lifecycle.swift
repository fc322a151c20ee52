/// `initialize`: where the workspace is, and what the server offers.
public struct InitializeParams: Sendable, Hashable, Codable {
    public struct WorkspaceFolder: Sendable, Hashable, Codable {
        public var uri: String
        public var name: String?
    }

    public var processId: Int?
    public var rootUri: String?
    public var rootPath: String?
    public var workspaceFolders: [WorkspaceFolder]?
}

public struct ServerCapabilities: Sendable, Hashable, Codable {
    public struct Sync: Sendable, Hashable, Codable {
        public var openClose = true
        /// 2: incremental (a full text is taken too).
        public var change = 2
    }

    public struct Completion: Sendable, Hashable, Codable {
        public var triggerCharacters = [">", "→", ",", "@", " ", "#", ":"]
    }

    public var textDocumentSync = Sync()
    public var completionProvider = Completion()
    public var hoverProvider = true
    public var definitionProvider = true
    public var referencesProvider = true
    public var renameProvider = true
    public var codeActionProvider = true
    public var documentSymbolProvider = true
    public var foldingRangeProvider = true
    /// UTF-16, the protocol's default and the only encoding every client speaks.
    public var positionEncoding = "utf-16"
}

public struct InitializeResult: Sendable, Hashable, Codable {
    public struct ServerInfo: Sendable, Hashable, Codable {
        public var name = "begeleid"
        public var version: String?
    }

    public var capabilities = ServerCapabilities()
    public var serverInfo = ServerInfo()
}
