import BegeleidModel
import Foundation

/// The ready-to-fill files of `begeleid new`: every section or key, today's
/// date, and private hints (HTML comments in notes, YAML comments in a
/// profile) that never reach an output. The texts are the files in
/// `Scaffolds/`, embedded by SwiftPM; `{{datum}}` becomes the date.
enum Scaffold {
    static func session(date: String, language: Language) -> String {
        fill(language == .dutch ? PackageResources.sessie_nl_md : PackageResources.sessie_en_md, date: date)
    }

    static func profile(date: String, language: Language) -> String {
        fill(language == .dutch ? PackageResources.profiel_nl_yaml : PackageResources.profiel_en_yaml, date: date)
    }

    private static func fill(_ bytes: [UInt8], date: String) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "{{datum}}", with: date)
    }
}
