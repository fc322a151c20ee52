import BegeleidChecks
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
            let path = Layout.session(slug, "rapport.html")
            guard let base = publicURL, !base.isEmpty else { return path }
            return base.hasSuffix("/") ? base + path : base + "/" + path
        }

        var sessionsFolder: String { Layout.join(input, Layout.sessions) }
        var synonymsPath: String { Layout.join(input, Layout.synonyms) }
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

        /// `error`, met while writing into `output`, as the failure that stops the build.
        static func writing(_ error: any Error, output: String) -> Failure {
            (error as? Failure) ?? Failure(path: output, message: LocalizedText(
                nl: "uitvoer kan niet worden geschreven: \(error.localizedDescription)",
                en: "output cannot be written: \(error.localizedDescription)"))
        }
    }

    /// Called after each session is rendered, with how many of how many are done.
    public typealias Progress = (_ done: Int, _ total: Int) -> Void

    /// For a process that builds again and again (the live preview): the `stat` of each notes file
    /// read is kept with its hash, so the next build reads only what changed since (FileStamp).
    public static func keepFileStamps() {
        FileStamp.memo.keep()
    }

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

    /// The build itself, step by step; `sweep`: the folder was marked before, so leftovers of a build cut off may be removed.
    private static func build(_ options: Options, renderer: Renderer, progress: Progress?, sweep: Bool) throws(Failure) -> Result {
        // 1. Collect: what the last build left (its cache, read beside the rest), the notes, the lists of values.
        let key = cacheKey(options, renderer: renderer)
        // (Both may have been read while the templates loaded: Prefetch.) The notes' stamps first, on their own: a build
        // with a cache reads only the notes they do not vouch for, and those are read as soon as the stamps are known.
        let prefetched = Prefetch.take(output: options.output)
        let stamped = Parallel.start { () -> (files: [String: FileStamp], folders: [String: FileStamp], read: Prefetch.Stamps?) in
            guard !options.publicOnly else { return ([:], [:], nil) }
            let read = try? prefetched?.stamps.result()
            let outputs = Phases.measure("stempels laden/stamps load") { StampFile.load(from: options.output, read: read?.stamps) }
            // (The shipped labels as the last build kept them, too: before the reports' templates are prepared, below.)
            LabelsFile.adopt(into: renderer.templates, from: options.output)
            return (outputs.files, outputs.folders, read)
        }
        let taken = Parallel.start {
            Phases.measure("cache laden/cache load") { () -> (cache: BuildCache?, lastBuildFinished: Bool) in
                let outputs = (try? stamped.result()) ?? (files: [:], folders: [:], read: nil)
                var taken = BuildCache.take(from: options.output, key: key, publicOnly: options.publicOnly,
                                            early: prefetched?.read(stamps: outputs.read), folders: outputs.folders)
                let stamp = { (file: String) in outputs.files[FileStamp.Memo.absolute(Layout.join(options.output, file))] }
                taken.cache?.sessies?.file = stamp(CollectionFile.relative)
                if let files = taken.cache?.tables?.files {
                    taken.cache?.tables?.stamps = Dictionary(files.compactMap { file in stamp(file).map { (file, $0) } },
                                                             uniquingKeysWith: { first, _ in first })
                }
                return taken
            }
        }
        let files = Phases.measure("verzamelen/collect") { SessionFiles.collect([options.sessionsFolder]).files }
        // (The vocabulary as the last build kept it, when its text is the same: VocabularyFile.)
        let (values, keepVocabulary) = Phases.measure("waardenlijsten/value lists") {
            let vocabulary = Vocabulary.kept(templates: renderer.templates, in: options.publicOnly ? nil : options.output)
            return (ValueLists(ownPath: FileManager.default.fileExists(atPath: options.synonymsPath) ? options.synonymsPath : nil,
                               vocabulary: vocabulary.vocabulary, language: options.language, strict: options.strict, policy: options.policy),
                    vocabulary.keep)
        }
        // Waiting for the cache, the main thread names the files and takes their `stat`, and makes ready what a
        // report is rendered with (else the first report of a one-file rebuild parsed its templates).
        var pass = Phases.measure("namen/names") {
            Checking.Pass(files: files, strict: options.strict, policy: options.policy, cache: nil, vocabulary: (values.vocabulary, values.synonyms))
        }
        // The notes no stamp of the last build vouches for are read whatever the cache holds: begun now, and the
        // templates their reports need parsed meanwhile, on a worker of their own.
        var preparingReports = false
        if !options.publicOnly {
            Phases.measure("stempels/stamps") { pass.stampFiles() }
            stamped.waitUntilDone()
            if pass.startReadingEarly() {
                preparingReports = true
                _ = Parallel.start { [renderer, options] in renderer.templates.prepareReports(options.language) }
            }
        }
        Phases.measure("sjablonen/templates") { renderer.templates.prepare(options.language) { !taken.isDone } }
        var cache: BuildCache?
        let lastBuildFinished: Bool
        // (Handed over, so that letting go of `cache` below frees it. Nothing in `take` throws: a cache it
        // cannot read is no cache.)
        (cache, lastBuildFinished) = (try? taken.result()) ?? (nil, false)
        // Only a build that did not finish can have left temporary files, and only in a folder that was begeleid's before.
        if !lastBuildFinished, sweep { OutputWriter.sweepLeftovers(in: options.output) }
        let writer = OutputWriter(root: options.output)

        // 2. Check each file on its own and write its report as soon as its batch is checked.
        pass.use(cache)
        if !options.publicOnly { OrphanReports.remove(in: options.output, cache: cache, files: pass.files) }
        let shares = ShareMaker(renderer: renderer, synonyms: values.synonyms)
        var reports = SessionReports(options: options, renderer: renderer, writer: writer, cache: cache, key: key, shares: shares,
                                     notesKey: pass.notesKey)
        // The few notes the cache cannot vouch for are read ahead (Checking.Pass.startReadingAhead), and their reports
        // begun as soon as they are read (SessionReports.renderAhead); meanwhile the templates those need are parsed, on a
        // worker of their own (preparing them had stopped when the cache came), unless that was begun with the notes read early.
        // What this save publishes anew is looked for as soon as its notes are read, and `sessies.json` begun then
        // (CollectionFile.Early); whatever happens, what was begun is waited for and, not taken, removed.
        let earlyCollection = options.publicOnly ? nil : CollectionFile.Early(writer: writer, last: cache?.sessies)
        defer { earlyCollection?.discard() }
        let renderAhead = reports.renderAhead
        if pass.startReadingAhead(then: { reads in
            renderAhead(reads)
            earlyCollection?.consider(reads)
        }), !preparingReports {
            _ = Parallel.start { [renderer, options] in renderer.templates.prepareReports(options.language) }
        }
        var done = 0
        // Each batch's reports are rendered on the workers while the next batches are checked, and taken in, in
        // order, once done, at once when their renders fill the cores, or when more sessions are under way than
        // two batches hold (SessionReports.finish). A failure waits for what was begun.
        var begun: [SessionReports.Begun] = []
        for batch in pass.batches {
            begun.append(reports.begin(pass.check(batch)))
            try reports.finish(&begun, all: false)
            done += batch.count
            progress?(done, files.count)
        }
        try reports.finish(&begun, all: true)

        // 3. Check what needs every file (follow-ups within their series), then write those reports.
        // `data/sessies.json` needs the reports alone: begun as soon as they are all written, beside what follows
        // (Aggregates). Without follow-ups that is now: the checks across files change none of them.
        let aggregates = Aggregates(options: options, renderer: renderer, writer: writer, values: values, shares: shares)
        let early = pass.hasFollowUps ? nil
            : aggregates.startCollection(kept: pass.ordered(reports.kept), reused: pass.reusedSoFar, last: cache?.sessies, early: earlyCollection)
        // The files of the next cache and stamps are made meanwhile (PendingFilesAhead).
        let filesAhead = options.publicOnly ? nil : PendingFilesAhead.start(in: writer)
        do throws(Failure) {
            try reports.write(Phases.measure("over bestanden/across files") { pass.checkAcrossFiles() })
        } catch {
            // (What the collection began it finishes or discards before the failure is told; so are the files made ahead.)
            _ = try? early?.result()
            _ = try? filesAhead?.result()
            throw error
        }
        var checking = pass.result(kept: reports.kept)
        // (An earlier report that shows what the notes now keep private goes, as one whose notes name a participant.)
        if !options.publicOnly {
            let failed = checking.failed.filter { !checking.privacyFailed.contains($0.path) }
            checking.privacyFailed.formUnion(EarlierReportCheck.showingNowPrivate(failed, output: options.output, policy: options.policy))
        }
        let collection = early ?? aggregates.startCollection(checking, last: cache?.sessies, early: earlyCollection)
        // The cache for the next build is written now, beside its place, and put in place only when the
        // build is done (a build cut off leaves none): it is not held in memory while the pages are made.
        let pagesBase = [key, values.synonyms.fingerprint, "\(values.diagnostics.errorCount)"]
        let ahead = try? filesAhead?.result()
        // The notes' stamps are known now that every file is checked: their lines are made beside the cache (StampFile).
        let notesStamps = options.publicOnly ? nil : Parallel.start { Phases.measure("stempels schrijven/stamps write") { StampFile.notesLines(files) } }
        let prepared = Swift.Result { () throws(Failure) in
            let nextCache = options.publicOnly ? nil : try Phases.measure("cache schrijven/cache write") { () throws(Failure) in
                try reports.prepareCache(after: checking, pagesBase: pagesBase, file: ahead?.cache)
            }
            // The notes' stamps go into their file now that every file is checked, and this build lets go of them;
            // so do the output folders'; the file is put in place, with the stamps of `data/`, when the build is
            // done (StampFile). On workers: made on the main thread after the cache, the notes' and folders' lines
            // were 4 ms of a one-file rebuild's critical path.
            return (nextCache, nextCache.map { [writer, output = options.output] cache in
                let folders = cache.folders
                return Parallel.start { () throws -> BegunStamps in
                    BegunStamps(file: try StampFile.begin(notes: (try? notesStamps?.result()) ?? StampFile.notesLines(files),
                                                          folders: FolderStamps.lines(folders, in: output), in: writer, file: ahead?.stamps))
                }
            })
        }
        // (A failure here waits for the collection before it is told.)
        if case .failure = prepared { _ = try? collection.result() }
        let (nextCache, stamps) = try prepared.get()
        // The index, the overview and the tables the last build wrote stay when they were made from the same
        // (BuildCache.Kept); its `sessies.json` is copied from (CollectionFile).
        let last = BuildCache.End(pages: cache?.pages, tables: cache?.tables)
        // The last build's cache is of no more use: let go of it before the pages that span sessions (at
        // N = 10,000 its entries were a third of a rebuild's heap at its peak, the index being rendered),
        // on a worker: the last to hold it (freeing a thousand entries was a millisecond of the main thread).
        pass.forgetCache()
        reports.forgetCache()
        Parallel.letGo(cache.take())

        // 4. What spans sessions: series pages, index, data, overview; then the cache for the next build.
        let written: [String], end: BuildCache.End
        do throws(Failure) {
            (written, end) = try Phases.measure("overkoepelend/aggregates") { () throws(Failure) in
                try aggregates.write(checking, collection: collection, keys: (nextCache?.sessionsKey, nextCache?.tablesKey), last: last)
            }
        } catch {
            // (What the worker began it finishes before the failure is told; its file, not taken, is removed.)
            _ = try? stamps?.result()
            throw error
        }
        if let nextCache {
            try Phases.measure("afronden/finish") { () throws(Failure) in
                try nextCache.file.append(BuildCache.encodedEnd(end))
                let outputs = [CollectionFile.relative] + (end.tables?.files ?? [])
                if let stamps {
                    try StampFile.finish(try BegunStamps.take(stamps, output: options.output), outputs: outputs.map { Layout.join(options.output, $0) })
                }
                try nextCache.file.commit()
                if let keepVocabulary { VocabularyFile.keep(keepVocabulary, in: writer) }
                LabelsFile.keep(from: renderer.templates, in: writer)
            }
        }

        let sessions = checking.kept.entries
        let result = Result(checking: checking, rendered: sessions.map(\.slug), upToDate: sessions.filter { checking.reused.contains($0.path) }.count,
                            written: reports.written + written,
                            synonymDiagnostics: values.diagnostics, withheld: reports.withheld, readSynonyms: values.readOwn,
                            concepts: sessions.filter { $0.status == .draft }.map(\.slug))
        // What the checks and reports held is let go of beside the caller's printing.
        Parallel.letGo((consume pass, consume reports))
        return result
    }

    /// The stamps' file as a worker began it (StampFile.begin), handed over once to the build that finishes it.
    private struct BegunStamps: @unchecked Sendable {
        let file: PendingFile

        static func take(_ begun: Parallel.Started<BegunStamps>, output: String) throws(Failure) -> PendingFile {
            do {
                return try begun.result().file
            } catch {
                throw Failure.writing(error, output: output)
            }
        }
    }

    /// Tool version, templates and options: a change in any of them makes every cached entry stale. So do the checks
    /// (their rules and codes): the cache keeps each unchanged file's findings, and a rule added without a new version
    /// would not have been asked of them (a blind tester, as the next engineer, added one and read why).
    private static func cacheKey(_ options: Options, renderer: Renderer) -> String {
        BuildCache.hash([BegeleidVersion.current, "\(options.strict)", options.language.rawValue, options.formats.fingerprint,
                         options.publicURL ?? "", checksFingerprint] + renderer.templates.texts)
    }

    /// The names of the rules and of every code a finding may have.
    static let checksFingerprint = (Checker.rules.map { "\(type(of: $0))" } + DiagnosticCode.allCases.map(\.rawValue)).joined(separator: "\n")
}
