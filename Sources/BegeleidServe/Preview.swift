import BegeleidModel
import BegeleidPipeline
import BegeleidRender
import FlyingFox
import Foundation

/// `begeleid watch`: build once, serve the output folder on 127.0.0.1 (unless
/// told otherwise), rebuild what a saved file touches, and reload every open
/// page. Notes with errors show their findings where the report would be.
/// FlyingFox is the server: small, maintained, Swift concurrency throughout,
/// with websockets for the reload.
public final class Preview: Sendable {
    public struct Options: Sendable {
        public var building: Building.Options
        public var templates: String?
        public var host: String
        public var port: UInt16

        public init(building: Building.Options, templates: String?, host: String = "127.0.0.1", port: UInt16 = 8000) {
            self.building = building
            self.templates = templates
            self.host = host
            self.port = port
        }
    }

    /// A problem that stops the preview before it serves (exit 2).
    public struct Failure: Error, Sendable {
        public var path: String
        public var message: LocalizedText
    }

    let options: Options
    let server: HTTPServer
    let state = PreviewState()
    let channel = ReloadChannel()
    let log: @Sendable (String) -> Void

    public init(options: Options, log: @escaping @Sendable (String) -> Void) throws(Failure) {
        self.options = options
        self.log = log
        let host = options.host == "localhost" ? "127.0.0.1" : options.host
        do {
            let address = try sockaddr_in.inet(ip4: host, port: options.port)
            server = HTTPServer(address: address, logger: .disabled)
        } catch {
            throw Failure(path: options.host, message: LocalizedText(
                nl: "geen bruikbaar IPv4-adres om op te luisteren", en: "not a usable IPv4 address to listen on"))
        }
    }

    /// Builds, starts serving, and returns the port it listens on.
    public func start() async throws -> UInt16 {
        try await rebuild()
        let files = OutputFiles(root: options.building.output)
        await server.appendRoute("GET /__begeleid/herladen", to: .webSocket(channel))
        await server.appendRoute("*", to: PreviewHandler(files: files, state: state))
        let server = self.server
        Task { try await server.run() }
        try await server.waitUntilListening()
        if case .ip4(_, let port) = await server.listeningAddress { return port }
        return options.port
    }

    /// Rebuilds on every change until cancelled.
    public func watch() async {
        let watcher = InputWatcher(folders: [options.building.input] + (options.templates.map { [$0] } ?? []))
        var snapshot = watcher.snapshot()
        while !Task.isCancelled {
            guard let next = try? await watcher.nextChange(after: snapshot) else { return }
            snapshot = next
            do {
                try await rebuild()
            } catch {
                log(error.message.text(options.building.language))
            }
            await channel.reload()
        }
    }

    public func stop() async {
        await channel.closeAll()
        await server.stop(timeout: 1)
    }

    /// One build (incremental), then the error pages of the notes that failed.
    func rebuild() async throws(Failure) {
        let started = Date()
        let renderer: Renderer
        do {
            renderer = Renderer(templates: try TemplateSet.load(directory: options.templates))
        } catch {
            throw Failure(path: error.path, message: error.message)
        }
        let result: Building.Result
        do {
            result = try Building.run(options.building, renderer: renderer)
            if Proposing.hasProfiles(in: options.building.input) {
                _ = try Proposing.run(
                    Proposing.Options(input: options.building.input, output: options.building.output, strict: options.building.strict),
                    sessions: result.checking.valid, renderer: renderer)
            }
        } catch {
            throw Failure(path: error.path, message: error.message)
        }
        var pages: [String: String] = [:]
        for failed in result.checking.failed {
            let diagnostics = result.checking.diagnostics.filter { $0.path == failed.path }
            pages["sessies/\(failed.slug)/rapport.html"] = renderer.errorPage(
                path: failed.path, diagnostics: diagnostics, sourceLines: SourceLines.read(failed.path),
                language: options.building.language)
        }
        await state.setErrorPages(pages)
        let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
        let rendered = result.rendered.count - result.upToDate
        let errors = result.checking.failedCount
        switch options.building.language {
        case .dutch:
            log("gebouwd in \(milliseconds) ms: \(rendered) opnieuw, \(result.upToDate) ongewijzigd, \(errors) met fouten")
        case .english:
            log("built in \(milliseconds) ms: \(rendered) rendered, \(result.upToDate) up to date, \(errors) with errors")
        }
    }
}
