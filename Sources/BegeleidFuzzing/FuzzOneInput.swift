import BegeleidChecks
import BegeleidModel
import BegeleidMustache
import BegeleidPipeline
import BegeleidProposals
import BegeleidReader
import BegeleidRender
import Foundation

/// One fuzz input through the readers, the checks and the renderers: what
/// `begeleid-fuzz` runs for libFuzzer (and, replaying files, without it) and
/// what `FuzzRegressionTests` runs over `Tests/Corpus/fuzz-regressions/`.
///
/// The first byte chooses the reader (its value modulo 8), the rest is the file:
///
/// | first byte        | file                      | then                                          |
/// |-------------------|---------------------------|-----------------------------------------------|
/// | `0`…`3` (`'0'`…`'3'`) | session notes (`.md`) | `Checking.check`, the one check path of `build`; rendered (HTML, MD, JSON, SVG, data files) when free of errors, else the preview's error page |
/// | `4` (`'4'`)       | a Mustache template       | parsed by `Template`; when it parses, rendered over fixed values, alone and as every built-in partial |
/// | `5` (`'5'`)       | organisation profile      | `ProfileChecker.check` against `Input/aanbod.yaml`; the proposal rendered when free of errors |
/// | `6` (`'6'`)       | the offer (`aanbod.yaml`) | proposals for the profiles in `Input/organisaties/` rendered when free of errors |
/// | `7` (`'7'`)       | value synonyms (`waarden.yaml`) | the data files of the fixture sessions with those synonyms |
///
/// Seeds take the ASCII digit (`'0'`, `'4'`, `'5'`, `'6'`, `'7'`) so that they stay readable.
public enum FuzzOneInput {
    /// Which reader an input went to.
    public enum Kind: String, Sendable, CaseIterable {
        case session, template, profile, offer, synonyms
    }

    /// What one input came to (for the replay tool and the tests).
    public struct Outcome: Sendable {
        public var kind: Kind
        public var diagnostics: Int
        public var errors: Int
        /// Files rendered in memory.
        public var rendered: Int
    }

    /// The selector byte (an ASCII digit) that sends a file to `kind`.
    public static func selector(for kind: Kind) -> UInt8 {
        switch kind {
        case .session: UInt8(ascii: "0")
        case .template: UInt8(ascii: "4")
        case .profile: UInt8(ascii: "5")
        case .offer: UInt8(ascii: "6")
        case .synonyms: UInt8(ascii: "7")
        }
    }

    public static func kind(of selector: UInt8) -> Kind {
        switch selector % 8 {
        case 4: .template
        case 5: .profile
        case 6: .offer
        case 7: .synonyms
        default: .session
        }
    }

    /// Runs `data` (selector byte + file); an empty input does nothing.
    @discardableResult
    public static func run(_ data: [UInt8]) -> Outcome? {
        guard let selector = data.first else { return nil }
        let bytes = Array(data.dropFirst())
        switch kind(of: selector) {
        case .session: return session(bytes)
        case .template: return template(bytes)
        case .profile: return profile(bytes)
        case .offer: return offer(bytes)
        case .synonyms: return synonyms(bytes)
        }
    }

    /// Runs `size` bytes at `pointer` (the libFuzzer entry point's arguments).
    @discardableResult
    public static func run(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> Outcome? {
        guard let pointer, size > 0 else { return nil }
        return run(Array(UnsafeBufferPointer(start: pointer, count: size)))
    }

    // MARK: - The four readers

    static func session(_ bytes: [UInt8]) -> Outcome {
        let path = "fuzz.md"
        // The check path `build`, `check` and `watch` use, not a copy of it.
        let (session, diagnostics) = Checking.check(bytes: bytes, path: path, slug: "fuzz")
        var rendered = 0
        if diagnostics.errorCount == 0, let session {
            // What `build` writes for a session without errors.
            rendered += (try? renderer.sessionFiles(session).count) ?? 0
            rendered += (try? renderer.dataFiles([session]).count) ?? 0
            _ = renderer.index([session], language: session.meta.language)
            rendered += 1
        } else {
            // What the live preview shows for notes with errors.
            _ = renderer.errorPage(
                path: path, diagnostics: diagnostics, sourceLines: SourceLines.lines(bytes),
                language: session?.meta.language ?? .dutch)
            rendered += 1
        }
        return Outcome(kind: .session, diagnostics: diagnostics.count, errors: diagnostics.errorCount, rendered: rendered)
    }

    static func profile(_ bytes: [UInt8]) -> Outcome {
        let output = ProfileReader.read(bytes: bytes, path: "fuzz.yaml", slug: "fuzz")
        var diagnostics = output.diagnostics
        if let profile = output.profile { diagnostics += ProfileChecker.check(profile, offer: reference.offer) }
        var rendered = 0
        if diagnostics.errorCount == 0, let profile = output.profile, let offer = reference.offer,
           let proposal = ProposalBuilder.build(profile: profile, offer: offer, sessions: reference.sessions) {
            rendered += renderer.proposalFiles(proposal).count
        }
        return Outcome(kind: .profile, diagnostics: diagnostics.count, errors: diagnostics.errorCount, rendered: rendered)
    }

    static func offer(_ bytes: [UInt8]) -> Outcome {
        let output = OfferReader.read(bytes: bytes, path: "aanbod.yaml")
        var rendered = 0
        if output.diagnostics.errorCount == 0, let offer = output.offer {
            for profile in reference.profiles where ProfileChecker.check(profile, offer: offer).errorCount == 0 {
                if let proposal = ProposalBuilder.build(profile: profile, offer: offer, sessions: reference.sessions) {
                    rendered += renderer.proposalFiles(proposal).count
                }
            }
        }
        return Outcome(kind: .offer, diagnostics: output.diagnostics.count, errors: output.diagnostics.errorCount, rendered: rendered)
    }

    static func synonyms(_ bytes: [UInt8]) -> Outcome {
        let output = SynonymsReader.read(bytes: bytes, path: "waarden.yaml")
        var rendered = 0
        if output.diagnostics.errorCount == 0 {
            rendered += (try? renderer.dataFiles(reference.sessions, synonyms: output.synonyms).count) ?? 0
        }
        return Outcome(kind: .synonyms, diagnostics: output.diagnostics.count, errors: output.diagnostics.errorCount, rendered: rendered)
    }

    // MARK: - Fixed parts, made once

    static let renderer: Renderer = {
        guard let templates = try? TemplateSet.load(directory: nil) else { fatalError("the built-in templates do not load") }
        return Renderer(templates: templates)
    }()

    /// The offer, profiles and fixture sessions of this checkout, for the
    /// inputs that need a counterpart (found from this file's place, so the
    /// tool and the tests read the same ones; empty when they are absent).
    struct Reference: Sendable {
        var offer: Offer?
        var profiles: [OrganisationProfile]
        var sessions: [Session]
    }

    static let reference: Reference = {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let input = root.appendingPathComponent("Input")
        let offer = OfferReader.read(path: input.appendingPathComponent("aanbod.yaml").path).offer
        let profiles = files(in: input.appendingPathComponent("organisaties"), suffix: ".yaml").compactMap { path in
            ProfileReader.read(path: path, slug: ((path as NSString).lastPathComponent as NSString).deletingPathExtension).profile
        }
        let fixtures = root.appendingPathComponent("Tests/BegeleidTests/Fixtures/sessies")
        let sessions = files(in: fixtures, suffix: ".md").compactMap { path -> Session? in
            let checked = Checking.check(bytes: [UInt8](FileManager.default.contents(atPath: path) ?? Data()), path: path,
                                         slug: ((path as NSString).lastPathComponent as NSString).deletingPathExtension)
            return checked.findings.errorCount == 0 ? checked.session : nil
        }
        return Reference(offer: offer, profiles: profiles, sessions: sessions)
    }()

    private static func files(in folder: URL, suffix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(suffix) }.sorted().map { folder.appendingPathComponent($0).path }
    }
}
