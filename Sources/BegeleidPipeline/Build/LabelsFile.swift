import BegeleidModel
import BegeleidRender
import Foundation

/// `.begeleid/labels-<taal>`: the labels shipped in the binary as the last build read them from their YAML, so that
/// the next build in another process takes them without reading it again (issue 18: Yams on `labels/nl.yaml`, 14 KB,
/// was 1.5 ms of CPU of every rebuild that renders a report, beside the notes read early and the cache). Only the
/// shipped labels: a template folder's own are read when the templates load, to tell a mistake in them then. A
/// public build keeps none.
///
/// The file names what it was read from: the tool's version, this file's format, the language and the shipped text,
/// as one hash. A file of another, or one that does not read exactly to its end, is not used (the YAML is read).
///
/// Form: a line `begeleid-labels <format> <hash>`, then the words (their count, and each key and text, by key) and the
/// months (their count and names), in CompactCoder's primitives.
enum LabelsFile {
    static let format = 1

    static func path(_ language: Language) -> String {
        Layout.state + "/labels-" + language.rawValue
    }

    /// The first line of a file kept for `language`.
    static func head(_ language: Language) -> [UInt8] {
        let key = BuildCache.hash([BegeleidVersion.current, "\(format)", language.rawValue, TemplateSet.shippedLabelsText(language)])
        return Array("begeleid-labels \(format) \(key)\n".utf8)
    }

    static func encode(_ labels: Labels) -> Data {
        var out = head(labels.language)
        CompactForm.count(labels.words.count, to: &out)
        for key in labels.words.keys.sorted() {
            CompactForm.string(key, to: &out)
            CompactForm.string(labels.words[key] ?? "", to: &out)
        }
        CompactForm.count(labels.months.count, to: &out)
        for month in labels.months { CompactForm.string(month, to: &out) }
        return Data(out)
    }

    /// The labels `bytes` hold when they were kept for `language`'s shipped text; nil when not, or when they do not read.
    static func decode(_ bytes: [UInt8], language: Language) -> Labels? {
        let head = head(language)
        guard bytes.starts(with: head) else { return nil }
        let source = CompactSource(bytes)
        source.offset = head.count
        do {
            let words = try source.list { (try source.string(), try source.string()) }
            let months = try source.list { try source.string() }
            guard source.offset == bytes.count else { return nil }
            return Labels(language: language, words: Dictionary(words, uniquingKeysWith: { _, last in last }), months: months)
        } catch {
            return nil
        }
    }

    /// The labels kept in `output` taken into `templates`, each language's when its file is of this shipped text.
    static func adopt(into templates: TemplateSet, from output: String) {
        for language in Language.allCases {
            if let bytes = FileBytes.bytes(of: Layout.join(output, path(language))), let labels = decode(bytes, language: language) {
                templates.adoptShippedLabels(labels)
            }
        }
    }

    /// Keeps the shipped labels `templates` read from their YAML since it was last asked.
    static func keep(from templates: TemplateSet, in writer: OutputWriter) {
        for labels in templates.takeParsedShippedLabels() {
            PendingFile.keep(encode(labels), at: path(labels.language), in: writer)
        }
    }
}
