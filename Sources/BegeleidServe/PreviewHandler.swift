import Foundation
import HTTPTypes
import HummingbirdCore
import NIOCore

/// Answers GET and HEAD from the output folder only; every HTML page gets
/// the reload script, and a session's report is made from its notes as they
/// stand, with the findings panel (PreviewState). Nothing here writes to the output folder. Requests reach
/// it only within RequestHeadGuard's limits and with SameOriginGuard's Host.
struct PreviewHandler: Sendable {
    let state: PreviewState

    /// The page script (PreviewScript.swift).
    static let script = PreviewScript.text

    struct Answer {
        var status: HTTPResponse.Status
        var type = "text/plain; charset=utf-8"
        var body: Data
    }

    func respond(to request: Request, writer: consuming ResponseWriter, channel: any Channel) async throws {
        let answer = await answer(method: request.method, target: request.head.path ?? "/")
        var fields: HTTPFields = [
            .contentType: answer.type, .contentLength: String(answer.body.count), .cacheControl: "no-store",
            HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        ]
        if answer.status == .methodNotAllowed { fields[.allow] = "GET, HEAD" }
        // A request that asked for another protocol and was not switched: answered, then its
        // connection closes (RequestHeadGuard and SameOriginGuard stepped aside for it).
        let closes = request.headers[.upgrade] != nil
        if closes { fields[.connection] = "close" }
        let body = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body))
        try await writer.write(response: HTTPResponse(status: answer.status, headerFields: fields), body: body)
        if closes {
            channel.close(mode: .output, promise: nil)
            channel.eventLoop.scheduleTask(in: .seconds(2)) { channel.close(promise: nil) }
        }
    }

    /// What a method and request target get: a page, an error page, 404 or 405.
    func answer(method: HTTPRequest.Method, target: String) async -> Answer {
        guard method == .get || method == .head else { return Answer(status: .methodNotAllowed, body: Data("405\n".utf8)) }
        let path = String(target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        let decoded = path.removingPercentEncoding ?? path
        if let page = await state.page(for: String(decoded.drop { $0 == "/" })) {
            return Answer(status: .ok, type: "text/html; charset=utf-8", body: Self.inject(page.utf8))
        }
        guard let file = await state.files?.file(for: target), let data = FileManager.default.contents(atPath: file) else {
            return Answer(status: .notFound, body: Data("404\n".utf8))
        }
        let type = OutputFiles.contentType(of: file)
        let body = type.hasPrefix("text/html") ? Self.inject(data) : data
        return Answer(status: .ok, type: type, body: body)
    }

    /// The reload script before `</body>` (or at the end).
    static func inject(_ html: some Collection<UInt8>) -> Data {
        HTMLSplice.beforeLastBodyEnd(html, script)
    }
}
