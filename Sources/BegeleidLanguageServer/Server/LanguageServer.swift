import BegeleidModel
import BegeleidPipeline
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `begeleid lsp`: a language server on standard input and output. One
/// thread reads a message, answers it, and publishes diagnostics once the
/// client has been quiet for `debounce` (or after a second of steady typing).
/// What a message means is decided in `Dispatch`; each feature is a file in Features/.
public final class LanguageServer {
    public struct Options: Sendable {
        /// The link each diagnostic's code points to (`codeDescription`); nil: none.
        public var docsURL: String?
        public var language: Language
        public var debounceMilliseconds: Int
        /// A message larger than this is skipped with an error (a 10 MB document fits).
        public var maxMessageBytes: Int

        public init(docsURL: String? = nil, language: Language = .dutch, debounceMilliseconds: Int = 150, maxMessageBytes: Int = 64 << 20) {
            self.docsURL = docsURL
            self.language = language
            self.debounceMilliseconds = debounceMilliseconds
            self.maxMessageBytes = maxMessageBytes
        }
    }

    let options: Options
    private let reader: MessageReader
    private let writer: MessageWriter
    var initialized = false
    var shuttingDown = false
    /// Set by `exit`: the code to end with.
    var exitCode: Int32?
    var workspace = Workspace()
    var documents: [String: Document] = [:]
    private var analyses: [String: (text: String, analysis: Analysis)] = [:]
    /// The findings last computed per URI, and whether they are out of date.
    var findings: [String: [Diagnostic]] = [:]
    private var firstChange: Date?
    private var lastChange: Date?
    /// Documents whose diagnostics were published non-empty, to clear on close.
    private var published: Set<String> = []
    let vocabulary = Vocabulary.builtIn

    public init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, options: Options = Options()) {
        self.options = options
        reader = MessageReader(descriptor: input, maxLength: options.maxMessageBytes)
        writer = MessageWriter(descriptor: output)
    }

    /// Serves until `exit` (0 after `shutdown`, 1 otherwise) or until the client goes away (1).
    public func run() -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        while exitCode == nil {
            var wait: Int?
            if let due = dueTime {
                let left = Int((due.timeIntervalSinceNow * 1000).rounded(.up))
                if left <= 0, !reader.hasBuffered {
                    publishDiagnostics()
                    continue
                }
                wait = max(0, left)
            }
            switch reader.next(timeout: wait) {
            case .timeout: publishDiagnostics()
            case .end:
                log("de client is weg (einde van de invoer) / the client went away (end of input)")
                return shuttingDown ? 0 : 1
            case .malformed(let reason):
                log("onleesbaar bericht / malformed message: \(reason)")
                send(OutgoingMessage.error(id: nil, ResponseError(.parseError, reason)))
            case .message(let bytes):
                switch IncomingMessage.decode(bytes) {
                case .success(let message): handle(message)
                case .failure(let failure):
                    log("onleesbaar bericht / malformed message: \(failure.error.message)")
                    send(OutgoingMessage.error(id: failure.id, failure.error))
                }
            }
        }
        return exitCode ?? 1
    }

    private var dueTime: Date? {
        guard let firstChange, let lastChange else { return nil }
        return min(lastChange.addingTimeInterval(Double(options.debounceMilliseconds) / 1000), firstChange.addingTimeInterval(1))
    }

    // MARK: Documents

    func open(_ document: Document) {
        documents[document.uri] = document
        changed()
    }

    func update(uri: String, text: String, version: Int?) {
        documents[uri]?.text = text
        documents[uri]?.version = version
        changed()
    }

    func close(uri: String) {
        documents[uri] = nil
        analyses[uri] = nil
        findings[uri] = nil
        if published.remove(uri) != nil { publish(uri: uri, version: nil, diagnostics: []) }
        changed()
    }

    /// Diagnostics due after the quiet time (also after a save: another file, such as waarden.yaml, may have changed).
    func changed() {
        if firstChange == nil { firstChange = Date() }
        lastChange = Date()
    }

    /// The open document at `uri` and its analysis (made once per text).
    func analysis(of uri: String) throws(ResponseError) -> (Document, Analysis) {
        guard let document = documents[uri] else {
            throw ResponseError(.invalidParams, "het document is niet geopend / the document is not open: \(uri)")
        }
        if let cached = analyses[uri], cached.text == document.text { return (document, cached.analysis) }
        let analysis = Analysis(text: document.text, path: document.path)
        analyses[uri] = (document.text, analysis)
        return (document, analysis)
    }

    /// The findings of every open document, computed now if they are out of date.
    func currentFindings(of uri: String) -> [Diagnostic] {
        if dueTime != nil { publishDiagnostics() }
        return findings[uri] ?? []
    }

    /// Checks every open document and publishes what it found.
    func publishDiagnostics() {
        firstChange = nil
        lastChange = nil
        // Only notes (`.md`) are checked: a profile or waarden.yaml opened in the same editor is left alone.
        let open = documents.values.filter(\.isNotes).sorted { $0.uri < $1.uri }
        findings = DiagnosticsFeature.findings(for: open, workspace: workspace, vocabulary: vocabulary)
        for document in open {
            let shown = DiagnosticsFeature.published(
                findings[document.uri] ?? [], index: LineIndex(text: document.text), session: { try? self.analysis(of: document.uri).1.session },
                uri: document.uri, docsURL: options.docsURL, language: options.language)
            if shown.isEmpty { published.remove(document.uri) } else { published.insert(document.uri) }
            publish(uri: document.uri, version: document.version, diagnostics: shown)
        }
    }

    private func publish(uri: String, version: Int?, diagnostics: [LSPDiagnostic]) {
        let params = PublishDiagnosticsParams(uri: uri, version: version, diagnostics: diagnostics)
        send(OutgoingMessage.notification("textDocument/publishDiagnostics", JSON.from(params)))
    }

    // MARK: Output

    func send(_ bytes: [UInt8]) {
        // A client that is gone cannot be told; reading will see the end of its input.
        _ = writer.write(bytes)
    }

    /// A line on standard error and a `window/logMessage` (3: info). Never the notes' text: paths and reasons only.
    func log(_ message: String, type: Int = 3) {
        FileHandle.standardError.write(Data("begeleid lsp: \(message)\n".utf8))
        send(OutgoingMessage.notification("window/logMessage", .object(["type": .number(Double(type)), "message": .string(message)])))
    }
}
