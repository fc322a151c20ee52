import BegeleidModel
import BegeleidOverview
import BegeleidReader
import BegeleidRender
import Foundation

/// The whole pipeline: read, check, render, write.
public enum Building {
    public struct Options: Sendable {
        public var input: String
        public var output: String
        public var strict: Bool
        /// The language of the index page.
        public var language: Language
        /// Only sessions marked `openbaar: true`, into a folder fit for a website.
        public var publicOnly: Bool
        /// Also `rapport.pdf` (WeasyPrint) and `rapport.docx` (pandoc).
        public var formats: ExtraFormats
        /// How large input files may be; confined to `input` when reading.
        public var policy: InputPolicy

        public init(
            input: String, output: String, strict: Bool, language: Language, publicOnly: Bool = false,
            formats: ExtraFormats = ExtraFormats(), policy: InputPolicy = .standard
        ) {
            self.input = input
            self.output = output
            self.strict = strict
            self.language = language
            self.publicOnly = publicOnly
            self.formats = formats
            self.policy = policy.confined(to: input)
        }

        var sessionsFolder: String { (input as NSString).appendingPathComponent("sessies") }
        var synonymsPath: String { (input as NSString).appendingPathComponent("waarden.yaml") }
    }

    public struct Result: Sendable {
        public var checking: Checking.Result
        /// Slugs of the sessions built (rendered now or up to date).
        public var rendered: [String]
        /// How many of them were unchanged since the last build and not rendered again.
        public var upToDate: Int
        /// Paths written, relative to the output folder, in write order.
        public var written: [String]
        /// Findings about `waarden.yaml`, and whether it had errors.
        public var synonymDiagnostics: [Diagnostic] = []
        /// Sessions left out of a public build because they are not marked public.
        public var withheld: Int = 0
        /// Whether `waarden.yaml` was there and read.
        public var readSynonyms = false
    }

    /// A problem that stops the build as a whole (exit 2), not a finding in a file.
    public struct Failure: Error, Sendable {
        public var path: String
        public var message: LocalizedText
    }

    /// Sessions whose notes have errors now keep their earlier report, so the
    /// index keeps listing it (marked as such) instead of losing it.
    private static func previousReports(of checking: Checking.Result, in output: String, publicOnly: Bool) -> [IndexEntry] {
        // A public build fails closed: notes with errors may have withdrawn their consent, so their report goes.
        guard !publicOnly else { return [] }
        let rendered = Set(checking.valid.map(\.slug))
        return checking.failed.compactMap { file -> IndexEntry? in
            guard !rendered.contains(file.slug) else { return nil }
            let path = (output as NSString).appendingPathComponent("sessies/\(file.slug)/sessie.json")
            guard let data = FileManager.default.contents(atPath: path),
                  let document = try? JSONDecoder().decode(SessionDocument.self, from: data),
                  document.isPublic || !publicOnly else { return nil }
            return IndexEntry(previous: document)
        }
    }

    /// Sessions rendered together before their results are collected.
    static let batchSize = 64

    /// Called after each session is rendered, with how many of how many are done.
    public typealias Progress = (_ done: Int, _ total: Int) -> Void

    public static func run(_ options: Options, renderer: Renderer, progress: Progress? = nil) throws(Failure) -> Result {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.sessionsFolder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(path: options.sessionsFolder, message: LocalizedText(
                nl: "map met sessies niet gevonden", en: "folder of sessions not found"))
        }
        try options.formats.requireTools()
        if options.publicOnly { try PublicFolder.prepare(options.output) }
        let files = SessionFiles.collect([options.sessionsFolder]).files
        // A public build starts from nothing each time: its folder never holds a cache of other sessions.
        let key = BuildCache.hash([BegeleidVersion.current, "\(options.strict)", options.language.rawValue, options.formats.fingerprint]
            + renderer.templates.texts)
        var cache: BuildCache? = options.publicOnly ? nil : BuildCache.load(from: options.output, key: key)
        let checking = Checking.run(files: files, strict: options.strict, policy: options.policy, cache: &cache)
        let sessions = options.publicOnly ? checking.valid.filter(\.meta.isPublic) : checking.valid
        let hasSynonyms = FileManager.default.fileExists(atPath: options.synonymsPath)
        let (synonyms, synonymDiagnostics) = hasSynonyms
            ? Checking.synonyms(at: options.synonymsPath, strict: options.strict, policy: options.policy) : (ValueSynonyms(), [])
        OutputWriter.sweepLeftovers(in: options.output)
        let writer = OutputWriter(root: options.output)
        var written: [String] = []
        do {
            var next = BuildCache(key: key)
            let fresh = sessions.filter { session in
                guard checking.reused.contains(session.path), let entry = cache?.entries[BuildCache.name(session.path)] else { return true }
                next.entries[BuildCache.name(session.path)] = entry
                return false
            }
            var done = sessions.count - fresh.count
            if done > 0 { progress?(done, sessions.count) }
            // Rendered on every core, a batch at a time (so memory stays flat), written in the notes' order.
            for batch in stride(from: 0, to: fresh.count, by: Self.batchSize).map({ Array(fresh[$0..<min($0 + Self.batchSize, fresh.count)]) }) {
                let results = Parallel.map(batch) { session -> Swift.Result<[String], Failure> in
                    do {
                        var names: [String] = []
                        for file in try renderer.sessionFiles(session) {
                            let relative = "sessies/\(session.slug)/\(file.name)"
                            try writer.write(file.data, to: relative)
                            names.append(relative)
                        }
                        return .success(names)
                    } catch let failure as Failure {
                        return .failure(failure)
                    } catch {
                        return .failure(Failure(path: session.path, message: LocalizedText(
                            nl: "rapport kan niet worden gemaakt: \(error)", en: "report cannot be made: \(error)")))
                    }
                }
                for (session, result) in zip(batch, results) {
                    var names = try result.get()
                    written += names
                    // The converters run one after another: each is a process of its own already.
                    for relative in try options.formats.convert(
                        folder: "sessies/\(session.slug)", stem: "rapport", in: options.output,
                        language: session.meta.language, date: session.meta.date) {
                        written.append(relative)
                        names.append(relative)
                    }
                    if let fresh = checking.fresh[session.path] {
                        next.entries[BuildCache.name(session.path)] = BuildCache.Entry(
                            hash: fresh.hash, slug: fresh.slug, valid: true,
                            findings: fresh.findings.map(BuildCache.Finding.init), files: names)
                    }
                }
                done += batch.count
                progress?(done, sessions.count)
            }
            // Notes with errors: their findings are kept too, so an unchanged file is not read again.
            for (path, fresh) in checking.fresh where next.entries[BuildCache.name(path)] == nil && checking.failed.contains(where: { $0.path == path }) {
                next.entries[BuildCache.name(path)] = BuildCache.Entry(hash: fresh.hash, slug: fresh.slug, valid: false,
                                                      findings: fresh.findings.map(BuildCache.Finding.init), files: [])
            }
            for path in checking.reused where next.entries[BuildCache.name(path)] == nil {
                if let entry = cache?.entries[BuildCache.name(path)] { next.entries[BuildCache.name(path)] = entry }
            }
            let entries = sessions.map(IndexEntry.init) + previousReports(of: checking, in: options.output, publicOnly: options.publicOnly)
            if options.publicOnly { PublicFolder.prune(options.output, keep: Set(entries.map(\.slug))) }
            try writer.write(renderer.index(entries: entries, language: options.language), to: "index.html")
            written.append("index.html")
            // The documents just written (or up to date) make sessies.json, read one at a time.
            let documents = sessions.lazy.map { session -> Data in
                let path = (options.output as NSString).appendingPathComponent("sessies/\(session.slug)/sessie.json")
                return FileManager.default.contents(atPath: path) ?? ((try? SessionDocument(session.publishable()).encoded()) ?? Data())
            }
            try writer.write(parts: SessionCollection.parts(documents), to: "data/sessies.json")
            written.append("data/sessies.json")
            for file in try renderer.dataFiles(sessions, collection: false, synonyms: synonyms) {
                try writer.write(file.data, to: "data/\(file.name)")
                written.append("data/\(file.name)")
            }
            // A list of values with errors holds the overview back (the earlier one stays).
            if synonymDiagnostics.errorCount == 0 {
                try writer.write(renderer.overview(Overview(sessions: sessions, synonyms: synonyms), language: options.language), to: "overzicht.html")
                written.append("overzicht.html")
            }
            if cache != nil { try writer.write(next.encoded(), to: BuildCache.path) }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(path: options.output, message: LocalizedText(
                nl: "uitvoer kan niet worden geschreven: \(error.localizedDescription)",
                en: "output cannot be written: \(error.localizedDescription)"))
        }
        let upToDate = sessions.filter { checking.reused.contains($0.path) }.count
        return Result(checking: checking, rendered: sessions.map(\.slug), upToDate: upToDate, written: written,
                      synonymDiagnostics: synonymDiagnostics, withheld: checking.valid.count - sessions.count,
                      readSynonyms: hasSynonyms)
    }
}
