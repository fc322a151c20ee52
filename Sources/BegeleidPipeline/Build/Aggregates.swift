import BegeleidChecks
import BegeleidModel
import BegeleidOverview
import BegeleidReader
import BegeleidRender
import Foundation

/// Step 4 of a build: what spans sessions, written after every report: a
/// progress page per series, the index, the data folder and the overview.
/// The sessions' digests (SessionDigest, in front of each kept outline) go by
/// once, a batch at a time (KeptSessions), for the index entries and the
/// overview; the data folder needs only their shares. The index and the
/// overview of the last build stay as they are when they were made from the
/// same (BuildCache.Kept): then no digest is read; so do the tables of `data/`.
struct Aggregates {
    let options: Building.Options
    let renderer: Renderer
    let writer: OutputWriter
    let values: ValueLists
    /// The sessions' shares of `data/`, as the workers made them.
    let shares: ShareMaker

    /// `data/sessies.json`, begun on a worker as soon as every report is written (it needs the reports'
    /// `sessie.json` and nothing else; issue 18: in a one-file rebuild it was the last thing waited for).
    /// `last`: the last build's file, copied from (CollectionFile). `write` waits for it.
    func startCollection(_ checking: Checking.Result, last: BuildCache.Sessies?, early: CollectionFile.Early? = nil)
        -> Parallel.Started<BuildCache.Sessies> {
        startCollection(kept: checking.kept, reused: checking.reused, last: last, early: early)
    }

    /// The same from what the result will hold (`kept` in path order, as `Checking.Pass.ordered` makes it), before
    /// the result is made.
    /// `early`: the file's head, when it was begun before the documents were listed (CollectionFile.Early).
    func startCollection(kept: KeptSessions, reused: Set<String>, last: BuildCache.Sessies?, early: CollectionFile.Early? = nil)
        -> Parallel.Started<BuildCache.Sessies> {
        let data = dataFolder
        let counted = Self.counted(kept)
        return Parallel.start {
            try Phases.measure("data") { try data.writeCollection(counted, from: kept, unchanged: reused, last: last, early: early) }
        }
    }

    /// Writes the rest, and waits for the collection (`startCollection`) whatever happens; returns the paths
    /// written, relative to the output folder, and what the next build's cache keeps of the index and
    /// overview, `sessies.json` and the tables (BuildCache.End). `keys`: of what the index and overview show
    /// of the sessions, and of what the tables show (SessionReports.prepareCache; nil when they cannot be
    /// told); `last`: what the last build's cache kept of its pages and tables (they may stay).
    func write(_ checking: Checking.Result, collection: Parallel.Started<BuildCache.Sessies>,
               keys: (sessions: String?, tables: String?) = (nil, nil), last: BuildCache.End = BuildCache.End()) throws(Building.Failure)
        -> (written: [String], next: BuildCache.End) {
        // Every way out waits for the collection, once: what it began it finishes or discards before an error is told.
        let made = Result { () throws(Building.Failure) in try writeAllButCollection(checking, keys: keys, last: last) }
        let sessies = Result { try collection.result() }
        do {
            var (written, next) = try made.get()
            next.sessies = try sessies.get()
            return (written, next)
        } catch {
            throw Building.Failure.writing(error, output: options.output)
        }
    }

    /// Concepts are listed in the index (marked) but never counted in the overview or the data.
    private static func counted(_ kept: KeptSessions) -> [KeptSessions.Entry] {
        kept.entries.filter { $0.status == .final }
    }

    private var dataFolder: DataFolder {
        DataFolder(options: options, renderer: renderer, writer: writer, shares: shares, synonyms: values.synonyms)
    }

    /// The series pages, the index and the overview, and the tables beside them; `sessies.json` (written by
    /// the collection) is listed in its place.
    private func writeAllButCollection(_ checking: Checking.Result, keys: (sessions: String?, tables: String?),
                                       last: BuildCache.End) throws(Building.Failure) -> (written: [String], next: BuildCache.End) {
        let counted = Self.counted(checking.kept)
        let data = dataFolder
        var written: [String] = []
        let series = try writeSeries(checking, written: &written)
        // What the index shows of the series is all the key lacks (the rest is in the sessions' key).
        let key = keys.sessions.map { sessionsKey in
            BuildCache.hash([sessionsKey] + series.built.flatMap { [$0.slug, $0.title] } + ["-"] + series.stale.flatMap { [$0.slug, $0.title] })
        }
        if let pages = last.pages, pages.stay(for: key, in: options.output) {
            do {
                let (tables, tablesKept) = try Phases.measure("data") {
                    try data.writeTables(counted, from: checking.kept, key: keys.tables, last: last.tables)
                }
                return (written + [CollectionFile.relative] + tables, BuildCache.End(pages: pages, tables: tablesKept))
            } catch {
                throw Building.Failure.writing(error, output: options.output)
            }
        }
        // The tables need the shares alone: they are made beside the pages (each has long stretches on one core).
        let tablesWritten = Parallel.start {
            try Phases.measure("data") { try data.writeTables(counted, from: checking.kept, key: keys.tables, last: last.tables) }
        }
        var pages: [String] = []
        let made = Result { () throws(Building.Failure) in try writePages(checking, series: series, written: &pages) }
        // (Waited for before an error of the pages is told.)
        let tables = Result { try tablesWritten.result() }
        do {
            try made.get()
            let (tablesFiles, tablesKept) = try tables.get()
            let index = pages.firstIndex(of: Layout.index).map { $0 + 1 } ?? pages.endIndex
            var rest = pages
            rest.insert(contentsOf: [CollectionFile.relative] + tablesFiles, at: index)
            return (written + rest, BuildCache.End(pages: key.map { BuildCache.Kept(files: pages, key: $0) }, tables: tablesKept))
        } catch {
            throw Building.Failure.writing(error, output: options.output)
        }
    }

    /// One progress page per series, from the sessions built (a public build: only public, definitief ones);
    /// returns the series built and those whose earlier page stays (their series has errors now).
    private func writeSeries(_ checking: Checking.Result, written: inout [String]) throws(Building.Failure)
        -> (built: [SeriesProgress], stale: [(slug: String, title: String)]) {
        let kept = checking.kept
        let sessions = kept.entries
        let series = checking.series.progress(among: Set(sessions.map(\.slug))) { slug in
            sessions.first { $0.slug == slug }.flatMap(kept.digest)?.meta
        }
        do {
            for progress in series {
                for file in renderer.progressFiles(progress) {
                    try writer.write(file.data, to: Layout.series(progress.slug, file.name))
                    written.append(Layout.series(progress.slug, file.name))
                }
            }
        } catch {
            throw Building.Failure.writing(error, output: options.output)
        }
        // A page of an earlier build whose series has errors now stays, marked as out of date in the index; not that of a
        // series with notes that now hold what no page may show (a participant's name: a retest found it on the page).
        let paths = Dictionary(sessions.map { ($0.slug, $0.path) } + checking.failed.map { ($0.slug, $0.path) }, uniquingKeysWith: { first, _ in first })
        // The first session of each with errors, as its notes say now.
        let firsts = checking.failed.map { file in
            (file, Checking.firstSession(of: file.path, slug: file.slug, policy: options.policy) { paths[$0] })
        }
        let withdrawn = Set(firsts.filter { checking.privacyFailed.contains($0.0.path) }.map(\.1))
        // The sessions that still begin a series as the notes say now, the ones with errors too: a page is not kept once
        // no note follows its session any more (blind tester 29: it stayed, marked as having errors, which none had).
        let nodes = checking.series.nodes
        var heads = Set(nodes.values.compactMap { node in node.follows.map { _ in FollowChain.last(from: node.slug) { nodes[$0]?.follows } } })
        heads.formUnion(firsts.filter { $0.0.slug != $0.1 }.map(\.1))
        let stale = SeriesPages.leftovers(
            in: options.output, built: Set(series.map(\.slug)), heads: heads,
            sessions: Set(sessions.map(\.slug) + checking.failed.map(\.slug)).subtracting(withdrawn),
            members: Set(series.lazy.flatMap(\.sessions).map(\.slug)),
            concepts: Set(sessions.lazy.filter { $0.status == .draft }.map(\.slug)), publicOnly: options.publicOnly)
        return (series, stale.map { (slug: $0, title: checking.series.nodes[$0]?.title ?? $0) })
    }

    /// The index and the overview, from the sessions' digests.
    private func writePages(
        _ checking: Checking.Result, series: (built: [SeriesProgress], stale: [(slug: String, title: String)]), written: inout [String]
    ) throws(Building.Failure) {
        let kept = checking.kept
        let sessions = kept.entries
        var listed: [IndexEntry] = []
        listed.reserveCapacity(sessions.count)
        var overview = Overview.Builder(synonyms: values.synonyms)
        Phases.measure("samenvattingen lezen/digests read") {
            kept.forEachDigest(sessions) { batch in
                for session in batch {
                    listed.append(IndexEntry(session))
                    if session.meta.status == .final { overview.add(session) }
                }
            }
        }
        do {
            let entries = listed + previousReports(of: checking)
            if options.publicOnly { PublicFolder.prune(options.output, keep: Set(entries.map(\.slug))) }
            try writer.write(renderer.index(entries: entries, language: options.language, series: series.built, staleSeries: series.stale),
                             to: Layout.index)
            written.append(Layout.index)
            // A list of values with errors holds the overview back (the earlier one stays).
            // (After the index, not beside it: the two pages' contexts at once were the peak of a build's memory.)
            if values.diagnostics.errorCount == 0 {
                let page = Phases.measure("overzicht/overview") {
                    // (Not in a public build: a count of notes with errors would tell of sessions that are not public.)
                    renderer.overview(overview.overview(), language: options.language, vocabulary: values.vocabulary.vocabulary,
                                      withErrors: options.publicOnly ? 0 : checking.failed.count,
                                      drafts: options.publicOnly ? 0 : listed.count(where: \.isDraft), ownSynonyms: values.readOwn)
                }
                try writer.write(page, to: Layout.overview)
                written.append(Layout.overview)
            }
        } catch {
            throw Building.Failure.writing(error, output: options.output)
        }
    }

    /// Sessions whose notes have errors now keep their earlier report, so the
    /// index keeps listing it (marked as such) instead of losing it. Privacy
    /// wins: an earlier report that shows names is withdrawn (its folder
    /// removed) unless the notes still say `namen: openbaar`.
    private func previousReports(of checking: Checking.Result) -> [IndexEntry] {
        // A public build fails closed: notes with errors may have withdrawn their consent, so their report goes.
        guard !options.publicOnly else { return [] }
        let rendered = Set(checking.kept.entries.map(\.slug))
        return checking.failed.compactMap { file -> IndexEntry? in
            guard !rendered.contains(file.slug) else { return nil }
            let folder = Layout.join(options.output, Layout.session(file.slug))
            guard let document = Self.earlierReport(of: file.slug, in: options.output) else { return nil }
            let now = SessionReader.read(path: file.path, policy: options.policy)
            // The notes now hold what a report must never show (a participant's name in the text, a misplaced Notities
            // heading): the earlier report may show it too, so it goes (a blind tester filled in `deelnemers` after the
            // session; the name was found, and the earlier report with it stayed, listed in the index).
            // (Or a participant of an earlier session of its series named in it, which only the pass across files knows.)
            let privacy = checking.privacyFailed.contains(file.path)
                || now.diagnostics.contains(where: \.isPrivacyError)
            if privacy || (document.names == .public && now.session?.meta.names != .public) {
                try? FileManager.default.removeItem(atPath: folder)
                // And the outline the last build kept of them (a title with the name was in it: a retest).
                unlink(Layout.join(options.output, BuildCache.outlinePath(for: file.path)))
                return nil
            }
            return IndexEntry(previous: document)
        }
    }

    /// The document (`sessie.json`) of the report a session's last build left in `output`, if any.
    static func earlierReport(of slug: String, in output: String) -> SessionDocument? {
        guard let data = FileManager.default.contents(atPath: Layout.join(output, Layout.session(slug, "sessie.json"))) else { return nil }
        return try? JSONDecoder().decode(SessionDocument.self, from: data)
    }
}
