import BegeleidModel
import Foundation

/// File names as slugs: two files that give one slug collide (the first
/// keeps it), and a stem that is not a slug is a warning saying where the
/// output goes.
enum FileNaming {
    static func findings(path: String, slug: String, extensions: [String], owners: inout [String: String]) -> [Diagnostic] {
        let start = SourceLocation(line: 1, column: 1)
        let isSession = extensions.contains("md")
        if let owner = owners[slug] {
            return [Diagnostic(
                .error, .slugCollision, path: path, at: start,
                LocalizedText(
                    nl: "\(isSession ? "deze sessie" : "dit profiel") krijgt dezelfde naam “\(slug)” als \(owner); geef het bestand een andere naam",
                    en: "this \(isSession ? "session" : "profile") gets the same name “\(slug)” as \(owner); rename the file"))]
        }
        owners[slug] = path
        guard Layout.stem(path) != slug else { return [] }
        let output = isSession ? LocalizedText(nl: "het rapport", en: "the report") : LocalizedText(nl: "het voorstel", en: "the proposal")
        return [Diagnostic(
            .warning, .fileNameNotSlug, path: path, at: start,
            LocalizedText(
                nl: "de bestandsnaam is geen slug (kleine letters, cijfers en -); \(output.dutch) komt in “\(slug)”",
                en: "the file name is not a slug (lower-case letters, digits and -); \(output.english) goes to “\(slug)”"))]
    }
}
