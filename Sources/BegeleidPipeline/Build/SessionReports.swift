import BegeleidModel
import BegeleidRender
import Foundation

/// Step 2 of a build: the reports of checked notes, rendered on every core
/// and written batch by batch; what the next build's cache needs is noted as
/// they go. Of each session only its status is kept, and where its outline is
/// (the cache's file, or compact bytes), for the index, overview and data.
struct SessionReports {
    let options: Building.Options
    let renderer: Renderer
    let writer: OutputWriter
    private(set) var cache: BuildCache?
    /// The sessions written (or up to date).
    private(set) var kept = KeptSessions()
    /// Paths written, relative to the output folder, in write order.
    private(set) var written: [String] = []
    /// Sessions left out of a public build (not public, or a concept).
    private(set) var withheld = 0
    private var next: BuildCache
    /// The entries of `next` that list the files the cache listed (their sessions not rendered again).
    private var carried = Set<String>()
    /// The entries of `next` that are the cache's as they were (their bytes are copied from its file).
    private var verbatim = Set<String>()
    /// Makes each rendered session's share of `data/` for the cache.
    let shares: ShareMaker
    /// The synonyms the vocabulary notes are made under (Checking.Pass.notesKey), for the summaries in the cache.
    private let notesKey: String
    /// Renders begun as soon as their notes were read ahead (`renderAhead`), taken by the batch that holds them.
    let early = EarlyRenders()

    /// `key`: the cache key of this build, for the next build's cache.
    init(options: Building.Options, renderer: Renderer, writer: OutputWriter, cache: BuildCache?, key: String, shares: ShareMaker,
         notesKey: String) {
        self.shares = shares
        self.notesKey = notesKey
        self.options = options
        self.renderer = renderer
        self.writer = writer
        self.cache = cache
        next = BuildCache(key: key)
        next.entries.reserveCapacity(cache?.entries.count ?? 0)
        carried.reserveCapacity(cache?.entries.count ?? 0)
        verbatim.reserveCapacity(cache?.entries.count ?? 0)
    }

    /// Renders and writes the reports of `reads` (files without errors); a file the cache
    /// holds unchanged keeps the report written before.
    mutating func write(_ reads: [Checking.Read]) throws(Building.Failure) {
        try finish(begin(reads))
    }

    /// Reports begun (`begin`) and not yet taken in (`finish`): the reads, and the renders of the fresh ones,
    /// under way on the workers.
    struct Begun {
        fileprivate let published: [Checking.Read]
        fileprivate let fresh: [Checking.Read]
        /// The renders of the fresh sessions not begun ahead, in order.
        fileprivate let renders: Parallel.Started<[Rendered]>?
        /// The renders begun ahead (`renderAhead`), by the index of their session among the fresh ones.
        fileprivate let early: [Int: Parallel.Started<Rendered>]
        /// Renders enough to keep every core busy: then taken in before the next batch is checked (checking beside
        /// them only made the two contend: a full build took 2 % more CPU).
        fileprivate let fillsTheCores: Bool

        /// Waits for the renders (a build that stops waits for what it began before it lets go of the folder).
        func wait() {
            _ = try? renders?.result()
            early.values.forEach { _ = try? $0.result() }
        }

        /// Whether `finish` would not wait.
        var isDone: Bool { (renders?.isDone ?? true) && early.values.allSatisfy { $0.isDone } }
    }

    typealias Rendered = Swift.Result<(reports: [String], cached: [String], digest: String?, share: String?), Building.Failure>

    /// Begins the reports of `reads`: the fresh ones are rendered and written on the workers while the build checks
    /// the next batch (issue 18: a one-file rebuild checked the other files on one core while its one session was
    /// rendered on the other); `finish` takes them in, batch after batch in order.
    mutating func begin(_ reads: [Checking.Read]) -> Begun {
        // A concept is never published: it is left out of a public build like a session not marked public.
        // A public follow-up shows its follow-up part, and names the session it follows, only when every session
        // before it in its series is public and definitief (Checking.Read.followsPublished): a session not public
        // between two public ones showed through the statuses it gave (an option it closed was missing, one it gave
        // “loopt” said so). Of those sessions, it shows earlier options only of the public and definitief ones.
        let published = options.publicOnly
            ? reads.filter { $0.isPublic && $0.status == .final }.map { read in
                var read = read
                if read.followsPublished {
                    let review = read.session?.review?.published
                    read.session?.review = review
                } else {
                    read.session?.review = nil
                    read.session?.meta.follows = nil
                }
                return read
            } : reads
        withheld += reads.count - published.count
        let fresh = published.filter { read in
            guard read.reused else { return true }
            let name = BuildCache.name(read.path)
            guard var entry = cache?.entries[name] else { return true }
            // Its notes made again under other synonyms are kept, so the next build need not.
            let summary = read.summed(notesKey: notesKey)
            if summary == entry.summary { verbatim.insert(name) } else { entry.summary = summary }
            next.entries[name] = entry
            carried.insert(name)
            return false
        }
        let shares = cache != nil ? shares : nil
        let sessions = fresh.compactMap(\.session)
        // Those begun ahead are taken as they are; the others are begun now.
        var early: [Int: Parallel.Started<Rendered>] = [:]
        var rest: [Session] = []
        for (index, read) in fresh.filter({ $0.session != nil }).enumerated() {
            if let begun = self.early.take(read.path) { early[index] = begun } else if let session = read.session { rest.append(session) }
        }
        let renders = rest.isEmpty ? nil : Parallel.start { [options, renderer, writer, rest] in
            Parallel.map(rest) { session in
                Self.render(session, options: options, renderer: renderer, writer: writer, shares: shares)
            }
        }
        return Begun(published: published, fresh: fresh, renders: renders, early: early,
                     fillsTheCores: sessions.count >= Parallel.cores)
    }

    /// Takes in the first of `begun` (in order) that are done or fill the cores, or while they render more sessions
    /// than two batches have, or `all`. A failure waits for the others before it is told.
    mutating func finish(_ begun: inout [Begun], all: Bool) throws(Building.Failure) {
        while let first = begun.first,
              all || begun.reduce(0, { $0 + $1.fresh.count }) > 2 * Checking.Pass.batchSize || first.fillsTheCores || first.isDone {
            begun.removeFirst()
            do throws(Building.Failure) { try finish(first) } catch {
                begun.forEach { $0.wait() }
                early.waitForAll()
                throw error
            }
        }
    }

    /// Takes in the reports `begin` began.
    mutating func finish(_ begun: Begun) throws(Building.Failure) {
        let (published, fresh) = (begun.published, begun.fresh)
        let rendered = fresh.filter { $0.session != nil }
        var rest = ((try? begun.renders?.result()) ?? []).makeIterator()
        var results: [Rendered] = []
        for index in rendered.indices {
            let result: Rendered?
            if let started = begun.early[index] { result = try? started.result() } else { result = rest.next() }
            guard let result else { break }
            results.append(result)
        }
        for (read, result) in zip(rendered, results) {
            guard let session = read.session else { continue }
            let (reports, outline, digest, share) = try result.get()
            var names = reports
            written += names
            // The converters run one after another: each is a process of its own already.
            for relative in try options.formats.convert(
                folder: Layout.session(session.slug), stem: "rapport", in: options.output,
                language: session.meta.language, date: session.meta.date) {
                written.append(relative)
                names.append(relative)
            }
            if let new = read.fresh {
                carried.remove(BuildCache.name(read.path))
                verbatim.remove(BuildCache.name(read.path))
                next.entries[BuildCache.name(read.path)] = BuildCache.Entry(
                    hash: new.hash, slug: new.slug, valid: true, findings: new.findings.map(BuildCache.Finding.init),
                    files: names + outline, dependsOn: read.dependsOn, summary: read.summed(notesKey: notesKey), digest: digest,
                    share: share)
            }
        }
        // (Each read by its index: copied whole, a read retains each of its texts and lists.)
        for index in published.indices where published[index].isValid {
            // A build with a cache has the outline on disk (written by `render` now, or unchanged and
            // summed up or read back from it); without one (a public build) it is kept as compact bytes.
            if cache != nil, let status = published[index].status {
                let path = published[index].path
                kept.append(path: path, slug: published[index].session?.slug ?? published[index].slug, status: status,
                            from: .file(Layout.join(options.output, BuildCache.outlinePath(for: path))))
                continue
            }
            guard let session = published[index].session else { continue }
            kept.append(session, from: .bytes(KeptSessions.encode(session.outlineOnly)))
        }
    }

    /// One session's files (report in every format, `sessie.json`, the register entry of a public
    /// definitief one), written; their paths relative to the output folder. With `shares` (a build that
    /// keeps a cache), also the outline the next build's cache reads back with the session's share of
    /// `data/` after it (BuildCache.outlinePath), and its path.
    static func render(
        _ session: Session, options: Building.Options, renderer: Renderer, writer: OutputWriter, shares: ShareMaker?
    ) -> Rendered {
        do throws(Building.Failure) {
            let files: [(name: String, data: Data)]
            do {
                files = try renderer.sessionFiles(session) + (session.meta.isPublic && session.meta.status == .final
                    ? [(RegisterEntry.fileName, try RegisterEntry(session, reportURL: options.reportURL(session.slug)).encoded())] : [])
            } catch {
                throw Building.Failure(path: session.path, message: LocalizedText(
                    nl: "rapport kan niet worden gemaakt: \(error)", en: "report cannot be made: \(error)"))
            }
            var names: [String] = []
            // The register entry of a session no longer public (or definitief) goes (it stayed, consent withdrawn).
            if !files.contains(where: { $0.name == RegisterEntry.fileName }) {
                // (`unlink`: a system call that finds nothing, per session rendered; FileManager made an error object each time.)
                unlink(Layout.join(options.output, Layout.session(session.slug, RegisterEntry.fileName)))
            }
            try Phases.measure("schrijven/write") { () throws(Building.Failure) in
                for file in files {
                    let relative = Layout.session(session.slug, file.name)
                    try writer.write(file.data, to: relative)
                    names.append(relative)
                }
            }
            guard let shares else { return .success((names, [], nil, nil)) }
            let cached = BuildCache.outlinePath(for: session.path)
            do {
                let share = Phases.measure("aandeel/share") { shares.share(session)?.encoded(fingerprint: shares.fingerprint) }
                let digest = try Phases.measure("schets/outline") {
                    let file = BuildCache.encode(outline: session.outlineOnly.publishable(), share: share)
                    try writer.write(file, to: cached)
                    return KeptSessions.digestHash(file)
                }
                return .success((names, [cached], digest, share.map(BuildCache.hash)))
            } catch {
                throw Building.Failure.writing(error, output: options.output)
            }
        } catch {
            return .failure(error)
        }
    }

    /// Lets go of the last build's cache (once every report is written and the next cache prepared).
    mutating func forgetCache() {
        cache = nil
    }

    /// Writes the cache for the next build: the entries of the reports, plus the findings of
    /// notes with errors (so an unchanged file is not read again) and entries reused as they were.
    /// Into a file beside its place, which `PendingFile.commit` puts in place when the build is done;
    /// the entries are let go of. All but its end (`BuildCache.encodedEnd`, the pages, known when they
    /// are written). Also the key of what the index and overview show of the sessions (BuildCache.Kept, `pages`),
    /// made from `base`, the sessions' digests and what the index shows of notes with errors (their earlier reports).
    /// And the key of what the tables of `data/` show (BuildCache.Kept), nil when a counted session has no share hash.
    mutating func prepareCache(after checking: Checking.Result, pagesBase base: [String], file ahead: PendingFile? = nil)
        throws(Building.Failure)
        -> (file: PendingFile, sessionsKey: String?, tablesKey: String?, folders: [String: FileStamp]) {
        let failedPaths = Set(checking.failed.map(\.path))
        // (Whether `next` holds an entry is asked of its keys: `next.entries[name] == nil` copied each entry it found.)
        for (path, fresh) in checking.fresh where failedPaths.contains(path) {
            let name = BuildCache.name(path)
            guard next.entries.index(forKey: name) == nil else { continue }
            next.entries[name] = BuildCache.Entry(hash: fresh.hash, slug: fresh.slug, valid: false,
                                                  findings: fresh.findings.map(BuildCache.Finding.init), files: [])
        }
        for path in checking.reused {
            let name = BuildCache.name(path)
            guard next.entries.index(forKey: name) == nil, let entry = cache?.entries[name] else { continue }
            next.entries[name] = entry
            carried.insert(name)
            verbatim.insert(name)
        }
        // The two keys are made on a worker while the cache is written (on the main thread they were a millisecond
        // of a one-file rebuild's end, where a core was free).
        let keys = Parallel.start { [entries = next.entries, kept = checking.kept.entries, failed = checking.failed, output = options.output, shares] in
            let names = kept.map { BuildCache.name($0.path) }
            return (sessions: Self.sessionsKey(kept, names: names, failed: failed, entries: entries, base: base, output: output),
                    tables: Self.tablesKey(kept, names: names, entries: entries, shares: shares))
        }
        let folders = Phases.measure("mappen/folders") { folderStamps() }
        let file = try PendingFile.taking(ahead, or: BuildCache.path, in: writer)
        for part in next.encodedEntries(verbatim: verbatim, from: cache?.raw) { try file.append(part) }
        var entries: [String: BuildCache.Entry] = [:]
        swap(&entries, &next.entries)
        Parallel.letGo(consume entries)
        let (sessionsKey, tablesKey) = (try? keys.result()) ?? (nil, nil)
        return (file, sessionsKey, tablesKey, folders)
    }

    /// The stamps of the output's folders that vouch for the next cache's files (FolderStamps). After a build
    /// that rendered every session, every folder is looked at now (most settled while the others were
    /// written). Otherwise a folder keeps the stamp the cache was loaded with, unless a session rendered now
    /// has a file in it: that folder changed just now, and the next build looks at it (and stamps it).
    private func folderStamps() -> [String: FileStamp] {
        guard !carried.isEmpty, let kept = cache?.folders else {
            let (groups, _) = FolderStamps.groups(of: next.entries)
            return FolderStamps.stamps(of: groups, FolderStamps.check(groups, in: options.output, recorded: [:]))
        }
        // (By their names: filtering `next.entries` itself copied every entry to show it to the test.)
        var rendered: [String: BuildCache.Entry] = [:]
        for name in next.entries.keys where !carried.contains(name) { rendered[name] = next.entries[name] }
        let (written, _) = FolderStamps.groups(of: rendered)
        var stamps = kept
        for group in written { stamps[group.folder] = nil }
        return stamps
    }

    /// The tables and the workbook are the tables' heads and the counted sessions' shares, in order; a
    /// share's hash names the synonyms it was made under (its first line), and the fingerprint here the
    /// synonyms of this build, under which a share made under others is made again. (A share made again
    /// keeps the entry's hash of before, and the key stays the same for as long as the notes do.)
    /// (Both keys put their parts into the hash as they come, which gives what `BuildCache.hash` of their list gave,
    /// and read each entry's digest or share where the entry lies: a list of four thousand texts, each entry copied
    /// to read one field, was a tenth of writing the cache.)
    private static func tablesKey(_ kept: [KeptSessions.Entry], names: [String], entries: [String: BuildCache.Entry],
                                  shares: ShareMaker) -> String? {
        var key = BuildCache.FNV()
        key.add(text: shares.fingerprint)
        for table in shares.tables {
            key.add(text: table.name)
            key.add(text: String(decoding: table.head, as: UTF8.self))
        }
        for (entry, name) in zip(kept, names) where entry.status == .final {
            guard let position = entries.index(forKey: name), let share = entries.values[position].share else { return nil }
            key.add(text: name)
            key.add(text: share)
        }
        return key.text
    }

    /// (Nil when an entry lacks what the key needs: the pages are then made again.)
    private static func sessionsKey(_ kept: [KeptSessions.Entry], names: [String], failed: [(path: String, slug: String)],
                                    entries: [String: BuildCache.Entry], base: [String], output: String) -> String? {
        var key = BuildCache.FNV()
        for part in base { key.add(text: part) }
        for (entry, name) in zip(kept, names) {
            guard let position = entries.index(forKey: name), let digest = entries.values[position].digest else { return nil }
            key.add(text: name)
            key.add(text: entry.slug)
            key.add(text: entry.status.rawValue)
            key.add(text: digest)
        }
        guard !failed.isEmpty else { return key.text }
        // Notes with errors: the overview counts them, and the index lists the earlier report each left
        // (Aggregates.previousReports: read from its `sessie.json`, withdrawn when it shows names its notes no longer
        // allow). So the pages follow from that file, and from the notes' bytes only when it shows names: a note
        // typed with an error in `watch` does not make them again at every save (issue 18: one note with errors
        // made every later build read every digest and make the overview again, 0.3 s at N = 1,000).
        key.add(text: "met fouten")
        for file in failed {
            let name = BuildCache.name(file.path)
            guard let position = entries.index(forKey: name) else { return nil }
            key.add(text: name)
            key.add(text: file.slug)
            guard let earlier = FileStamp.now(Layout.join(output, Layout.session(file.slug, "sessie.json"))) else {
                key.add(text: "-")
                continue
            }
            key.add(text: "\(earlier.size) \(earlier.modified) \(earlier.changed) \(earlier.inode) \(earlier.device)")
            if Aggregates.earlierReport(of: file.slug, in: output)?.names != .anonymous { key.add(text: entries.values[position].hash) }
        }
        return key.text
    }
}
