import ArgumentParser
import BegeleidModel
import BegeleidPipeline
import BegeleidServe
import Foundation

struct WatchCommand: ExitingCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Live voorbeeld: bouw, toon in de browser en bouw opnieuw bij elke wijziging / live preview while typing.",
        discussion: """
            Bouwt, serveert de uitvoermap op http://127.0.0.1:8000/ en bouwt opnieuw zodra een bestand in \
            de invoermap of de sjablonen wordt bewaard; open pagina's laden vanzelf opnieuw. Stop met Ctrl-C. \
            Builds, serves the output folder on 127.0.0.1 and rebuilds on every save; open pages reload by themselves.
            """
    )

    @OptionGroup var folders: FolderOptions

    @ArgumentParser.Option(help: "Poort (0: een vrije) / port (0: any free one).")
    var port: UInt16 = 8000

    @ArgumentParser.Option(help: "Adres om op te luisteren; standaard alleen deze computer / address to listen on; default this computer only.")
    var host = "127.0.0.1"

    @OptionGroup var writing: OutputOptions
    @OptionGroup var common: CommonOptions

    mutating func execute() -> Int32 {
        let printer = common.printer
        let output = folders.output ?? "Output"
        let templates = Pipeline.Templates.folder(for: folders.templates)
        let options = Preview.Options(
            building: Building.Options(
                input: folders.input, output: output, strict: common.strict, language: common.lang,
                policy: common.policy(root: folders.input), access: writing.access(language: common.lang)),
            templates: templates, host: host, port: port)
        let preview: Preview
        let said = WatchFindings()
        let language = common.lang
        do {
            preview = try Preview(options: options, log: { line in
                let time = Self.clock()
                FileHandle.standardOutput.write(Data("[\(time)] \(line)\n".utf8))
            }, findings: { diagnostics in
                // (Only what is new since the last save, and a line of what stands: WatchFindings.)
                let (new, lines) = said.news(diagnostics, language: language)
                printer.print(new)
                if !lines.isEmpty, printer.format != .json { FileHandle.standardError.write(Data(lines.map { $0 + "\n" }.joined().utf8)) }
            })
        } catch {
            printer.usageError(path: error.path, error.message)
            return 2
        }
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        let task = Task {
            do {
                let port = try await preview.start()
                let url = "http://\(options.host == "localhost" ? "127.0.0.1" : options.host):\(port)/"
                let line = language == .dutch
                    ? "Live voorbeeld op \(url) — bewaar een bestand in \(options.building.input)/ en de pagina ververst. Stop met Ctrl-C.\n"
                    : "Live preview at \(url) — save a file in \(options.building.input)/ and the page refreshes. Stop with Ctrl-C.\n"
                // Written at once, not buffered: an editor or a script waits for this line.
                FileHandle.standardOutput.write(Data(line.utf8))
                if !["127.0.0.1", "localhost"].contains(options.host) {
                    FileHandle.standardOutput.write(Data((language == .dutch
                        ? "let op: het voorbeeld is nu ook vanaf het netwerk te zien, met niet-openbare rapporten; open het via het adres van deze computer\n"
                        : "note: the preview can now be seen from the network, non-public reports included; open it at this computer's address\n").utf8))
                }
                await preview.watch()
            } catch let failure as Preview.Failure {
                outcome.set(2, failure.path, failure.message)
            } catch {
                outcome.set(2, "\(options.host):\(options.port)", LocalizedText(
                    nl: "kan niet luisteren: \(error)", en: "cannot listen: \(error)"))
            }
            await preview.stop()
            done.signal()
        }
        // Ctrl-C (and a terminal closing) stops the server cleanly, and within a second whatever
        // it is doing: a build half-way is left as a killed build is (written files whole, the
        // next build finishes it), a client that will not let go is simply dropped.
        // (On a queue of their own: the global queues' threads may all be busy rendering.)
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let signals = DispatchQueue(label: "begeleid.signals")
        let sources = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            let source = DispatchSource.makeSignalSource(signal: number, queue: signals)
            source.setEventHandler {
                task.cancel()
                signals.asyncAfter(deadline: .now() + .milliseconds(700)) { done.signal() }
            }
            source.resume()
            return source
        }
        done.wait()
        sources.forEach { $0.cancel() }
        if let failure = outcome.failure {
            printer.usageError(path: failure.path, failure.message)
            return failure.code
        }
        return 0
    }

    static func clock() -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents([.hour, .minute, .second], from: Date())
        let pad = { (n: Int?) in (n ?? 0) < 10 ? "0\(n ?? 0)" : "\(n ?? 0)" }
        return "\(pad(parts.hour)):\(pad(parts.minute)):\(pad(parts.second))"
    }
}

/// How the preview ended, set from its task and read after it.
final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (code: Int32, path: String, message: LocalizedText)?

    func set(_ code: Int32, _ path: String, _ message: LocalizedText) {
        lock.withLock { stored = (code, path, message) }
    }

    var failure: (code: Int32, path: String, message: LocalizedText)? {
        lock.withLock { stored }
    }
}
