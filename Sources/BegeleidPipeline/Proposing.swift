import BegeleidChecks
import BegeleidModel
import BegeleidProposals
import BegeleidReader
import BegeleidRender
import Foundation

/// Proposals: read the offer and the organisation profiles, check them,
/// work each profile out into a proposal and write it.
public enum Proposing {
    public struct Options: Sendable {
        public var input: String
        public var output: String
        public var strict: Bool
        /// Only these profiles (by slug); all when empty.
        public var slugs: [String]
        /// Also `voorstel.pdf` and `voorstel.docx`.
        public var formats: ExtraFormats
        /// How large input files may be; confined to `input` when reading.
        public var policy: InputPolicy
        /// Whether a foreign output folder may be adopted, and whether to wait for another build.
        public var access: OutputFolder.Access
        /// `YYYY-MM-DD`: a proposal dated before it gets a warning (never a different output).
        public var today: String = ISODate.today()

        public init(
            input: String, output: String, strict: Bool, slugs: [String] = [], formats: ExtraFormats = ExtraFormats(),
            policy: InputPolicy = .standard, access: OutputFolder.Access = .init()
        ) {
            self.access = access
            self.input = input
            self.output = output
            self.strict = strict
            self.slugs = slugs
            self.formats = formats
            self.policy = policy.confined(to: input)
        }

        var profilesFolder: String { (input as NSString).appendingPathComponent("organisaties") }
        var offerPath: String { (input as NSString).appendingPathComponent("aanbod.yaml") }
    }

    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        /// Profiles read, plus the offer.
        public var fileCount: Int
        /// Slugs of the profiles (and the offer's path) with errors.
        public var failed: [String]
        /// Slugs of the proposals written.
        public var rendered: [String]
        public var written: [String]
        /// The folders of proposals left from an earlier version of a profile that now has errors, or of the offer
        /// (`staleOffer`): each of their files (a blind tester was told of the HTML only and could have sent the PDF).
        public var stale: [String] = []
        /// The folders of earlier proposals taken away: they cite a session that may not be cited any more (blind
        /// tester 42: a proposal was gone without a word).
        public var withdrawn: [String] = []
        /// The folders of proposals whose profile is gone (renamed or deleted), left as they are.
        public var orphaned: [String] = []
        /// The path of the offer when it has errors: the proposals left stand because of it, not of their profiles.
        public var staleOffer: String?
    }

    /// Whether `input` has profiles at all (`build` skips proposals when not).
    public static func hasProfiles(in input: String) -> Bool {
        !ProfileFiles.collect((input as NSString).appendingPathComponent("organisaties")).isEmpty
    }

    /// The profiles' files, for `check`.
    public static func profileFiles(in folder: String) -> [String] {
        ProfileFiles.collect(folder)
    }

    /// Reads and checks the offer and the chosen profiles; builds the proposals
    /// of those without errors. `sessions` are the checked sessions to cite from.
    public static func run(_ options: Options, sessions: [Session], renderer: Renderer) throws(Building.Failure) -> Result {
        try options.formats.requireTools()
        let wasMarked = try OutputFolder.claim(options.output, input: options.input, force: options.access.force)
        return try OutputLock.holding(options.output, access: options.access) { () throws(Building.Failure) -> Result in
            try propose(options, sessions: sessions, renderer: renderer, sweep: wasMarked)
        }
    }

    /// Checks and writes, holding the output folder's lock; `sweep`: the folder was begeleid's before.
    private static func propose(_ options: Options, sessions: [Session], renderer: Renderer, sweep: Bool) throws(Building.Failure) -> Result {
        var files = ProfileFiles.collect(options.profilesFolder)
        if !options.slugs.isEmpty {
            let known = Dictionary(files.map { (ProfileFiles.slug(forPath: $0), $0) }, uniquingKeysWith: { first, _ in first })
            for slug in options.slugs where known[slug] == nil {
                let suggestion = Names.nearest(to: slug, in: known.keys.sorted()).map { " (bedoelde je “\($0)”?)" } ?? ""
                let english = Names.nearest(to: slug, in: known.keys.sorted()).map { " (did you mean “\($0)”?)" } ?? ""
                throw Building.Failure(path: (options.profilesFolder as NSString).appendingPathComponent("\(slug).yaml"),
                    message: LocalizedText(nl: "geen profiel met deze naam\(suggestion)", en: "no profile of that name\(english)"))
            }
            var seen: Set<String> = []
            files = options.slugs.filter { seen.insert($0).inserted }.compactMap { known[$0] }
        }
        let offerCheck = checkOffer(at: options.offerPath, strict: options.strict, policy: options.policy)
        var diagnostics = offerCheck.diagnostics
        var failed = offerCheck.usable ? [] : [options.offerPath]
        var proposals: [Proposal] = []
        var stale: [String] = []
        var withdrawn: [String] = []
        // A broken offer is reported once, in its own file, not again as each profile's fault.
        let checked = checkedProfiles(
            files, offer: offerCheck.usable ? offerCheck.offer : nil, strict: options.strict, policy: options.policy,
            sessions: sessions, today: options.today)
        for profile in checked {
            diagnostics += profile.diagnostics
            guard profile.diagnostics.errorCount == 0, offerCheck.usable, let offer = offerCheck.offer,
                  let read = profile.profile,
                  let proposal = ProposalBuilder.build(profile: read, offer: offer, sessions: sessions) else {
                if profile.diagnostics.errorCount > 0 { failed.append(profile.slug) }
                let folder = (options.output as NSString).appendingPathComponent("voorstellen/\(profile.slug)")
                let earlier = (folder as NSString).appendingPathComponent("voorstel.html")
                if FileManager.default.fileExists(atPath: earlier) {
                    let proposal = EarlierProposal(folder: folder)
                    if proposal.citesOnlyCitable(sessions: sessions, input: options.input, policy: options.policy) {
                        stale.append(folder)
                    } else {
                        proposal.withdraw()
                        withdrawn.append(folder)
                    }
                }
                continue
            }
            proposals.append(proposal)
        }
        var orphaned: [String] = []
        if options.slugs.isEmpty {
            let orphans = withdrawOrphans(options, profiles: Set(checked.map(\.slug)), sessions: sessions)
            withdrawn += orphans.withdrawn
            orphaned = orphans.kept
        }
        if sweep { OutputWriter.sweepLeftovers(in: (options.output as NSString).appendingPathComponent("voorstellen")) }
        let writer = OutputWriter(root: options.output)
        var written: [String] = []
        for proposal in proposals {
            for file in renderer.proposalFiles(proposal) {
                let relative = "voorstellen/\(proposal.profile.slug)/\(file.name)"
                try writer.write(file.data, to: relative)
                written.append(relative)
            }
            written += try options.formats.convert(
                folder: "voorstellen/\(proposal.profile.slug)", stem: "voorstel", in: options.output,
                language: proposal.language, date: proposal.profile.date)
        }
        if !proposals.isEmpty {
            try writer.write(Renderer.proposalSchema, to: "voorstellen/schema.json")
            written.append("voorstellen/schema.json")
        }
        return Result(diagnostics: diagnostics.sortedByPosition(), fileCount: files.count + 1, failed: failed,
                      rendered: proposals.map(\.profile.slug), written: written, stale: stale, withdrawn: withdrawn,
                      orphaned: orphaned, staleOffer: offerCheck.usable ? nil : options.offerPath)
    }

    /// The proposals in the output folder whose profile is gone: each is withdrawn when it cites a session that
    /// may not be cited any more, as the proposal of a profile with errors is (EarlierProposal). (Found by a blind
    /// tester: a profile deleted, a session it cited made not public, and the proposal went on citing it.)
    /// Returns the folders withdrawn, and those kept (their profile gone, but citing only what may be cited: said, so
    /// that a renamed profile's old proposal is not taken for a current one, blind tester 42).
    private static func withdrawOrphans(
        _ options: Options, profiles: Set<String>, sessions: [Session]
    ) -> (withdrawn: [String], kept: [String]) {
        let folder = (options.output as NSString).appendingPathComponent("voorstellen")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return ([], []) }
        var result: (withdrawn: [String], kept: [String]) = ([], [])
        for name in names.sorted() where !profiles.contains(name) {
            let earlier = EarlierProposal(folder: (folder as NSString).appendingPathComponent(name))
            guard FileManager.default.fileExists(atPath: (earlier.folder as NSString).appendingPathComponent("voorstel.json"))
                    || FileManager.default.fileExists(atPath: (earlier.folder as NSString).appendingPathComponent("voorstel.html")) else { continue }
            if earlier.citesOnlyCitable(sessions: sessions, input: options.input, policy: options.policy) {
                result.kept.append(earlier.folder)
            } else {
                earlier.withdraw()
                result.withdrawn.append(earlier.folder)
            }
        }
        return result
    }

    /// What checking profiles and the offer found (for `check`).
    public struct CheckResult: Sendable {
        public var diagnostics: [Diagnostic]
        public var fileCount: Int
        public var failedCount: Int
    }

    /// Checks `profiles` against the offer at `offerPath` (the offer's own
    /// findings only when `checkOffer` is set, so that it is reported once).
    /// `sessions`: the sessions read without errors, to weigh `vergelijkbaar` against (nil: not weighed).
    public static func check(
        profiles: [String], offerPath: String?, reportOffer: Bool, strict: Bool, policy: InputPolicy = .standard,
        sessions: [Session]? = nil, today: String = ISODate.today()
    ) -> CheckResult {
        var diagnostics: [Diagnostic] = []
        var failed = 0
        var offer: Offer?
        if let offerPath, FileManager.default.fileExists(atPath: offerPath) || reportOffer {
            let checked = checkOffer(at: offerPath, strict: strict, policy: policy)
            offer = checked.usable ? checked.offer : nil
            if reportOffer {
                diagnostics += checked.diagnostics
                failed += checked.usable ? 0 : 1
            }
        }
        for profile in checkedProfiles(profiles, offer: offer, strict: strict, policy: policy, sessions: sessions, today: today) {
            diagnostics += profile.diagnostics
            failed += profile.diagnostics.errorCount > 0 ? 1 : 0
        }
        return CheckResult(diagnostics: diagnostics.sortedByPosition(), fileCount: profiles.count + (reportOffer ? 1 : 0),
                           failedCount: failed)
    }

    /// The offer and its findings; `usable` when it has no errors.
    static func checkOffer(
        at path: String, strict: Bool, policy: InputPolicy
    ) -> (offer: Offer?, diagnostics: [Diagnostic], usable: Bool) {
        guard FileManager.default.fileExists(atPath: path) else {
            return (nil, [Diagnostic(
                .error, .offerMissing, path: path, at: SourceLocation(line: 1, column: 1),
                LocalizedText(
                    nl: "het aanbod ontbreekt: voorstellen hebben Input/aanbod.yaml nodig (zie docs/voorstellen.md)",
                    en: "the offer is missing: proposals need Input/aanbod.yaml (see docs/voorstellen.md)"))], false)
        }
        let output = OfferReader.read(path: path, policy: policy)
        let diagnostics = output.diagnostics.strictened(strict).sortedByPosition()
        return (output.offer, diagnostics, output.offer != nil && diagnostics.errorCount == 0)
    }

    struct CheckedProfile {
        var path: String
        var slug: String
        var profile: OrganisationProfile?
        var diagnostics: [Diagnostic]
    }

    static func checkedProfiles(
        _ files: [String], offer: Offer?, strict: Bool, policy: InputPolicy, sessions: [Session]?, today: String
    ) -> [CheckedProfile] {
        var owners: [String: String] = [:]
        // Where two files give the same slug, the one already named as a slug keeps it.
        let isSlugNamed = { (path: String) in
            ((path as NSString).lastPathComponent as NSString).deletingPathExtension == ProfileFiles.slug(forPath: path)
        }
        let ordered = files.filter(isSlugNamed) + files.filter { !isSlugNamed($0) }
        return ordered.map { path in
            let slug = ProfileFiles.slug(forPath: path)
            var diagnostics = FileNaming.findings(path: path, slug: slug, extensions: ["yaml", "yml"], owners: &owners)
            let output = ProfileReader.read(path: path, slug: slug, policy: policy)
            diagnostics += output.diagnostics
            if let profile = output.profile {
                diagnostics += ProfileChecker.check(profile, offer: offer, sessions: sessions, today: today)
            }
            return CheckedProfile(path: path, slug: slug, profile: output.profile, diagnostics: diagnostics.strictened(strict).sortedByPosition())
        }.sorted { $0.path < $1.path }
    }
}

/// Finding profile files and naming them.
enum ProfileFiles {
    static func slug(forPath path: String) -> String {
        SessionFiles.slug(forPath: path, fallback: "organisatie")
    }

    /// `.yaml` and `.yml` files in `folder`, not hidden, sorted.
    static func collect(_ folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { name in
            let lower = name.lowercased()
            return !name.hasPrefix(".") && (lower.hasSuffix(".yaml") || lower.hasSuffix(".yml"))
        }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }
}
