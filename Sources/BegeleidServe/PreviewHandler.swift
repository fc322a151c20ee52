import FlyingFox
import Foundation

/// Answers GET and HEAD from the output folder only; every HTML page gets
/// the reload script, and the report of notes with errors is replaced by
/// their findings. Nothing here writes to the output folder.
struct PreviewHandler: HTTPHandler {
    let files: OutputFiles
    let state: PreviewState

    /// The page script (PreviewScript.swift).
    static let script = PreviewScript.text

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            let headers: HTTPHeaders = [HTTPHeader("Allow"): "GET, HEAD"]
            return HTTPResponse(statusCode: .methodNotAllowed, headers: headers)
        }
        let isHead = request.method == .HEAD
        let decoded = request.path.removingPercentEncoding ?? request.path
        let key = String(decoded.drop { $0 == "/" })
        if let page = await state.page(for: key) {
            return Self.respond(Data(Self.inject(page).utf8), type: "text/html; charset=utf-8", head: isHead)
        }
        guard let path = files.file(for: request.path), let data = FileManager.default.contents(atPath: path) else {
            let headers: HTTPHeaders = [.contentType: "text/plain; charset=utf-8"]
            return HTTPResponse(statusCode: .notFound, headers: headers, body: isHead ? Data() : Data("404\n".utf8))
        }
        let type = OutputFiles.contentType(of: path)
        let body = type.hasPrefix("text/html") ? Data(Self.inject(String(decoding: data, as: UTF8.self)).utf8) : data
        return Self.respond(body, type: type, head: isHead)
    }

    static func respond(_ body: Data, type: String, head: Bool) -> HTTPResponse {
        let headers: HTTPHeaders = [.contentType: type, HTTPHeader("Cache-Control"): "no-store"]
        var response = HTTPResponse(statusCode: .ok, headers: headers, body: head ? Data() : body)
        if head { response.headers[.contentLength] = "\(body.count)" }
        return response
    }

    /// The reload script before `</body>` (or at the end).
    static func inject(_ html: String) -> String {
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: range, with: script + "\n</body>")
    }
}
