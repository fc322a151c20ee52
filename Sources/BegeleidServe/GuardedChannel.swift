import HummingbirdCore
import HummingbirdWebSocket
import Logging
import NIOCore
import NIOHTTP1

/// HTTP/1 with the reload WebSocket (hummingbird-websocket), with the preview's
/// guards put into each connection's pipeline: RequestHeadGuard before NIO's
/// HTTP decoder, SameOriginGuard right after it, before the WebSocket upgrade
/// and the responder see a request.
struct GuardedChannel: ServerChildChannel {
    let inner: HTTP1WebSocketUpgradeChannel
    let limits: PreviewLimits

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<HTTP1WebSocketUpgradeChannel.Value> {
        let limits = self.limits
        return inner.setup(channel: channel, logger: logger).flatMapThrowing { value in
            let pipeline = channel.pipeline.syncOperations
            let decoder = try pipeline.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)
            try pipeline.addHandler(SameOriginGuard(linger: limits.linger), position: .after(decoder))
            try pipeline.addHandler(RequestHeadGuard(limits: limits), position: .first)
            return value
        }
    }

    func handle(value: HTTP1WebSocketUpgradeChannel.Value, logger: Logger) async {
        await inner.handle(value: value, logger: logger)
    }
}
