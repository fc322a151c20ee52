import NIOCore
import NIOHTTP1

/// Right after NIO's HTTP decoder, before the WebSocket upgrade is looked at:
/// a request must name this preview in its Host header, and an Origin, when
/// sent, must be a page of this preview; a WebSocket must send one. Anything
/// else gets 403 and the connection closes. This is what keeps a DNS-rebinding
/// page (`evil.example` resolved to 127.0.0.1) from reading non-public
/// reports, and pages of other sites from listening for saves.
///
/// "This preview" is the address and port the connection came in on, as
/// `host:port` (the address `watch` listens on; with `--host 0.0.0.0`, the
/// address of the interface used), or `localhost`/`127.0.0.1` with that port.
final class SameOriginGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let linger: TimeAmount
    private var refusing = false
    private var timer: Scheduled<Void>?

    init(linger: TimeAmount) {
        self.linger = linger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !refusing else { return }
        guard case .head(let head) = unwrapInboundIn(data) else {
            context.fireChannelRead(data)
            return
        }
        guard Self.allows(head, names: Self.names(of: context.channel.localAddress)) else {
            refuse(context, head: head)
            return
        }
        context.fireChannelRead(data)
        // After a WebSocket upgrade the connection carries frames, not requests: step aside. (A request
        // that asks for one and is not upgraded closes its connection: PreviewHandler, Hummingbird.)
        if head.headers["Upgrade"].contains(where: { $0.lowercased().contains("websocket") }) {
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if refusing, let event = event as? ChannelEvent, event == .inputClosed {
            context.close(promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
    }

    private func refuse(_ context: ChannelHandlerContext, head: HTTPRequestHead) {
        refusing = true
        let body = "403\n"
        let headers = HTTPHeaders([
            ("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "\(body.utf8.count)"),
            ("Cache-Control", "no-store"), ("Connection", "close"),
        ])
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .forbidden, headers: headers))), promise: nil)
        if head.method != .HEAD {
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: body)))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        timer = context.closeLingering(after: linger)
    }

    /// Whether the Host (exactly one) is one of `names`, and the Origin, if any, is `http://` one of them.
    static func allows(_ head: HTTPRequestHead, names: Set<String>) -> Bool {
        let hosts = head.headers["Host"]
        guard hosts.count == 1, names.contains(hosts[0].lowercased()) else { return false }
        let origins = head.headers["Origin"]
        if origins.isEmpty { return !head.headers.contains(name: "Upgrade") }
        guard origins.count == 1, origins[0].lowercased().hasPrefix("http://") else { return false }
        return names.contains(String(origins[0].lowercased().dropFirst("http://".count)))
    }

    /// The Host values that mean this preview, for a connection that came in on `local`.
    static func names(of local: SocketAddress?) -> Set<String> {
        guard let local, let port = local.port else { return [] }
        var addresses: Set<String> = ["localhost", "127.0.0.1"]
        if let ip = local.ipAddress { addresses.insert(ip.contains(":") ? "[\(ip.lowercased())]" : ip) }
        var names = Set(addresses.map { "\($0):\(port)" })
        // Port 80 may go unnamed (`Host: 127.0.0.1`, `Origin: http://127.0.0.1`).
        if port == 80 { names.formUnion(addresses) }
        return names
    }
}
