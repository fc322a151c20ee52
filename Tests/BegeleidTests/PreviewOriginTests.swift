@testable import BegeleidServe
import Foundation
import NIOCore
import NIOHTTP1
import Testing

/// Issue 14, item 2, through the real binary: only requests that name the
/// preview itself in their Host header are answered (a DNS-rebinding page
/// sends `Host: evil.example:PORT`), and the reload WebSocket only opens for
/// a page of the preview (its Origin). Everything else gets 403 and nothing
/// of the output folder. `make preview-attack` does the same from a real page
/// of another origin in headless Chromium.
@Suite("Live preview: Host and Origin")
struct PreviewOriginTests {
    static func get(_ port: UInt16, _ path: String = "/", headers: String) throws -> (status: Int, headers: [String: String], body: String)? {
        let connection = try RawConnection(port: port, timeout: 10)
        connection.send("GET \(path) HTTP/1.1\r\n\(headers)\r\n")
        return connection.response()
    }

    static func webSocket(_ port: UInt16, origin: String?) throws -> Int? {
        let connection = try RawConnection(port: port, timeout: 10)
        connection.send("GET /__begeleid/herladen HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n" + (origin.map { "Origin: \($0)\r\n" } ?? "")
            + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
        return connection.status()
    }

    @Test func aForeignHostGetsNothing() async throws {
        let watch = try WatchProcess()
        defer { watch.stop() }
        let port = try await watch.started()
        let data = try #require(try Self.get(port, "/data/sessies.json", headers: "Host: 127.0.0.1:\(port)\r\n"))
        #expect(data.status == 200 && data.body.contains("Digital twin"), "the data are there for the preview itself")
        for path in ["/", "/data/sessies.json", "/sessies/ringweg/rapport.html", "/sessies/ringweg/sessie.json"] {
            for host in ["evil.example:\(port)", "evil.example", "127.0.0.1:\(port + 1)", "127.0.0.1", "127.0.0.1.evil.example:\(port)",
                         "localhost:\(port)@evil.example", ""] {
                let answer = try #require(try Self.get(port, path, headers: "Host: \(host)\r\n"), "\(path) with Host \(host)")
                #expect(answer.status == 403, "\(path) with Host \(host)")
                #expect(!answer.body.contains("Digital twin") && !answer.body.contains("ringweg"), "\(path) with Host \(host)")
            }
            #expect(try Self.get(port, path, headers: "")?.status == 403, "\(path) without Host")
            #expect(try Self.get(port, path, headers: "Host: 127.0.0.1:\(port)\r\nHost: evil.example\r\n")?.status == 403, "two Hosts")
        }
        for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LOCALHOST:\(port)"] {
            #expect(try Self.get(port, headers: "Host: \(host)\r\n")?.status == 200, "Host \(host)")
        }
        // A page of another site may send requests (no-cors), never read them: refused anyway.
        #expect(try Self.get(port, headers: "Host: 127.0.0.1:\(port)\r\nOrigin: http://evil.example\r\n")?.status == 403)
        #expect(try Self.get(port, headers: "Host: 127.0.0.1:\(port)\r\nOrigin: null\r\n")?.status == 403)
        #expect(try Self.get(port, headers: "Host: 127.0.0.1:\(port)\r\nOrigin: http://127.0.0.1:\(port)\r\n")?.status == 200)

        // Checked for every request, not once for the connection.
        let kept = try RawConnection(port: port, timeout: 10)
        kept.send("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
        #expect(kept.response()?.status == 200)
        kept.send("GET /data/sessies.json HTTP/1.1\r\nHost: evil.example:\(port)\r\n\r\n")
        let second = kept.response()
        #expect(second?.status == 403 && second?.body.contains("Digital twin") == false)
    }

    @Test func theReloadWebSocketOpensOnlyForThePreviewsOwnPages() async throws {
        let watch = try WatchProcess()
        defer { watch.stop() }
        let port = try await watch.started()
        #expect(try Self.webSocket(port, origin: "http://127.0.0.1:\(port)") == 101)
        #expect(try Self.webSocket(port, origin: "http://localhost:\(port)") == 101)
        for origin in ["http://evil.example", "http://evil.example:\(port)", "https://127.0.0.1:\(port)", "http://127.0.0.1:\(port + 1)",
                       "null", "file://"] {
            #expect(try Self.webSocket(port, origin: origin) == 403, "Origin \(origin)")
        }
        #expect(try Self.webSocket(port, origin: nil) == 403, "no Origin")
        // An open page of the preview itself is still told to reload on a save.
        let page = try RawWebSocket(port: port, path: "/__begeleid/herladen")
        try await Task.sleep(for: .milliseconds(300))
        let notes = watch.root.appendingPathComponent("Input/sessies/ringweg.md")
        // (Saved again if no message came within the socket's ten seconds: a fresh-clone CI under load once waited in
        // vain for the first save, the watcher still busy with its first build.)
        var message: String?
        for _ in 0..<3 where message == nil {
            try (String(contentsOf: notes, encoding: .utf8) + "\n").write(to: notes, atomically: true, encoding: .utf8)
            message = try? page.receiveText()
        }
        #expect(message == "herladen")
    }

    /// With `--host 0.0.0.0` a connection comes in on an interface's own address: that one is the name.
    @Test func theNamesAreTheAddressTheConnectionCameInOn() throws {
        let lan = try SameOriginGuard.names(of: SocketAddress(ipAddress: "192.168.1.20", port: 8000))
        #expect(lan == ["192.168.1.20:8000", "127.0.0.1:8000", "localhost:8000"])
        let web = try SameOriginGuard.names(of: SocketAddress(ipAddress: "127.0.0.1", port: 80))
        #expect(web == ["127.0.0.1:80", "localhost:80", "127.0.0.1", "localhost"])
        var head = HTTPRequestHead(version: .http1_1, method: .GET, uri: "/__begeleid/herladen")
        head.headers.add(name: "Host", value: "192.168.1.20:8000")
        head.headers.add(name: "Upgrade", value: "websocket")
        #expect(!SameOriginGuard.allows(head, names: lan), "a WebSocket without Origin")
        head.headers.add(name: "Origin", value: "http://192.168.1.20:8000")
        #expect(SameOriginGuard.allows(head, names: lan))
        #expect(!SameOriginGuard.allows(head, names: web))
    }
}
