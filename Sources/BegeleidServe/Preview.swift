import BegeleidModel
import BegeleidPipeline
import Foundation

/// `begeleid watch`: build once, serve the output folder on 127.0.0.1 (unless
/// told otherwise), rebuild what a saved file touches, and reload every open
/// page. Notes with errors show their findings where the report would be.
/// The server is PreviewServer (Hummingbird 2 on SwiftNIO) behind the
/// preview's own guards; a web page of another site can neither read it nor
/// stall it (docs/hardening.md).
public final class Preview: Sendable {
    public struct Options: Sendable {
        public var building: Building.Options
        public var templates: String?
        public var host: String
        public var port: UInt16
        public var limits: PreviewLimits

        public init(
            building: Building.Options, templates: String?, host: String = "127.0.0.1", port: UInt16 = 8000,
            limits: PreviewLimits = PreviewLimits()
        ) {
            self.building = building
            self.templates = templates
            self.host = host
            self.port = port
            self.limits = limits
        }
    }

    /// A problem that stops the preview before it serves (exit 2).
    public struct Failure: Error, Sendable {
        public var path: String
        public var message: LocalizedText
    }

    let options: Options
    let server: PreviewServer
    let state = PreviewState()
    let channel = ReloadChannel()
    /// The templates as last loaded: read again only when a template changes.
    let templates = TemplateCache()
    /// What the proposals took from the sessions at the last rebuild.
    let lastProposalInputs = LastProposalInputs()
    /// Notices saves, from before the first build on (InputWatcher).
    let watcher: InputWatcher
    let log: @Sendable (String) -> Void
    /// The findings of each build in the files it read anew, for the terminal.
    let findings: @Sendable ([Diagnostic]) -> Void

    public init(
        options: Options, log: @escaping @Sendable (String) -> Void,
        findings: @escaping @Sendable ([Diagnostic]) -> Void = { _ in }
    ) throws(Failure) {
        self.options = options
        self.log = log
        self.findings = findings
        watcher = InputWatcher(folders: [options.building.input] + (options.templates.map { [$0] } ?? []))
        Building.keepFileStamps()
        let host = options.host == "localhost" ? "127.0.0.1" : options.host
        var address = in_addr()
        guard inet_pton(AF_INET, host, &address) == 1 else {
            throw Failure(path: options.host, message: LocalizedText(
                nl: "geen bruikbaar IPv4-adres om op te luisteren", en: "not a usable IPv4 address to listen on"))
        }
        let language = options.building.language
        server = PreviewServer(
            host: host, port: options.port, limits: options.limits,
            handler: PreviewHandler(state: state), reload: channel,
            say: { message in log(message.text(language)) })
    }

    /// Builds, starts serving, and returns the port it listens on.
    public func start() async throws -> UInt16 {
        try Self.checkFree(host: options.host == "localhost" ? "127.0.0.1" : options.host, port: options.port)
        // A save made while the first build runs is a change for `watch`.
        watcher.markBaseline()
        if let due = try await rebuild() { try await makeProposals(due) }
        // The folder exists now: its real path is what served files must lie in.
        await state.setFiles(OutputFiles(root: options.building.output))
        return try await server.start()
    }

    /// Rebuilds on every change until cancelled.
    public func watch() async {
        var snapshot = watcher.takeBaseline()
        while !Task.isCancelled {
            guard let next = try? await watcher.nextChange(after: snapshot) else { return }
            let changed = InputWatcher.changes(from: snapshot, to: next)
            snapshot = next
            // Only notes of known sessions saved: their pages are made from the notes as they stand, so the room
            // sees the save at once; the build then writes the output folder, and every page reloads once more.
            if changed.isSubset(of: next.keys), await state.makesPages(from: changed) { await channel.reload() }
            var due: DueProposals?
            do {
                due = try await rebuild(changed: changed)
            } catch {
                log(error.message.text(options.building.language))
            }
            await channel.reload()
            // Proposals are not what the room watches: made once its pages are reloaded.
            if let due {
                do {
                    try await makeProposals(due)
                } catch {
                    log(error.message.text(options.building.language))
                }
            }
        }
    }

    /// Closes the open pages' WebSockets and stops serving (within half a second).
    public func stop() async {
        await channel.closeAll()
        await server.stop()
    }

    /// Proposals a rebuild found due (ProposalInputs), to be made after it.
    struct DueProposals: Sendable {
        let reports: Building.Result
        let templates: Pipeline.Templates
    }

    /// Makes the proposals a rebuild found due.
    func makeProposals(_ due: DueProposals) async throws(Failure) {
        do throws(Building.Failure) {
            // What the profiles and the offer have to say, in the terminal (else said by `build` and `check` alone).
            if let made = try Pipeline.propose(after: due.reports, options.building, templates: due.templates) {
                findings(made.diagnostics)
            }
        } catch {
            // Not made: made again at the next rebuild, whatever it changes.
            await lastProposalInputs.forget()
            throw Failure(path: error.path, message: error.message)
        }
    }

    /// One build (incremental), then the error pages of the notes that failed; returns the proposals due, if any.
    /// `changed` are the files saved since the last one (nil: the first build).
    @discardableResult
    func rebuild(changed: Set<String>? = nil) async throws(Failure) -> DueProposals? {
        let started = Date()
        // BEGELEID_PHASES=1: this rebuild's phases counted afresh, their spans from now.
        Phases.reset()
        let templateFolder = options.templates.map { URL(fileURLWithPath: $0).standardizedFileURL.path + "/" }
        let isUnder = { (folder: String, path: String) in URL(fileURLWithPath: path).standardizedFileURL.path.hasPrefix(folder) }
        let templatesChanged = changed.map { paths in templateFolder.map { folder in paths.contains { isUnder(folder, $0) } } ?? false } ?? true
        let templates: Pipeline.Templates
        do {
            templates = try await self.templates.load(options.templates, reload: templatesChanged)
        } catch {
            throw Failure(path: error.path, message: error.message)
        }
        // Proposals are not what the room watches: made again only when a profile, the offer or a template changed,
        // or what they take from the sessions may have (ProposalInputs).
        let inputFolder = URL(fileURLWithPath: options.building.input).standardizedFileURL.path + "/"
        let profilesChanged = templatesChanged || (changed ?? []).contains { path in
            isUnder(inputFolder + Layout.profiles + "/", path) || URL(fileURLWithPath: path).lastPathComponent == Layout.offer
        }
        let result: Building.Result
        do throws(Building.Failure) {
            result = try Pipeline.build(options.building, templates: templates, proposals: false).reports
        } catch {
            throw Failure(path: error.path, message: error.message)
        }
        let inputs = ProposalInputs(result.checking)
        let last = await lastProposalInputs.swap(inputs)
        let due = profilesChanged || inputs.differ(from: last, changed: changed ?? [])
        // In the terminal: what the files just read have to say, and where a page with errors is.
        let read = result.checking.read
        findings(result.checking.diagnostics.filter { read.contains($0.path) })
        // `waarden.yaml`, at the first build and when saved (a broken one was built over without a word).
        let synonymsSaved = changed.map { $0.contains { Layout.fileName($0) == Layout.synonyms } } ?? true
        if synonymsSaved, !result.synonymDiagnostics.isEmpty {
            findings(result.synonymDiagnostics)
            if result.synonymDiagnostics.errorCount > 0 {
                log(options.building.language == .dutch
                    ? "let op: overzicht.html is niet bijgewerkt, want waarden.yaml bevat fouten"
                    : "note: overzicht.html was not updated, as waarden.yaml has errors")
            }
        }
        // Every session's report is shown as it stands, with its findings above it.
        let naming = result.checking.naming
        var notes: [String: PreviewState.Notes] = [:]
        for session in result.checking.kept.entries {
            notes[session.slug] = PreviewState.Notes(path: session.path, naming: naming[session.path] ?? [])
        }
        for failed in result.checking.failed {
            // A file that gives the name of a session read without errors (a copy `epe_camera.md` beside `epe-camera.md`,
            // `slug-collision`) does not take that session's page: the room kept seeing the copy's error page, also when
            // the real notes were saved (a blind tester). Its findings are in the terminal, above.
            if let owner = notes[failed.slug] {
                log(options.building.language == .dutch
                    ? "fouten in \(failed.path) (hierboven); /sessies/\(failed.slug)/rapport.html blijft \(owner.path) tonen"
                    : "errors in \(failed.path) (above); /sessies/\(failed.slug)/rapport.html goes on showing \(owner.path)")
                continue
            }
            log(options.building.language == .dutch
                ? "fouten in \(failed.path): /sessies/\(failed.slug)/rapport.html toont ze"
                : "errors in \(failed.path): /sessies/\(failed.slug)/rapport.html shows them")
            notes[failed.slug] = PreviewState.Notes(path: failed.path, naming: naming[failed.path] ?? [])
        }
        await state.update(notes: notes, series: Pipeline.PreviewSeries(result.checking), templates: templates, options: options.building)
        let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
        let rendered = result.rendered.count - result.upToDate
        let errors = result.checking.failedCount
        switch options.building.language {
        case .dutch:
            log("gebouwd in \(milliseconds) ms: \(rendered) opnieuw, \(result.upToDate) ongewijzigd, \(errors) met fouten")
        case .english:
            log("built in \(milliseconds) ms: \(rendered) rendered, \(result.upToDate) up to date, \(errors) with errors")
        }
        // BEGELEID_PHASES=1: where this rebuild's time went (issue 18).
        if Phases.enabled { log(Phases.table(sessions: 1)) }
        return due ? DueProposals(reports: result, templates: templates) : nil
    }
}

/// The templates of the last build, kept while they stay the same.
actor TemplateCache {
    private var current: Pipeline.Templates?

    func load(_ folder: String?, reload: Bool) throws(Building.Failure) -> Pipeline.Templates {
        if !reload, let current { return current }
        let templates = try Pipeline.Templates.load(folder)
        current = templates
        return templates
    }
}

extension Preview {
    /// A port another program already listens on is said at once, not after a timeout.
    static func checkFree(host: String, port: UInt16) throws(Failure) {
        guard port != 0 else { return }
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        // As the server binds (Hummingbird's `reuseAddress`): the connections of a preview just stopped, still closing
        // (TIME_WAIT, FIN-WAIT-2), do not hold the port; only a program listening on it does. Without it a `watch`
        // started again at once was refused for a minute and a half (a blind tester, the beamer's browser open).
        var one: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr(host)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if bound != 0, errno == EADDRINUSE {
            throw Failure(path: "\(host):\(port)", message: LocalizedText(
                nl: "poort \(port) is al in gebruik; kies een andere met --port (of --port 0 voor een vrije)",
                en: "port \(port) is already in use; choose another with --port (or --port 0 for a free one)"))
        }
    }
}
