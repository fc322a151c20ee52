import BegeleidChecks
import BegeleidModel
import BegeleidReader
import Foundation

/// Reads and checks session files: the first two stages of every command.
public enum Checking {
    /// What checking a set of files found.
    public struct Result: Sendable {
        /// Sessions without errors, in path order (a build's loaded from its cache on demand).
        public var kept: KeptSessions
        /// Every session of `kept`, loaded.
        public var valid: [Session] { kept.all }
        public var diagnostics: [Diagnostic]
        public var fileCount: Int
        /// How many files have at least one error.
        public var failedCount: Int { failed.count }
        /// The paths and slugs of the files with at least one error.
        public var failed: [(path: String, slug: String)]
        /// The paths of those of `failed` with a privacy error (`Diagnostic.privacyCodes`): an earlier report of them
        /// may show what no report may, and goes (Aggregates.previousReports).
        public var privacyFailed: Set<String> = []
        /// Files taken from the build cache unchanged (not read again).
        public var reused: Set<String> = []
        /// Files read anew in this run.
        public var read: Set<String> { Set(fresh.keys) }
        /// Findings about a file's name (not a slug, two files giving one slug), by path.
        public var naming: [String: [Diagnostic]] = [:]
        /// Follow-up across sessions: the series pass's reviews, statuses and sessions.
        public var series = Series(nodes: [], slugs: [], failed: [])
        /// Files read anew: their hash, slug and findings, for the cache.
        var fresh: [String: (hash: String, slug: String, findings: [Diagnostic])] = [:]
    }

    /// Reads and checks `files`; with `strict`, warnings count as errors.
    /// `vocabulary`: the values' vocabulary and the synonyms merged with it, for notes on near spellings.
    public static func run(
        files: [String], strict: Bool, policy: InputPolicy = .standard, vocabulary: (Vocabulary, ValueSynonyms)? = nil
    ) -> Result {
        run(files: files, strict: strict, policy: policy, cache: nil, vocabulary: vocabulary)
    }

    /// The sessions of `files` without errors: the checks of each file, then the checks across files.
    /// `keepSessions` false: only the findings are wanted (`check` without profiles to weigh them
    /// against): no session is held, and `valid` is empty.
    static func run(
        files: [String], strict: Bool, policy: InputPolicy, cache: BuildCache?, vocabulary: (Vocabulary, ValueSynonyms)?,
        keepSessions: Bool = true
    ) -> Result {
        var pass = Pass(files: files, strict: strict, policy: policy, cache: cache, vocabulary: vocabulary)
        var valid: [Session] = []
        for batch in pass.batches {
            let ready = pass.check(batch)
            if keepSessions { valid += ready.compactMap(\.session) }
        }
        let reviewed = pass.checkAcrossFiles()
        if keepSessions { valid += reviewed.compactMap(\.session) }
        return pass.result(kept: KeptSessions(holding: valid))
    }

    /// Notes named one by one (`check Input/sessies/b.md`) that follow a session not named with them: checked again
    /// with the other notes of their folders beside them, and reported on themselves only, so that `vervolg_op` finds
    /// its session as a build finds it (alone, every follow-up got “no session of that name”).
    static func withFolders(_ checked: Result, files: [String], strict: Bool, policy: InputPolicy,
                            vocabulary: (Vocabulary, ValueSynonyms)?, keepSessions: Bool) -> Result {
        let slugs = Set(checked.series.nodes.keys).union(checked.failed.map(\.slug))
        guard checked.series.nodes.values.contains(where: { $0.follows.map { !slugs.contains($0) } ?? false }) else { return checked }
        let named = Set(files)
        // (A name without a folder is listed as `./name` in `.`: named as it was.)
        let beside = Set(files.map { ($0 as NSString).deletingLastPathComponent }).sorted().flatMap { folder in
            SessionFiles.collect([folder.isEmpty ? "." : folder]).files.map { folder.isEmpty ? String($0.dropFirst(2)) : $0 }
        }.filter { !named.contains($0) }
        guard !beside.isEmpty else { return checked }
        let wider = run(files: (files + beside).sorted(), strict: strict, policy: policy, cache: nil, vocabulary: vocabulary,
                        keepSessions: keepSessions)
        var result = wider
        result.diagnostics = wider.diagnostics.filter { named.contains($0.path) }
        result.failed = wider.failed.filter { named.contains($0.path) }
        result.privacyFailed = wider.privacyFailed.intersection(named)
        result.fileCount = checked.fileCount
        result.kept = wider.kept.only(named)
        result.naming = wider.naming.filter { named.contains($0.key) }
        return result
    }

    /// Reads one file (or takes it from the cache) and checks it.
    /// `notesKey`: the synonyms the vocabulary notes are made under now (Pass.notesKey); a cached
    /// summary made under them stands for an unchanged session that follows nothing, unread.
    static func read(
        _ path: String, slug: String, naming: [Diagnostic], strict: Bool, policy: InputPolicy, cache: BuildCache?, notesKey: String = "",
        stamp taken: FileStamp? = nil
    ) -> Read {
        // A file this process has hashed before and `stat` says is unchanged keeps that hash unread;
        // otherwise (a doubt) its bytes decide (FileStamp.Memo: `watch` builds again and again).
        // (`taken`: what `stat` said a moment before, Pass.stampFiles; a file changed too recently then is asked
        // again now, when it may have settled: a corpus made just before a long build was otherwise read again whole.)
        let stamp = cache == nil ? nil : taken ?? FileStamp.of(path)
        let cached = cache?.entries[BuildCache.name(path)]
        var bytes: Swift.Result<[UInt8], Diagnostic>?
        let hash: String
        if let stamp, let known = FileStamp.memo.hash(of: path, stamp: stamp) {
            hash = known
        } else {
            let read = Phases.measure("invoer/input") { InputFile.bytes(at: path, policy: policy) }
            bytes = read
            hash = Phases.measure("hash") { (try? read.get()).map(BuildCache.hash) ?? "" }
            if let stamp, case .success = read { FileStamp.memo.record(path, stamp: stamp, hash: hash) }
        }
        let output: SessionReader.Output
        let findings: [Diagnostic]
        var fresh: (hash: String, slug: String, findings: [Diagnostic])?
        let entry = cached.flatMap { $0.hash == hash && $0.slug == slug ? $0 : nil }
        // A valid entry comes back as the outline the cache keeps; without one (or its outputs gone) the notes are read again.
        // (A follow-up whose earlier sessions changed is read again after all, in the pass across files.)
        // A session that follows nothing comes back as its summary; a follow-up (the pass across files reviews
        // its options) or one whose notes were made under other synonyms, as its outline.
        let summary = entry.flatMap { entry in
            entry.valid ? entry.summary.flatMap { $0.follows == nil && $0.notesKey == notesKey ? $0 : nil } : nil
        }
        let reusedSession = summary != nil ? nil
            : entry.flatMap { entry in entry.valid ? Phases.measure("cache lezen/cache read") { cache?.session(of: entry, path: path) } : nil }
        // Notes kept back only by findings of the series pass are read again too (their cached findings have no error).
        let keptBack = entry.map { !$0.valid && $0.findings.map { $0.diagnostic(path: path) }.strictened(strict).errorCount > 0 } ?? false
        if let entry, keptBack || reusedSession != nil || summary != nil {
            output = SessionReader.Output(session: reusedSession, diagnostics: [])
            findings = entry.findings.map { $0.diagnostic(path: path) }
        } else {
            // Read above unless the stamp vouched for the hash; then read now (and hashed, for the cache, as it is now).
            let read = bytes ?? InputFile.bytes(at: path, policy: policy)
            let readHash = bytes == nil ? (try? read.get()).map(BuildCache.hash) ?? "" : hash
            (output, findings) = check(read, path: path, slug: slug)
            fresh = (readHash, slug, findings)
        }
        let diagnostics = (naming + findings).strictened(strict).sortedByPosition()
        let valid = diagnostics.errorCount == 0
        return Read(path: path, slug: slug, hash: hash, session: valid ? output.session : nil, summary: valid ? summary : nil,
                    diagnostics: diagnostics, reused: fresh == nil, fresh: fresh)
    }

    /// One notes file read and checked: the reader's findings and every
    /// rule's, a concept's made lenient (only unreadable notes and privacy
    /// findings stay errors). The one check path of `build`, `check` and `watch`.
    /// `earlier`: the participants of the earlier sessions of its series (Checking.earlierParticipants).
    static func check(
        _ bytes: Swift.Result<[UInt8], Diagnostic>, path: String, slug: String, earlier: [SessionReader.EarlierParticipant] = []
    ) -> (output: SessionReader.Output, findings: [Diagnostic]) {
        let output: SessionReader.Output
        let lines: [Substring]
        switch bytes {
        case .success(let bytes):
            output = Phases.measure("lezen/read") { SessionReader.read(bytes: bytes, path: path, slug: slug, earlier: earlier) }
            lines = Phases.measure("regels/lines") { SourceLines.lines(bytes) }
        case .failure(let refusal):
            output = SessionReader.Output(session: nil, diagnostics: [refusal])
            lines = []
        }
        let findings = Phases.measure("controles/checks") {
            onlyTheNameOnItsLine((output.diagnostics + (output.session.map(Checker.check) ?? [])).lenient(for: output.session?.meta.status ?? .final))
        }
        return (output, Phases.measure("bereiken/ranges") { SourceRanges.complete(findings, lines: lines) })
    }

    /// `findings` without any other than `participant-name-in-text` on a line with a participant's name: a rule's message
    /// may say what the line says without quoting it (“geen effect of handelingsoptie noemt @zoe-quartelmaan (Zoe
    /// Quartelmaan)”, a blind tester), and the reader's redaction only knows quotes. Once the name is gone they are back.
    static func onlyTheNameOnItsLine(_ findings: [Diagnostic]) -> [Diagnostic] {
        let named = findings.filter { $0.code == .participantNameInText }
        guard !named.isEmpty else { return findings }
        let lines = Set(named.flatMap(\.lines))
        return findings.filter { $0.code == .participantNameInText || !lines.contains($0.location.line) }
    }

    /// Notes in memory, read and checked as a build does (for tests and tools).
    public static func check(bytes: [UInt8], path: String, slug: String) -> (session: Session?, findings: [Diagnostic]) {
        let (output, findings) = check(.success(bytes), path: path, slug: slug)
        return (output.session, findings.sortedByPosition())
    }

    /// The session in one notes file as it stands, whatever its findings (nil
    /// when it cannot be read at all), with its findings sorted: what the live
    /// preview shows while the notes are being typed.
    public static func asItStands(path: String, slug: String, policy: InputPolicy) -> (session: Session?, findings: [Diagnostic]) {
        let (output, findings) = check(InputFile.bytes(at: path, policy: policy), path: path, slug: slug)
        return (output.session, findings.sortedByPosition())
    }

    /// A `waarden.yaml` read once: its synonyms and its findings (warnings as errors with `strict`).
    public static func synonyms(
        at path: String, strict: Bool, policy: InputPolicy = .standard
    ) -> (synonyms: ValueSynonyms, diagnostics: [Diagnostic]) {
        let read = SynonymsReader.read(path: path, policy: policy)
        return (read.synonyms, read.diagnostics.strictened(strict).sortedByPosition())
    }

    /// The sessions in `input`'s `sessies/` that have no errors (for citing in proposals).
    public static func validSessions(in input: String, policy: InputPolicy = .standard) -> [Session] {
        run(files: SessionFiles.collect([Layout.join(input, Layout.sessions)]).files, strict: false,
            policy: policy.confined(to: input)).valid
    }
}
