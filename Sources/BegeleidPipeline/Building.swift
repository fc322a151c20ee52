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
        /// Whether a foreign output folder may be adopted, and whether to wait for another build.
        public var access: OutputFolder.Access
        /// Where the public reports will be on the web (`--public-url`): the link in `algoritmeregister.json`.
        public var publicURL: String?

        public init(
            input: String, output: String, strict: Bool, language: Language, publicOnly: Bool = false,
            formats: ExtraFormats = ExtraFormats(), policy: InputPolicy = .standard, access: OutputFolder.Access = .init()
        ) {
            self.access = access
            self.input = input
            self.output = output
            self.strict = strict
            self.language = language
            self.publicOnly = publicOnly
            self.formats = formats
            self.policy = policy.confined(to: input)
        }

        /// The public report of `slug`: under `publicURL` when given, else its path in the public folder.
        func reportURL(_ slug: String) -> String {
            let path = "sessies/\(slug)/rapport.html"
            guard let base = publicURL, !base.isEmpty else { return path }
            return base.hasSuffix("/") ? base + path : base + "/" + path
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
        /// Slugs of the concepts built (listed in the index, not published, cited or counted).
        public var concepts: [String] = []
    }

    /// A problem that stops the build as a whole (exit 2), not a finding in a file.
    public struct Failure: Error, Sendable {
        public var path: String
        public var message: LocalizedText
    }

    /// Sessions whose notes have errors now keep their earlier report, so the
    /// index keeps listing it (marked as such) instead of losing it. Privacy
    /// wins: an earlier report that shows names is withdrawn (its folder
    /// removed) unless the notes still say `namen: openbaar`.
    private static func previousReports(of checking: Checking.Result, in output: String, options: Options) -> [IndexEntry] {
        // A public build fails closed: notes with errors may have withdrawn their consent, so their report goes.
        guard !options.publicOnly else { return [] }
        let rendered = Set(checking.valid.map(\.slug))
        return checking.failed.compactMap { file -> IndexEntry? in
            guard !rendered.contains(file.slug) else { return nil }
            let folder = (output as NSString).appendingPathComponent("sessies/\(file.slug)")
            guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent("sessie.json")),
                  let document = try? JSONDecoder().decode(SessionDocument.self, from: data) else { return nil }
            if document.names == .public,
               SessionReader.read(path: file.path, policy: options.policy).session?.meta.names != .public {
                try? FileManager.default.removeItem(atPath: folder)
                return nil
            }
            return IndexEntry(previous: document)
        }
    }

    /// Called after each session is rendered, with how many of how many are done.
    public typealias Progress = (_ done: Int, _ total: Int) -> Void

    /// Checks the output folder is begeleid's (OutputFolder), then builds holding its lock (OutputLock).
    public static func run(_ options: Options, renderer: Renderer, progress: Progress? = nil) throws(Failure) -> Result {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.sessionsFolder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(path: options.sessionsFolder, message: LocalizedText(
                nl: "map met sessies niet gevonden", en: "folder of sessions not found"))
        }
        try options.formats.requireTools()
        let wasMarked = options.publicOnly
            ? try PublicFolder.prepare(options.output, input: options.input)
            : try OutputFolder.claim(options.output, input: options.input, force: options.access.force)
        return try OutputLock.holding(options.output, access: options.access) { () throws(Failure) -> Result in
            try build(options, renderer: renderer, progress: progress, sweep: wasMarked)
        }
    }

    /// The build itself; `sweep`: the folder was marked before, so leftovers of a build cut off may be removed.
    private static func build(_ options: Options, renderer: Renderer, progress: Progress?, sweep: Bool) throws(Failure) -> Result {
        let files = SessionFiles.collect([options.sessionsFolder]).files
        // A public build starts from nothing each time: its folder never holds a cache of other sessions.
        let key = BuildCache.hash([BegeleidVersion.current, "\(options.strict)", options.language.rawValue, options.formats.fingerprint,
                                   options.publicURL ?? ""]
            + renderer.templates.texts)
        let cache: BuildCache? = options.publicOnly ? nil : BuildCache.load(from: options.output, key: key)
        // The cache leaves the disk before the first file is written and comes back when the
        // build is done: a build cut off half-way leaves no cache, so the next one is a full
        // build. (Otherwise notes changed back to what the cache knew would keep reports of
        // the interrupted version — text the writer had removed.)
        let lastBuildFinished = FileManager.default.fileExists(atPath: (options.output as NSString).appendingPathComponent(BuildCache.path))
        BuildCache.remove(from: options.output)
        let hasSynonyms = FileManager.default.fileExists(atPath: options.synonymsPath)
        let (ownSynonyms, ownDiagnostics) = hasSynonyms
            ? Checking.synonyms(at: options.synonymsPath, strict: options.strict, policy: options.policy) : (ValueSynonyms(), [])
        // The vocabulary beside the templates, merged in; waarden.yaml wins.
        let vocabulary = Vocabulary(templates: renderer.templates)
        let synonyms = vocabulary.vocabulary.merged(into: ownSynonyms, language: options.language)
        let conflicts = hasSynonyms ? vocabulary.conflicts(
            with: ownSynonyms, path: options.synonymsPath,
            text: (try? String(contentsOfFile: options.synonymsPath, encoding: .utf8)) ?? "") : []
        let synonymDiagnostics = (ownDiagnostics + (vocabulary.diagnostics + conflicts).strictened(options.strict)).sortedByPosition()
        // Only a build that did not finish can have left temporary files (no need to walk every folder),
        // and only in a folder that was begeleid's before.
        if !lastBuildFinished, sweep { OutputWriter.sweepLeftovers(in: options.output) }
        let writer = OutputWriter(root: options.output)
        var written: [String] = []
        var next = BuildCache(key: key)
        var done = 0
        var withheld = 0
        // Each batch of notes is rendered (on every core) and written as soon as it is read;
        // afterwards only what the index, overview and data need is kept of it.
        let render: Checking.Consumer = { reads throws(Failure) in
            // A concept is never published: it is left out of a public build like a session not marked public.
            // A public follow-up shows earlier options only of sessions that are public and definitief themselves.
            let kept = options.publicOnly
                ? reads.filter { $0.session.map { $0.meta.isPublic && $0.meta.status == .final } ?? false }.map { read in
                    var read = read
                    let review = read.session?.review?.published
                    read.session?.review = review
                    return read
                } : reads
            withheld += reads.count - kept.count
            let fresh = kept.filter { read in
                guard read.reused, let entry = cache?.entries[BuildCache.name(read.path)] else { return true }
                next.entries[BuildCache.name(read.path)] = entry
                return false
            }
            let results = Parallel.map(fresh.compactMap(\.session)) { session -> Swift.Result<[String], Failure> in
                do throws(Failure) {
                    var names: [String] = []
                    let files: [(name: String, data: Data)]
                    do {
                        files = try renderer.sessionFiles(session) + (session.meta.isPublic && session.meta.status == .final
                            ? [("algoritmeregister.json", try RegisterEntry(session, reportURL: options.reportURL(session.slug)).encoded())] : [])
                    } catch {
                        throw Failure(path: session.path, message: LocalizedText(
                            nl: "rapport kan niet worden gemaakt: \(error)", en: "report cannot be made: \(error)"))
                    }
                    for file in files {
                        let relative = "sessies/\(session.slug)/\(file.name)"
                        try writer.write(file.data, to: relative)
                        names.append(relative)
                    }
                    return .success(names)
                } catch {
                    return .failure(error)
                }
            }
            for (read, result) in zip(fresh, results) {
                guard let session = read.session else { continue }
                var names = try result.get()
                written += names
                // The converters run one after another: each is a process of its own already.
                for relative in try options.formats.convert(
                    folder: "sessies/\(session.slug)", stem: "rapport", in: options.output,
                    language: session.meta.language, date: session.meta.date) {
                    written.append(relative)
                    names.append(relative)
                }
                if let new = read.fresh {
                    next.entries[BuildCache.name(read.path)] = BuildCache.Entry(
                        hash: new.hash, slug: new.slug, valid: true, findings: new.findings.map(BuildCache.Finding.init), files: names,
                        follows: session.meta.follows)
                }
            }
            done += reads.count
            progress?(done, files.count)
            return kept.compactMap { $0.session?.outlineOnly }
        }
        let checking = try Checking.run(files: files, strict: options.strict, policy: options.policy, cache: cache, consume: render,
                                        vocabulary: (vocabulary, synonyms))
        let sessions = checking.valid
        // Concepts are listed in the index (marked) but never counted in the overview or the data.
        let counted = sessions.filter { $0.meta.status == .final }
        do {
            let failedPaths = Set(checking.failed.map(\.path))
            // Notes with errors: their findings are kept too, so an unchanged file is not read again.
            for (path, fresh) in checking.fresh where next.entries[BuildCache.name(path)] == nil && failedPaths.contains(path) {
                next.entries[BuildCache.name(path)] = BuildCache.Entry(hash: fresh.hash, slug: fresh.slug, valid: false,
                                                      findings: fresh.findings.map(BuildCache.Finding.init), files: [])
            }
            for path in checking.reused where next.entries[BuildCache.name(path)] == nil {
                if let entry = cache?.entries[BuildCache.name(path)] { next.entries[BuildCache.name(path)] = entry }
            }
            let entries = sessions.map(IndexEntry.init) + previousReports(of: checking, in: options.output, options: options)
            if options.publicOnly { PublicFolder.prune(options.output, keep: Set(entries.map(\.slug))) }
            // One progress page per series, from the sessions built (a public build: only public, definitief ones).
            let series = checking.series.progress(among: sessions)
            for progress in series {
                for file in renderer.progressFiles(progress) {
                    try writer.write(file.data, to: "reeksen/\(progress.slug)/\(file.name)")
                    written.append("reeksen/\(progress.slug)/\(file.name)")
                }
            }
            // A page of an earlier build whose series has errors now stays, marked as out of date in the index.
            let stale = SeriesPages.leftovers(
                in: options.output, built: Set(series.map(\.slug)),
                sessions: Set(sessions.map(\.slug) + checking.failed.map(\.slug)), publicOnly: options.publicOnly)
            let staleSeries = stale.map { (slug: $0, title: checking.series.nodes[$0]?.title ?? $0) }
            try writer.write(renderer.index(entries: entries, language: options.language, series: series, staleSeries: staleSeries),
                             to: "index.html")
            written.append("index.html")
            // The documents just written (or up to date) make sessies.json, read one at a time.
            let documents = counted.lazy.map { session -> Data in
                let path = (options.output as NSString).appendingPathComponent("sessies/\(session.slug)/sessie.json")
                return FileManager.default.contents(atPath: path) ?? ((try? SessionDocument(session.publishable()).encoded()) ?? Data())
            }
            try writer.write(parts: SessionCollection.parts(documents), to: "data/sessies.json")
            written.append("data/sessies.json")
            for table in renderer.dataTables(synonyms: synonyms) {
                try writer.write(parts: table.parts(counted), to: "data/\(table.name)")
                written.append("data/\(table.name)")
            }
            try writer.write(renderer.workbook(counted, synonyms: synonyms), to: "data/gegevens.xlsx")
            written.append("data/gegevens.xlsx")
            for file in try renderer.dataFiles(counted, collection: false, tables: false, synonyms: synonyms) {
                try writer.write(file.data, to: "data/\(file.name)")
                written.append("data/\(file.name)")
            }
            // A list of values with errors holds the overview back (the earlier one stays).
            if synonymDiagnostics.errorCount == 0 {
                try writer.write(renderer.overview(Overview(sessions: counted, synonyms: synonyms), language: options.language,
                                                  vocabulary: vocabulary.vocabulary), to: "overzicht.html")
                written.append("overzicht.html")
            }
            if !options.publicOnly { try writer.write(next.encoded(), to: BuildCache.path) }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(path: options.output, message: LocalizedText(
                nl: "uitvoer kan niet worden geschreven: \(error.localizedDescription)",
                en: "output cannot be written: \(error.localizedDescription)"))
        }
        let upToDate = sessions.filter { checking.reused.contains($0.path) }.count
        return Result(checking: checking, rendered: sessions.map(\.slug), upToDate: upToDate, written: written,
                      synonymDiagnostics: synonymDiagnostics, withheld: withheld,
                      readSynonyms: hasSynonyms, concepts: sessions.filter { $0.meta.status == .draft }.map(\.slug))
    }
}
