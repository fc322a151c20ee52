import BegeleidModel
import BegeleidMustache
import Foundation

/// The templates and labels a build renders with: files from a folder where
/// it has them, the defaults carried in the binary for the rest.
public struct TemplateSet: Sendable {
    /// A template or labels file that cannot be used, with its path.
    public struct LoadError: Error, Sendable {
        public var path: String
        public var message: LocalizedText
    }

    let library: TemplateLibrary
    let labels: LabelShelf
    /// Every template and labels text, by name, in name order: what an
    /// incremental build compares to know whether the templates changed.
    public let texts: [String]
    /// `waardenlijst.yaml`: the vocabulary of values, as text, and where it was read from.
    public var vocabularySource: (text: String, path: String) = ("", "<ingebouwd>/waardenlijst.yaml")

    static let vocabularyName = "waardenlijst.yaml"

    /// Loads from `directory` (nil: only the defaults).
    public static func load(directory: String?) throws(LoadError) -> TemplateSet {
        var sources: [String: (text: String, path: String)] = [:]
        for (name, text) in EmbeddedTemplates.texts { sources[name] = (text, "<ingebouwd>/\(name)") }
        if let directory {
            for name in customFiles(in: directory) {
                let path = (directory as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw LoadError(path: path, message: LocalizedText(
                        nl: "sjabloon kan niet als UTF-8 worden gelezen", en: "template cannot be read as UTF-8"))
                }
                sources[name] = (text, path)
            }
        }
        var library = TemplateLibrary()
        // A template as shipped (each one parsed in the tests) is parsed when it is first rendered. The others
        // are parsed now, to tell a mistake before anything is built: on every core, registered and reported in
        // name order.
        let all = sources.keys.filter { $0.hasSuffix(".mustache") }.sorted()
        for name in all where sources[name]?.text == EmbeddedTemplates.texts[name] {
            library.register(parsingWhenFirstUsed: sources[name]?.text ?? "", named: String(name.dropLast(".mustache".count)))
        }
        let names = all.filter { sources[$0]?.text != EmbeddedTemplates.texts[$0] }
        let parsed = Parallel.map(names.map { (name: $0, text: sources[$0]?.text ?? "") }) { template in
            Swift.Result { () throws(TemplateError) in try Template(template.text) }
        }
        for (name, result) in zip(names, parsed) {
            switch result {
            case .success(let template):
                library.register(template, named: String(name.dropLast(".mustache".count)))
            case .failure(let error):
                throw LoadError(path: sources[name]?.path ?? name, message: LocalizedText(
                    nl: "ongeldig Mustache-sjabloon, \(error.message.dutch)", en: "invalid Mustache template, \(error.message.english)"))
            }
        }
        var labels: [Language: Labels] = [:]
        for language in Language.allCases {
            let name = "labels/\(language.rawValue).yaml"
            let embedded = shippedLabelsText(language)
            // Labels left as shipped are read when a page in their language is first made (LabelShelf).
            if sources[name]?.text == embedded { continue }
            let fallback = LabelShelf.shipped(language)
            do {
                labels[language] = try Labels(language: language, yaml: sources[name]?.text ?? "", fallback: fallback)
            } catch {
                throw LoadError(path: sources[name]?.path ?? name, message: LocalizedText(
                    nl: "ongeldige YAML in labelbestand: \(error)", en: "invalid YAML in labels file: \(error)"))
            }
        }
        let texts = sources.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value.text] }
        var set = TemplateSet(library: library, labels: LabelShelf(labels), texts: texts)
        if let vocabulary = sources[vocabularyName] { set.vocabularySource = vocabulary }
        return set
    }

    /// `.mustache` and `labels/*.yaml` files under `directory`, relative, sorted.
    private static func customFiles(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var names: [String] = []
        for case let name as String in enumerator
        where name.hasSuffix(".mustache") || (name.hasPrefix("labels/") && name.hasSuffix(".yaml")) || name == vocabularyName {
            names.append(name)
        }
        return names.sorted()
    }

    public func labels(_ language: Language) -> Labels {
        labels[language]
    }

    /// The labels shipped in the binary for `language`, as text (what a kept copy of them is checked against).
    public static func shippedLabelsText(_ language: Language) -> String {
        EmbeddedTemplates.texts["labels/\(language.rawValue).yaml"] ?? ""
    }

    /// Takes shipped labels as an earlier build read them (a language whose labels this set has, its own or read
    /// already, keeps those).
    public func adoptShippedLabels(_ labels: Labels) {
        self.labels.adopt(labels)
    }

    /// The shipped labels read from their YAML since this was last asked (worth keeping for the next build).
    public func takeParsedShippedLabels() -> [Labels] {
        labels.takeParsed()
    }

    /// Makes ready what a report in `language` is rendered with, as long as `going` says so (a build does it while
    /// it waits for the last build's cache): the labels, then the templates parsed when first used (the reports'
    /// first).
    public func prepare(_ language: Language, while going: () -> Bool) {
        guard going() else { return }
        _ = labels[language]
        let deferred = library.deferredNames
        let first = Self.reports.filter(deferred.contains)
        for name in first + deferred.filter({ !first.contains($0) }) {
            guard going() else { return }
            _ = library.template(named: name)
        }
    }

    /// Makes ready what a session's reports in `language` are rendered with, and nothing else: the labels and the
    /// reports' templates (for a build that renders a few sessions, on a worker while it reads them).
    public func prepareReports(_ language: Language) {
        _ = labels[language]
        for name in Self.reports { _ = library.template(named: name) }
    }

    private static let reports = ["rapport.html", "rapport.md"]

    /// Renders a registered template (`rapport.html`, `rapport.md`, `index.html`).
    func render(_ name: String, _ context: MustacheValue) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// The same as the bytes of a file (`index.html` of ten thousand sessions is 4 MB: one copy less).
    /// `expectedSize`: room made up front (see `TemplateLibrary.renderBytes`).
    func renderData(_ name: String, expectedSize: Int = 0, _ context: () -> MustacheValue) -> Data {
        // The context is let go of before the bytes are copied into the file's Data.
        Data(renderBytes(name, expectedSize: expectedSize, context))
    }

    /// The UTF-8 bytes rendered, for a caller that changes them before they become a file.
    func renderBytes(_ name: String, expectedSize: Int = 0, _ context: () -> MustacheValue) -> [UInt8] {
        library.renderBytes(context(), withTemplate: name, expectedSize: expectedSize) ?? []
    }
}

/// The labels of each language: a template folder's own are read when the templates load (a mistake in
/// them is told then); those left as shipped, when a page in that language is first made (reading both
/// languages' at every start was a sixth of starting a build, and most builds make pages in one).
final class LabelShelf: @unchecked Sendable {
    private let lock = NSLock()
    private var read: [Language: Labels]
    /// The languages whose shipped labels were read from their YAML since `takeParsed` last asked.
    private var parsed: [Language] = []

    init(_ read: [Language: Labels]) { self.read = read }

    subscript(language: Language) -> Labels {
        lock.lock()
        defer { lock.unlock() }
        if let labels = read[language] { return labels }
        guard let labels = Self.shipped(language) else {
            // (Not what the shipped text says: never kept for the next build.)
            let none = Labels(language: language, words: [:], months: [])
            read[language] = none
            return none
        }
        read[language] = labels
        parsed.append(language)
        return labels
    }

    /// Takes shipped labels as read before (kept by the last build), for a language none are read of yet.
    func adopt(_ labels: Labels) {
        lock.lock()
        if read[labels.language] == nil { read[labels.language] = labels }
        lock.unlock()
    }

    /// The shipped labels read from their YAML since the last time this was asked, in language order.
    func takeParsed() -> [Labels] {
        lock.lock()
        defer { lock.unlock() }
        let taken = Language.allCases.filter(parsed.contains).compactMap { read[$0] }
        parsed = []
        return taken
    }

    /// The labels shipped in the binary (they are read in every test that renders a page).
    static func shipped(_ language: Language) -> Labels? {
        try? Labels(language: language, yaml: TemplateSet.shippedLabelsText(language), fallback: nil)
    }
}
