import BegeleidModel
import BegeleidReader
import BegeleidRender
import Foundation

/// The one entry point of every command. `build`, `voorstel`, `watch` and
/// `check` (in BegeleidCLI and BegeleidServe) map their options onto these
/// steps and reach no further: the stages behind them are Building (collect →
/// check each file → write its report → check across files → aggregate →
/// cache), Proposing (profiles + offer → proposals) and Checking.
public enum Pipeline {
    /// `build` and every rebuild of `watch`: the reports, then the proposals (never in a public build).
    public struct Built: Sendable {
        public var reports: Building.Result
        /// Nil when there were no profiles, the build was public, or proposals were not asked for.
        public var proposals: Proposing.Result?

        /// Every finding of the build, sorted, each with where it ends, for the terminal.
        public var diagnostics: [Diagnostic] {
            SourceRanges.complete(reports.checking.diagnostics + reports.synonymDiagnostics + (proposals?.diagnostics ?? []))
                .sortedByPosition()
        }
        /// Files read: notes, `waarden.yaml`, profiles and the offer.
        public var fileCount: Int {
            reports.checking.fileCount + (reports.readSynonyms ? 1 : 0) + (proposals?.fileCount ?? 0)
        }
        /// Files with at least one error.
        public var failedCount: Int {
            reports.checking.failedCount + (reports.synonymDiagnostics.errorCount > 0 ? 1 : 0) + (proposals?.failed.count ?? 0)
        }
    }

    /// Reports of every session, then (`proposals`, and not in a public build) the proposals of the
    /// profiles in the input folder, citing the sessions just built.
    public static func build(
        _ options: Building.Options, templates: Templates, proposals: Bool = true, progress: Building.Progress? = nil
    ) throws(Building.Failure) -> Built {
        let reports = try Building.run(options, renderer: templates.renderer, progress: progress)
        return Built(reports: reports, proposals: proposals ? try propose(after: reports, options, templates: templates) : nil)
    }

    /// The proposals of the profiles in the input folder, citing the sessions `reports` built (nil when there
    /// are no profiles, or the build was public): the second half of `build`, which `watch` takes only when
    /// what the proposals show may have changed (ProposalInputs).
    public static func propose(
        after reports: Building.Result, _ options: Building.Options, templates: Templates
    ) throws(Building.Failure) -> Proposing.Result? {
        guard !options.publicOnly, Proposing.hasProfiles(in: options.input) else { return nil }
        let proposing = Proposing.Options(
            input: options.input, output: options.output, strict: options.strict, formats: options.formats,
            policy: options.policy, access: options.access)
        return try Phases.measure("voorstellen/proposals") { () throws(Building.Failure) in
            try Proposing.run(proposing, sessions: reports.checking.valid, renderer: templates.renderer)
        }
    }

    /// `voorstel`: the proposals of the profiles in `options.slugs` (all when empty), citing the
    /// sessions of the input folder that have no errors (their findings belong to `check`).
    public static func propose(_ options: Proposing.Options, templates: Templates) throws(Building.Failure) -> Proposing.Result {
        let sessions = Checking.validSessions(in: options.input, policy: options.policy)
        var result = try Proposing.run(options, sessions: sessions, renderer: templates.renderer)
        result.diagnostics = SourceRanges.complete(result.diagnostics)
        return result
    }

    /// A file's lines as the terminal may quote them: nil for a line that must not be quoted
    /// (names, private notes, comments: a terminal can be on a beamer too).
    public static func quotableLines(of path: String, findings: [Diagnostic]) -> [Substring?] {
        let source = SourceLines.read(path)
        let hidden = PrivateLines(source, path: path, diagnostics: findings)
        return source.enumerated().map { hidden.contains($0.offset + 1) ? nil : $0.element }
    }
}
