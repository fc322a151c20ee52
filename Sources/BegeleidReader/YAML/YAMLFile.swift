import BegeleidModel
import Foundation
import Yams

/// A whole file of YAML (a profile, the offer): read, decoded like notes,
/// composed, and its root checked to be a mapping — or the one finding that
/// stops reading it.
enum YAMLFile {
    /// The document and its root mapping. `place` names the file in messages
    /// ("het profiel"); `notMapping` is the code and message for a root that
    /// is a list or a single value.
    static func rootMapping(
        _ bytes: [UInt8], path: String, place: LocalizedText, notMapping: (code: DiagnosticCode, message: LocalizedText)
    ) -> Result<(document: YAMLDocument, root: Node), Diagnostic> {
        let read = root(bytes, path: path, place: place)
        guard case .success(let found) = read, case .mapping = found.root else {
            return read.flatMap { found in
                .failure(Diagnostic(.error, notMapping.code, path: path, at: found.document.location(of: found.root), notMapping.message))
            }
        }
        return read
    }

    /// The document and its root, whatever its kind (the vocabulary is a list).
    static func root(_ bytes: [UInt8], path: String, place: LocalizedText) -> Result<(document: YAMLDocument, root: Node), Diagnostic> {
        let document: YAMLDocument
        switch SourceText.decode(bytes, path: path) {
        case .success(let source):
            switch YAMLDocument.compose(String(lines: source.lines), path: path, firstLine: 1, place: place) {
            case .success(let composed): document = composed
            case .failure(let diagnostic): return .failure(diagnostic)
            }
        case .failure(let diagnostic):
            return .failure(diagnostic)
        }
        guard let root = document.root else {
            return .failure(Diagnostic(
                .error, .emptyFile, path: path, at: SourceLocation(line: 1, column: 1),
                LocalizedText(nl: "\(place.dutch) is leeg (zie docs/voorstellen.md)", en: "\(place.english) is empty (see docs/voorstellen.md)")))
        }
        return .success((document, root))
    }
}
