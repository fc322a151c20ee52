/// The server's copy of one open document.
struct Document: Sendable {
    var uri: String
    /// The file path (for a `file:` URI), or a name for a document never saved.
    var path: String
    var version: Int?
    var text: String
    /// In one of the workspace folders: checked together with its input folder.
    var insideWorkspace: Bool

    /// Session notes: a `.md` or `.markdown` file, or a document never saved.
    var isNotes: Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || Workspace.path(fromURI: uri) == nil
    }
}
