import BegeleidLanguageServer
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A language-server client for tests: `begeleid lsp` as its own process,
/// spoken to over pipes with `Content-Length` framing. Notifications it
/// receives are kept in order; every wait has a timeout.
final class LSPClient {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors: URL
    private var buffer: [UInt8] = []
    private var nextID = 1
    /// Notifications and server requests received, in order.
    private(set) var notifications: [JSON] = []

    init(arguments: [String] = [], in directory: URL) throws {
        errors = directory.appendingPathComponent("lsp-stderr.txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.executableURL = Binary.url
        process.arguments = ["lsp"] + arguments
        process.currentDirectoryURL = directory
        process.standardInput = input
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    var stderr: String { (try? String(contentsOf: errors, encoding: .utf8)) ?? "" }

    /// Sends raw bytes (for malformed input).
    func sendRaw(_ bytes: [UInt8]) {
        input.fileHandleForWriting.write(Data(bytes))
    }

    func send(_ message: JSON) {
        let body = try! JSONEncoder().encode(message)
        sendRaw(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + Array(body))
    }

    func notify(_ method: String, _ params: JSON) {
        send(.object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params]))
    }

    /// Sends a request and waits for its response (the whole message: `result` or `error`).
    @discardableResult
    func request(_ method: String, _ params: JSON = .null, timeout: Double = 60) throws -> JSON {
        let id = nextID
        nextID += 1
        send(.object(["jsonrpc": .string("2.0"), "id": .number(Double(id)), "method": .string(method), "params": params]))
        return try receive(timeout: timeout) { $0["id"]?.int == id && $0["method"] == nil }
    }

    /// The next error response with a null id (to a message that could not be read): its `error`.
    func errorWithoutID(timeout: Double = 60) throws -> JSON {
        try receive(timeout: timeout) { $0["id"] == .null && $0["error"] != nil }["error"] ?? .null
    }

    /// The next notification matching `match` (also one received before).
    func notification(timeout: Double = 60, where match: (JSON) -> Bool) throws -> JSON {
        if let index = notifications.firstIndex(where: match) { return notifications.remove(at: index) }
        return try receive(timeout: timeout) { $0["method"] != nil && $0["id"] == nil && match($0) }
    }

    /// The diagnostics next published for `uri`.
    func diagnostics(for uri: String, timeout: Double = 60) throws -> [JSON] {
        let message = try notification(timeout: timeout) {
            $0["method"]?.string == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.string == uri
        }
        return message["params"]?["diagnostics"]?.array ?? []
    }

    /// Drops the notifications received so far.
    func forgetNotifications() { notifications.removeAll() }

    private func receive(timeout: Double, _ match: (JSON) -> Bool) throws -> JSON {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            while let message = parse() {
                if match(message) { return message }
                if message["method"] != nil { notifications.append(message) }
            }
            let left = Int(deadline.timeIntervalSinceNow * 1000)
            guard left > 0 else { throw POSIXError(.ETIMEDOUT) }
            var waiting = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, Int32(left)) > 0 else { throw POSIXError(.ETIMEDOUT) }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let got = chunk.withUnsafeMutableBytes { read(output.fileHandleForReading.fileDescriptor, $0.baseAddress, $0.count) }
            guard got > 0 else { throw POSIXError(.EPIPE) }
            buffer += chunk[..<got]
        }
    }

    private func parse() -> JSON? {
        let separator = Array("\r\n\r\n".utf8)
        guard buffer.count >= 4, let end = (0...(buffer.count - 4)).first(where: { Array(buffer[$0..<($0 + 4)]) == separator }) else { return nil }
        let header = String(decoding: buffer[..<end], as: UTF8.self)
        guard let line = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
              let length = Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)),
              buffer.count >= end + 4 + length else { return nil }
        let body = Data(buffer[(end + 4)..<(end + 4 + length)])
        buffer.removeFirst(end + 4 + length)
        return try? JSONDecoder().decode(JSON.self, from: body)
    }

    /// Closes the client's end of the pipe and waits for the exit code.
    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    func waitForExit(timeout: Double = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        guard !process.isRunning else { return nil }
        return process.terminationStatus
    }

    // MARK: Conveniences

    func initialize(root: URL) throws -> JSON {
        let response = try request("initialize", .object([
            "processId": .null, "rootUri": .string(root.absoluteString),
            "capabilities": .object([:]),
            "workspaceFolders": .array([.object(["uri": .string(root.absoluteString), "name": .string("w")])]),
        ]))
        notify("initialized", .object([:]))
        return response
    }

    func open(_ uri: String, text: String, version: Int = 1) {
        notify("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string(uri), "languageId": .string("markdown"), "version": .number(Double(version)), "text": .string(text),
        ])]))
    }

    func change(_ uri: String, version: Int, changes: [JSON]) {
        notify("textDocument/didChange", .object([
            "textDocument": .object(["uri": .string(uri), "version": .number(Double(version))]), "contentChanges": .array(changes),
        ]))
    }

    static func position(_ line: Int, _ character: Int) -> JSON {
        .object(["line": .number(Double(line)), "character": .number(Double(character))])
    }

    static func range(_ start: (Int, Int), _ end: (Int, Int)) -> JSON {
        .object(["start": position(start.0, start.1), "end": position(end.0, end.1)])
    }

    static func at(_ uri: String, _ line: Int, _ character: Int) -> JSON {
        .object(["textDocument": .object(["uri": .string(uri)]), "position": position(line, character)])
    }

    /// A text with `edits` (a WorkspaceEdit's for one document) applied, last first.
    static func apply(_ edits: [JSON], to text: String) -> String {
        var lines = text.components(separatedBy: "\n").map { Array($0.utf16) }
        let sorted = edits.sorted {
            let a = ($0["range"]?["start"]?["line"]?.int ?? 0, $0["range"]?["start"]?["character"]?.int ?? 0)
            let b = ($1["range"]?["start"]?["line"]?.int ?? 0, $1["range"]?["start"]?["character"]?.int ?? 0)
            return a > b
        }
        for edit in sorted {
            let (sl, sc) = (edit["range"]!["start"]!["line"]!.int!, edit["range"]!["start"]!["character"]!.int!)
            let (el, ec) = (edit["range"]!["end"]!["line"]!.int!, edit["range"]!["end"]!["character"]!.int!)
            let before = Array(lines[sl][..<sc])
            let after = Array(lines[el][ec...])
            let joined = String(decoding: before, as: UTF16.self) + edit["newText"]!.string! + String(decoding: after, as: UTF16.self)
            lines.replaceSubrange(sl...el, with: joined.components(separatedBy: "\n").map { Array($0.utf16) })
        }
        return lines.map { String(decoding: $0, as: UTF16.self) }.joined(separator: "\n")
    }
}
