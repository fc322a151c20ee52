import Foundation

/// JSON-RPC 2.0 messages: what came in, what goes out, and the error codes.
struct IncomingMessage {
    /// Nil for a notification.
    var id: JSON?
    var method: String
    var params: JSON?

    /// The message, or the error to answer it with (and the id to answer to, when known).
    /// A message that cannot be served, with the id to answer to when it has one.
    struct Rejected: Error {
        var id: JSON?
        var error: ResponseError

        init(_ id: JSON?, _ error: ResponseError) {
            self.id = id
            self.error = error
        }
    }

    static func decode(_ bytes: [UInt8]) -> Result<IncomingMessage, Rejected> {
        guard let json = try? JSONDecoder().decode(JSON.self, from: Data(bytes)) else {
            return .failure(Rejected(nil, ResponseError(.parseError, "the message is not JSON")))
        }
        guard case .object(let object) = json else {
            return .failure(Rejected(nil, ResponseError(.invalidRequest, "the message is not a JSON object")))
        }
        let id = object["id"]
        if let id, !Self.isValidID(id) { return .failure(Rejected(nil, ResponseError(.invalidRequest, "the id is not a number or a string"))) }
        guard object["jsonrpc"]?.string == "2.0" else {
            return .failure(Rejected(id, ResponseError(.invalidRequest, "jsonrpc must be \"2.0\"")))
        }
        guard let method = object["method"]?.string else {
            // A response to a request of ours (we send none that need an answer) or no method at all.
            if object["result"] != nil || object["error"] != nil { return .success(IncomingMessage(id: nil, method: "", params: nil)) }
            return .failure(Rejected(id, ResponseError(.invalidRequest, "the message has no method")))
        }
        return .success(IncomingMessage(id: id, method: method, params: object["params"]))
    }

    private static func isValidID(_ id: JSON) -> Bool {
        switch id {
        case .number, .string, .null: return true
        default: return false
        }
    }
}

public struct ResponseError: Error, Sendable, Hashable, Codable {
    public enum Code: Int, Sendable {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
        case internalError = -32603
        case serverNotInitialized = -32002
        case requestFailed = -32803
    }

    public var code: Int
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code.rawValue
        self.message = message
    }
}

enum OutgoingMessage {
    static func response(id: JSON, result: JSON) -> [UInt8] {
        encode(.object(["jsonrpc": .string("2.0"), "id": id, "result": result]))
    }

    static func error(id: JSON?, _ error: ResponseError) -> [UInt8] {
        encode(.object(["jsonrpc": .string("2.0"), "id": id ?? .null, "error": JSON.from(error)]))
    }

    static func notification(_ method: String, _ params: JSON) -> [UInt8] {
        encode(.object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params]))
    }

    private static func encode(_ json: JSON) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(json)) ?? Data("{}".utf8))
    }
}
