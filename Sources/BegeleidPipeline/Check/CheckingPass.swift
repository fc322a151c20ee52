import BegeleidChecks
import BegeleidModel
import BegeleidReader

extension Checking {
    /// One notes file as read: its session when it has no errors, whether it
    /// came from the cache, and what was read anew for the next cache.
    struct Read: Sendable {
        var path: String
        var slug: String
        /// Of the bytes read now (empty when they could not be read).
        var hash: String
        /// Read now, or its outline from the cache; nil for a file with errors, or one kept as its `summary`.
        var session: Session?
        /// An unchanged session that follows nothing, as the cache sums it up (not read at all).
        var summary: BuildCache.Summary?
        var diagnostics: [Diagnostic]
        var reused: Bool
        var fresh: (hash: String, slug: String, findings: [Diagnostic])?
        /// A follow-up's earlier sessions, each slug with the hash of its file ("" when there is
        /// none): what its findings and report depend on besides its own bytes.
        var dependsOn: [String: String]?
        /// Its notes on values spelt close to the vocabulary (made in the pass), for its summary in the next cache.
        var vocabularyNotes: [Diagnostic] = []
        /// A follow-up's earlier sessions may be shown in a public build (each of its chain public and definitief,
        /// Series.chainIsPublished): else a public report neither names the session it follows nor shows a follow-up
        /// part (SessionReports.begin).
        var followsPublished = false

        /// Without errors: read, or summed up by the cache.
        var isValid: Bool { session != nil || summary != nil }
        var follows: String? { session?.meta.follows ?? summary?.follows }
        var status: SessionStatus? { session?.meta.status ?? summary?.status }
        var isPublic: Bool { session?.meta.isPublic ?? summary?.isPublic ?? false }

        /// What the next build's cache keeps of it (when it has no errors), the notes made under `notesKey`.
        func summed(notesKey: String) -> BuildCache.Summary? {
            session.map { BuildCache.Summary($0, notes: vocabularyNotes, notesKey: notesKey) } ?? summary
        }
    }

    /// A notes file to check, with what its name alone says (not a slug, two files giving one slug).
    struct NamedFile: Sendable {
        var path: String
        var slug: String
        var naming: [Diagnostic]
        /// What `stat` said of it before it was checked (FileStamp.of; nil: none taken, or the file had not
        /// settled: asked again when it is read).
        var stamp: FileStamp?
    }

    /// The checks of a set of notes files, in the order a build needs them:
    /// each file on its own, batch by batch (`check`), then what needs every
    /// file (`checkAcrossFiles`: follow-ups within their series), then the
    /// result. The caller owns the loop, so a build renders each batch as soon
    /// as it is checked and keeps only what the index and data need.
    struct Pass {
        /// Files read (on every core) per batch.
        static let batchSize = 128

        let strict: Bool
        let policy: InputPolicy
        private(set) var cache: BuildCache?
        let vocabulary: (Vocabulary, ValueSynonyms)?
        private(set) var files: [NamedFile]
        private var diagnostics: [Diagnostic] = []
        private var failed: [(path: String, slug: String)] = []
        private var privacyFailed: Set<String> = []
        private var reused: Set<String> = []
        private var fresh: [String: (hash: String, slug: String, findings: [Diagnostic])] = [:]
        private var nodes: [SeriesNode] = []
        /// Follow-ups wait for the pass across files, which needs every session of their series.
        private var followUps: [Read] = []
        private var series = Series(nodes: [], slugs: [], failed: [])
        /// The hash of each slug's file as read now, for what follow-ups depend on.
        private var hashes: [String: String] = [:]
        /// The synonyms the vocabulary notes are made under ("" without a vocabulary): a cached summary's notes
        /// made under others are made again.
        let notesKey: String
        /// The files the cache cannot vouch for, read and checked ahead (`readAhead`), and what was read, taken
        /// when the first batch that holds one of them is checked.
        private var ahead: (paths: Set<String>, reads: Parallel.Started<[String: Read]>)?
        private var readAhead: [String: Read] = [:]
        /// The files no stamp vouches for, read before the cache is there (`startReadingEarly`), until `startReadingAhead`
        /// or the first batch takes them.
        private var early: Parallel.Started<[Read]>?
        /// At most this many files are read ahead: a save changes one or a few; more are read batch by batch.
        static let readAheadLimit = 8

        init(files paths: [String], strict: Bool, policy: InputPolicy, cache: BuildCache?, vocabulary: (Vocabulary, ValueSynonyms)?) {
            self.strict = strict
            self.policy = policy
            self.cache = cache
            self.vocabulary = vocabulary
            notesKey = vocabulary.map { BuildCache.hash([$0.1.fingerprint]) } ?? ""
            // Where two files give the same slug, the one already named as a slug keeps it (each slug made once).
            let slugs = paths.map { (path: $0, slug: SessionFiles.slug(forPath: $0)) }
            let isNamedAsSlug = { (file: (path: String, slug: String)) in file.slug + ".md" == Layout.fileName(file.path) }
            let ordered = slugs.filter(isNamedAsSlug) + slugs.filter { !isNamedAsSlug($0) }
            var owners: [String: String] = [:]
            owners.reserveCapacity(paths.count)
            files = ordered.map { path, slug in
                NamedFile(path: path, slug: slug, naming: FileNaming.findings(path: path, slug: slug, extensions: ["md"], owners: &owners))
            }
            hashes.reserveCapacity(files.count)
            reused.reserveCapacity(files.count)
            nodes.reserveCapacity(files.count)
        }

        /// Takes `stat` of every file now, on every core, before the cache is there to compare with (a build does it
        /// while it waits for the last build's cache).
        mutating func stampFiles() {
            let stamps = FileStamp.of(files.map(\.path))
            for index in files.indices { files[index].stamp = stamps[index] }
        }

        /// The last build's cache, once it is there (`check` compares with it).
        mutating func use(_ cache: BuildCache?) {
            self.cache = cache
        }

        /// Begins reading and checking, on a worker, the few files (`readAheadLimit`) whose `stat` vouches for no hash the
        /// last build knew (StampFile, loaded before): they are read whatever the cache holds, so they are read while it
        /// is read (a one-file rebuild read its changed notes only once the cache was there). Each is read as
        /// `Checking.read` reads notes of which the cache holds no entry of their hash; `startReadingAhead` takes the
        /// reads for which that is so, and reads the others again with the cache (notes saved unchanged). Returns
        /// whether it began.
        @discardableResult
        mutating func startReadingEarly() -> Bool {
            guard cache == nil, early == nil, ahead == nil else { return false }
            var unknown: [NamedFile] = []
            for file in files {
                if let stamp = file.stamp, FileStamp.memo.hash(of: file.path, stamp: stamp) != nil { continue }
                unknown.append(file)
                if unknown.count > Self.readAheadLimit { return false }
            }
            guard !unknown.isEmpty else { return false }
            // (A cache without entries: the read is the one made of notes it has no entry of.)
            let none = BuildCache(key: "")
            early = Parallel.start { [strict, policy, notesKey, unknown] in
                Parallel.map(unknown) { file in
                    Checking.read(file.path, slug: file.slug, naming: file.naming, strict: strict, policy: policy,
                                  cache: none, notesKey: notesKey, stamp: file.stamp)
                }
            }
            return true
        }

        /// Begins reading and checking, on a worker, the few files (`readAheadLimit`) the cache cannot vouch for:
        /// their `stat` or hash is not the one it knows. A one-file rebuild read its changed notes only when their batch
        /// came, after the main thread had taken in the unchanged files before them; now those are taken in while the
        /// notes are read. `check` takes each file's read from here, the same read it would make (the same
        /// arguments, the same cache), so the result is the same.
        /// `then` is called with the reads on the worker, once they are made. Returns whether it began.
        @discardableResult
        mutating func startReadingAhead(then: (@Sendable ([Read]) -> Void)? = nil) -> Bool {
            guard let cache, ahead == nil else { return false }
            var changed: [NamedFile] = []
            for file in files {
                if let stamp = file.stamp, let hash = FileStamp.memo.hash(of: file.path, stamp: stamp),
                   cache.holds(BuildCache.name(file.path), hash: hash, slug: file.slug) {
                    continue
                }
                changed.append(file)
                if changed.count > Self.readAheadLimit { return false }
            }
            guard !changed.isEmpty else { return false }
            let early = self.early
            self.early = nil
            let reads = Parallel.start { [strict, policy, notesKey, changed] in
                // (Those read early of which the cache holds no entry of their hash, as read now; each of them is
                // among `changed`: its hash, known or not when `changed` was made, is none the cache holds.)
                var readEarly: [String: Read] = [:]
                for read in (try? early?.result()) ?? [] where !cache.holds(BuildCache.name(read.path), hash: read.hash, slug: read.slug) {
                    readEarly[read.path] = read
                }
                let reads = Parallel.map(changed) { [readEarly] file in
                    readEarly[file.path] ?? Checking.read(file.path, slug: file.slug, naming: file.naming, strict: strict, policy: policy,
                                                          cache: cache, notesKey: notesKey, stamp: file.stamp)
                }
                then?(reads)
                return Dictionary(reads.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            }
            ahead = (Set(changed.map(\.path)), reads)
            return true
        }

        var batches: [ArraySlice<NamedFile>] {
            stride(from: 0, to: files.count, by: Self.batchSize).map { files[$0..<min($0 + Self.batchSize, files.count)] }
        }

        /// Reads and checks each file of `batch` on its own (on every core); returns the files ready
        /// to render: those without errors that need no other file.
        mutating func check(_ batch: ArraySlice<NamedFile>) -> [Read] {
            // (Reads begun early that no read ahead took are waited for and left: the batches read those files again.)
            if let early {
                _ = try? early.result()
                self.early = nil
            }
            if let begun = ahead, batch.contains(where: { begun.paths.contains($0.path) }) {
                readAhead = (try? begun.reads.result()) ?? [:]
                ahead = nil
            }
            var reads = Parallel.map(Array(batch)) { [strict, policy, cache, notesKey, readAhead] file in
                readAhead[file.path] ?? Checking.read(file.path, slug: file.slug, naming: file.naming, strict: strict, policy: policy,
                                                      cache: cache, notesKey: notesKey, stamp: file.stamp)
            }
            // (Each read by its index, and the list filtered in place: a read copied whole retains each of its
            // texts and lists, and a thousand of them were copied four times over in a one-file rebuild.)
            var sessions: [Session] = []
            for index in reads.indices {
                let (path, slug) = (reads[index].path, reads[index].slug)
                if hashes[slug] == nil { hashes[slug] = reads[index].hash }
                if reads[index].reused { reused.insert(path) }
                if let new = reads[index].fresh { fresh[path] = new }
                if reads[index].diagnostics.errorCount > 0 { fail(path, slug, reads[index].diagnostics) }
                diagnostics += reads[index].diagnostics
                if vocabulary != nil, let session = reads[index].session { sessions.append(session) }
            }
            // The notes of the sessions read (each spelling compared once a batch), by file; a summary brings its own.
            let notes = vocabulary.map { vocabulary, known in
                Dictionary(grouping: vocabulary.notes(sessions, known: known), by: \.path)
            } ?? [:]
            sessions = []
            for index in reads.indices where reads[index].isValid {
                if let session = reads[index].session {
                    nodes.append(SeriesNode(session, light: session.meta.follows == nil))
                    reads[index].vocabularyNotes = notes[session.path] ?? []
                } else if let summary = reads[index].summary {
                    let path = reads[index].path
                    nodes.append(SeriesNode(slug: reads[index].slug, path: path, title: summary.title, date: summary.date,
                                            status: summary.status, isPublic: summary.isPublic))
                    reads[index].vocabularyNotes = summary.notes.map { $0.diagnostic(path: path) }
                }
                diagnostics += reads[index].vocabularyNotes
            }
            reads.removeAll { !$0.isValid }
            if reads.contains(where: { $0.follows != nil }) {
                followUps += reads.filter { $0.follows != nil }
                reads.removeAll { $0.follows != nil }
            }
            return reads
        }

        /// The checks that need every file: each follow-up against the earlier sessions of its series.
        /// Returns the follow-ups ready to render, each with its review of the earlier options.
        /// A follow-up taken from the cache whose earlier sessions changed since is read again.
        mutating func checkAcrossFiles() -> [Read] {
            holdBackEarlierNames()
            // Sessions that a follow-up names get their options back (SeriesNode(_:light:)).
            let followed = Set(nodes.compactMap(\.follows))
            for index in nodes.indices where nodes[index].isLight && followed.contains(nodes[index].slug) {
                nodes[index] = fullNode(nodes[index])
            }
            // (The sets of slugs only where a session follows another: only a link is checked against them.)
            let links = nodes.contains { $0.follows != nil }
            series = Series(nodes: nodes, slugs: links ? Set(files.map(\.slug)) : [], failed: links ? Set(failed.map(\.slug)) : [])
            var reviewed: [Read] = []
            for var read in followUps {
                let dependsOn = earlierSessions(of: read.slug, in: series.nodes)
                if read.reused, cache?.entries[BuildCache.name(read.path)]?.dependsOn != dependsOn {
                    let naming = files.first { $0.path == read.path }?.naming ?? []
                    let notes = read.vocabularyNotes
                    read = Checking.read(read.path, slug: read.slug, naming: naming, strict: strict, policy: policy, cache: nil)
                    read.vocabularyNotes = notes
                    reused.remove(read.path)
                    if let new = read.fresh { fresh[read.path] = new }
                }
                read.dependsOn = dependsOn
                guard var session = read.session else { continue }
                let findings = (series.findings[read.path] ?? []).lenient(for: session.meta.status).strictened(strict)
                diagnostics += findings
                read.diagnostics = (read.diagnostics + findings).sortedByPosition()
                if findings.errorCount > 0 {
                    fail(read.path, read.slug, read.diagnostics)
                    continue
                }
                // (None while the follow-up waits for its earlier session, which has errors or is a concept: its report
                // said “Deze sessie gaf geen status …” under a link to that session.)
                session.review = series.reviews[session.slug]
                session.followsProblem = series.problems[session.slug]
                read.session = session
                read.followsPublished = session.meta.follows.map(series.chainIsPublished) ?? false
                reviewed.append(read)
            }
            followUps = []
            // The series holds them now.
            nodes = []
            return reviewed
        }

        /// Follow-ups, and notes with errors that follow a session, naming a participant of an earlier session of their
        /// series (EarlierParticipants): their findings as read again with those names, in place of the first read's;
        /// held back before the series is made, so that a session after them waits for them as for one with errors (a
        /// retest: the next session showed the held-back one's options, name and all). Each time, from the notes: not
        /// in the cache's findings, so an unchanged follow-up kept back so is read again next time, and looked at
        /// against its series as it is then.
        private mutating func holdBackEarlierNames() {
            let candidates = followUps.map { ($0.path, $0.slug) } + failed.map { ($0.path, $0.slug) }
            guard !candidates.isEmpty else { return }
            // (The file of each slug, the first where two give one.)
            let paths = Dictionary(files.map { ($0.slug, $0.path) }, uniquingKeysWith: { first, _ in first })
            for (path, slug) in candidates {
                let earlier = Checking.earlierParticipants(path: path, policy: policy) { paths[$0] }
                guard let again = Checking.findingsNaming(earlier, path: path, slug: slug, policy: policy) else { continue }
                let naming = files.first { $0.path == path }?.naming ?? []
                diagnostics.removeAll { $0.path == path }
                diagnostics += (naming + again).strictened(strict)
                if followUps.contains(where: { $0.path == path }) {
                    followUps.removeAll { $0.path == path }
                    nodes.removeAll { $0.path == path }
                    failed.append((path, slug))
                }
                privacyFailed.insert(path)
            }
        }

        /// `light` in full: from the cache's outline when the notes are unchanged since it was made,
        /// else from the notes (read again: only sessions that others follow, a few per series).
        private func fullNode(_ light: SeriesNode) -> SeriesNode {
            if let entry = cache?.entries[BuildCache.name(light.path)], entry.hash == hashes[light.slug], entry.slug == light.slug,
               let session = cache?.session(of: entry, path: light.path) {
                return SeriesNode(session)
            }
            guard let session = SessionReader.read(path: light.path, slug: light.slug, policy: policy).session else { return light }
            return SeriesNode(session)
        }

        /// The sessions `slug` follows, one `vervolg_op` after another, with the hash of each one's
        /// file now ("" for a slug no file has); a loop ends the chain.
        private func earlierSessions(of slug: String, in nodes: [String: SeriesNode]) -> [String: String] {
            var chain: [String: String] = [:]
            var current = nodes[slug]?.follows
            while let earlier = current, earlier != slug, chain[earlier] == nil {
                chain[earlier] = hashes[earlier] ?? ""
                current = nodes[earlier]?.follows
            }
            return chain
        }

        /// Notes with errors: among `failed`, and among `privacyFailed` with a privacy error.
        private mutating func fail(_ path: String, _ slug: String, _ diagnostics: [Diagnostic]) {
            failed.append((path, slug))
            if diagnostics.contains(where: \.isPrivacyError) {
                privacyFailed.insert(path)
            }
        }

        /// Lets go of the last build's cache (once the pass is done with it).
        mutating func forgetCache() {
            cache = nil
        }

        /// Whether some notes follow others (`vervolg_op`): only those are checked, rendered and kept across
        /// files; without them `checkAcrossFiles` changes nothing of what was kept or reused.
        var hasFollowUps: Bool { !followUps.isEmpty }

        /// The notes whose cache entry vouched for them (so far: a follow-up may be read again across files).
        var reusedSoFar: Set<String> { reused }

        /// `kept` as the result holds it: in path order, read again under this pass's policy when an outline is gone.
        func ordered(_ kept: KeptSessions) -> KeptSessions {
            var kept = kept.sortedByPath()
            kept.policy = policy
            return kept
        }

        /// What the pass found; `kept`: the sessions kept of the files ready to render.
        func result(kept: KeptSessions) -> Result {
            var result = Result(kept: ordered(kept), diagnostics: Self.uniqueSorted(diagnostics),
                                fileCount: files.count, failed: failed.sorted { $0.path < $1.path })
            for file in files where !file.naming.isEmpty { result.naming[file.path] = file.naming }
            result.reused = reused
            result.privacyFailed = privacyFailed
            result.fresh = fresh
            result.series = series
            return result
        }

        /// `diagnostics` sorted by position (`sortedByPosition`), without a finding equal to one before it. The same
        /// finding twice (a YAML alias repeats a node) is printed once. Sorted first, the findings at one spot (file,
        /// line, column, code) stand together, in the order they came: each is compared with those kept at its spot
        /// only. (Hashing every finding's spot, path and all, was a millisecond of a one-file rebuild; before that,
        /// hashing every message, Unicode-normalised, a tenth of it.)
        static func uniqueSorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
            var unique: [Diagnostic] = []
            unique.reserveCapacity(diagnostics.count)
            // Where the findings kept at the spot of the last one kept begin.
            var spot = 0
            for diagnostic in diagnostics.sortedByPosition() {
                if let last = unique.last, last.location.line == diagnostic.location.line,
                   last.location.column == diagnostic.location.column, last.code == diagnostic.code, last.path == diagnostic.path {
                    guard !unique[spot...].contains(diagnostic) else { continue }
                } else {
                    spot = unique.count
                }
                unique.append(diagnostic)
            }
            return unique
        }
    }
}
