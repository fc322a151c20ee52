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
            // A page that is not there (its notes removed or renamed while the room watches): said in words, with the
            // script, so the beamer shows the report again once the notes are back (a blind tester saw a bare `404`).
            // Also an address without an extension (`/nope`, `/sessies/park`: blind tester 38 saw a bare `404` there);
            // a file of another kind (a stylesheet, an image) gets the short answer.
            let last = path.split(separator: "/").last ?? ""
            if path.hasSuffix(".html") || path.hasSuffix("/") || !last.contains(".") {
                return Answer(status: .notFound, type: "text/html; charset=utf-8", body: Self.inject(Self.missingPage.utf8))
            }
            return Answer(status: .notFound, body: Data("404\n".utf8))
        }
        let type = OutputFiles.contentType(of: file)
        let body = type.hasPrefix("text/html") ? Self.inject(data) : data
        return Answer(status: .ok, type: type, body: body)
    }

    /// The page of a page that is not there.
    static let missingPage = """
        <!DOCTYPE html>
        <html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Niet gevonden / Not found</title>
        <style>body{font-family:system-ui,sans-serif;max-width:40em;margin:3em auto;padding:0 1em;line-height:1.5}</style></head>
        <body><main><h1>Deze pagina is er (nu) niet</h1>
        <p>Zijn de aantekeningen weggehaald of hernoemd? Deze pagina toont het rapport vanzelf zodra ze er weer zijn.
        <a href="/index.html">Naar alle sessies</a></p>
        <p lang="en">This page is not there (now): were the notes removed or renamed? It shows the report by itself once they
        are back. <a href="/index.html">All sessions</a></p></main></body></html>

        """

    /// The reload script before `</body>` (or at the end).
    static func inject(_ html: some Collection<UInt8>) -> Data {
        HTMLSplice.beforeLastBodyEnd(html, script)
    }
}
