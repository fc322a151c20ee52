import BegeleidModel

/// A whole file of YAML (a profile, the offer): decoded like notes, then composed.
enum YAMLFile {
    static func compose(_ bytes: [UInt8], path: String, place: LocalizedText) -> Result<YAMLDocument, Diagnostic> {
        switch SourceText.decode(bytes, path: path) {
        case .success(let source):
            return YAMLDocument.compose(source.lines.joined(separator: "\n"), path: path, firstLine: 1, place: place)
        case .failure(let diagnostic):
            return .failure(diagnostic)
        }
    }
}
