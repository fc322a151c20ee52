import BegeleidModel
import Foundation
import HummingbirdCore
import HummingbirdWebSocket
import Logging
import NIOCore
import NIOPosix

/// The HTTP side of the preview: Hummingbird's HTTP/1 server (SwiftNIO) with
/// the reload WebSocket, behind the preview's guards, at most
/// `limits.connections` connections at a time.
final class PreviewServer: Sendable {
    private let server: Server<GuardedChannel>
    private let started = StartSignal()

    init(host: String, port: UInt16, limits: PreviewLimits, handler: PreviewHandler, reload: ReloadChannel,
         say: @escaping @Sendable (LocalizedText) -> Void) {
        let inner = HTTP1WebSocketUpgradeChannel(
            responder: { request, writer, channel in try await handler.respond(to: request, writer: writer, channel: channel) },
            configuration: .init(
                // Idle time between requests; the decoder's limits are above RequestHeadGuard's,
                // which answer first: these only back them up.
                http1: .init(idleTimeout: limits.idleTime, httpDecoderConfiguration: .init(
                    maxHeaderFieldSize: 2 * limits.head, maxHeaderListSize: 2 * limits.head, maxHeaderFieldCount: 2 * limits.headerLines)),
                ws: .init(maxFrameSize: 1 << 14, autoPing: .enabled(timePeriod: .seconds(30)), closeTimeout: .seconds(2))),
            shouldUpgrade: { request, _, _ in
                guard request.path?.split(separator: "?", maxSplits: 1).first == "/__begeleid/herladen" else { return .dontUpgrade }
                return .upgrade([:]) { inbound, outbound, _ in await reload.serve(inbound: inbound, outbound: outbound) }
            })
        let started = self.started
        server = Server(
            childChannelSetup: GuardedChannel(inner: inner, limits: limits),
            configuration: ServerConfiguration(
                address: .hostname(host, port: Int(port)),
                availableConnectionsDelegate: MaximumAvailableConnections(limits.connections, logger: Self.logger)),
            onServerRunning: { channel in
                try? await channel.eventLoop.submit {
                    try channel.pipeline.syncOperations.addHandler(AcceptWatch(say: say), position: .first)
                }.get()
                started.resume(with: .success(UInt16(channel.localAddress?.port ?? Int(port))))
            },
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            logger: Self.logger)
    }

    /// Hummingbird's own logging stays out of the terminal: the preview says what matters itself.
    static let logger = Logger(label: "begeleid.preview") { _ in SwiftLogNoOpLogHandler() }

    /// Binds and starts serving; returns the port (the one chosen for `--port 0`).
    func start() async throws -> UInt16 {
        let server = self.server
        let started = self.started
        return try await withCheckedThrowingContinuation { continuation in
            started.wait(continuation)
            Task {
                do {
                    try await server.run()
                    started.resume(with: .failure(CancellationError()))
                } catch {
                    started.resume(with: .failure(error))
                }
            }
        }
    }

    /// Stops accepting and lets open connections finish, for half a second at most.
    func stop() async {
        let server = self.server
        let (ended, end) = AsyncStream<Void>.makeStream()
        Task {
            try? await server.shutdownGracefully()
            end.finish()
        }
        Task {
            try? await Task.sleep(for: .milliseconds(500))
            end.finish()
        }
        for await _ in ended {}
    }
}

/// The result of binding, handed once to whoever waits for it.
final class StartSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<UInt16, any Error>?
    private var result: Result<UInt16, any Error>?

    func wait(_ continuation: CheckedContinuation<UInt16, any Error>) {
        let ready = lock.withLock { () -> Result<UInt16, any Error>? in
            if result == nil { self.continuation = continuation }
            return result
        }
        if let ready { continuation.resume(with: ready) }
    }

    func resume(with outcome: Result<UInt16, any Error>) {
        let waiting = lock.withLock { () -> CheckedContinuation<UInt16, any Error>? in
            guard result == nil else { return nil }
            result = outcome
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: outcome)
    }
}
