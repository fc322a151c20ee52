import Foundation

/// What each method means: the lifecycle here, the features in Features/.
/// Requests get a result or an error response; notifications never get an answer.
extension LanguageServer {
    typealias Request = @Sendable (LanguageServer, JSON?) throws -> JSON

    static let requests: [String: Request] = [
        "initialize": { server, params in try server.initialize(params) },
        "shutdown": { server, _ in server.shuttingDown = true; return .null },
        "textDocument/completion": { server, params in try CompletionFeature.complete(server, try decode(params)) },
        "textDocument/hover": { server, params in try HoverFeature.hover(server, try decode(params)) },
        "textDocument/definition": { server, params in try DefinitionFeature.definition(server, try decode(params)) },
        "textDocument/references": { server, params in try ReferencesFeature.references(server, try decode(params)) },
        "textDocument/rename": { server, params in try RenameFeature.rename(server, try decode(params)) },
        "textDocument/codeAction": { server, params in try CodeActionFeature.actions(server, try decode(params)) },
        "textDocument/documentSymbol": { server, params in try SymbolFeature.symbols(server, try decode(params)) },
        "textDocument/foldingRange": { server, params in try FoldingFeature.ranges(server, try decode(params)) },
    ]

    typealias Notification = @Sendable (LanguageServer, JSON?) throws -> Void

    static let notifications: [String: Notification] = [
        "initialized": { _, _ in },
        "exit": { server, _ in server.exitCode = server.shuttingDown ? 0 : 1 },
        "textDocument/didOpen": { server, params in server.didOpen(try decode(params)) },
        "textDocument/didChange": { server, params in server.didChange(try decode(params)) },
        "textDocument/didClose": { server, params in
            let params: DidCloseTextDocumentParams = try decode(params)
            server.close(uri: params.textDocument.uri)
        },
        "textDocument/didSave": { server, _ in server.changed() },
        "workspace/didChangeWatchedFiles": { server, _ in server.changed() },
        "workspace/didChangeConfiguration": { _, _ in },
    ]

    func handle(_ message: IncomingMessage) {
        guard !message.method.isEmpty else { return }
        guard let id = message.id else {
            notify(message)
            return
        }
        do {
            guard let handler = Self.requests[message.method] else {
                throw ResponseError(.methodNotFound, "onbekende methode / unknown method: \(message.method)")
            }
            if !initialized, message.method != "initialize" {
                throw ResponseError(.serverNotInitialized, "eerst initialize / initialize first")
            }
            if shuttingDown, message.method != "shutdown" {
                throw ResponseError(.invalidRequest, "de server stopt / the server is shutting down")
            }
            send(OutgoingMessage.response(id: id, result: try handler(self, message.params)))
        } catch let error as ResponseError {
            send(OutgoingMessage.error(id: id, error))
        } catch {
            send(OutgoingMessage.error(id: id, ResponseError(.internalError, "\(error)")))
        }
    }

    private func notify(_ message: IncomingMessage) {
        guard let handler = Self.notifications[message.method] else {
            // `$/` notifications may be ignored; others are logged, never answered.
            if !message.method.hasPrefix("$/") { log("onbekende melding genegeerd / unknown notification ignored: \(message.method)") }
            return
        }
        guard initialized || message.method == "exit" else { return }
        do {
            try handler(self, message.params)
        } catch {
            log("melding \(message.method) niet te lezen / notification \(message.method) unreadable: \(Self.reason(error))", type: 1)
        }
    }

    /// A feature's params, or an InvalidParams error that says what is wrong.
    static func decode<T: Decodable>(_ params: JSON?) throws -> T {
        do {
            return try (params ?? .null).decode(T.self)
        } catch {
            throw ResponseError(.invalidParams, "ongeldige parameters / invalid params: \(reason(error))")
        }
    }

    private static func reason(_ error: Error) -> String {
        if let error = error as? ResponseError { return error.message }
        if case DecodingError.keyNotFound(let key, _) = error { return "missing \(key.stringValue)" }
        if case DecodingError.typeMismatch(_, let context) = error { return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))" }
        return "unreadable"
    }

    // MARK: Lifecycle and documents

    private func initialize(_ params: JSON?) throws -> JSON {
        let params: InitializeParams = try Self.decode(params)
        var roots = (params.workspaceFolders ?? []).compactMap { Workspace.path(fromURI: $0.uri) }
        if roots.isEmpty, let root = params.rootUri.flatMap(Workspace.path(fromURI:)) ?? params.rootPath { roots = [root] }
        workspace = Workspace(roots: roots.map { ($0 as NSString).standardizingPath })
        initialized = true
        return JSON.from(InitializeResult())
    }

    private func didOpen(_ params: DidOpenTextDocumentParams) {
        let item = params.textDocument
        let path = Workspace.path(fromURI: item.uri) ?? "/" + (URL(string: item.uri)?.lastPathComponent ?? "notities.md")
        let inside = workspace.contains(path) && Workspace.path(fromURI: item.uri) != nil
        if !inside {
            log("buiten de werkmap, los gecontroleerd (zonder reeks en waarden.yaml) / outside the workspace, checked alone: \(item.uri)", type: 2)
        }
        open(Document(uri: item.uri, path: path, version: item.version, text: item.text, insideWorkspace: inside))
    }

    private func didChange(_ params: DidChangeTextDocumentParams) {
        let uri = params.textDocument.uri
        guard var text = documents[uri]?.text else {
            log("wijziging van een document dat niet open is / change to a document that is not open: \(uri)", type: 2)
            return
        }
        for change in params.contentChanges {
            let applied = TextChange.apply(change, to: text)
            if applied.clamped {
                log("wijziging buiten de tekst, ingekort tot het einde / change outside the text, clamped to its end: \(uri)", type: 2)
            }
            text = applied.text
        }
        update(uri: uri, text: text, version: params.textDocument.version)
    }
}
