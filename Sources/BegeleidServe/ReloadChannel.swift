import HummingbirdWebSocket

/// The pages open in browsers, each on a WebSocket: told to reload after a rebuild.
actor ReloadChannel {
    private var clients: [Int: AsyncStream<Void>.Continuation] = [:]
    private var next = 0

    /// One page's WebSocket, until the page goes away or the preview stops.
    nonisolated func serve(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async {
        let (reloads, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let id = await add(continuation)
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                // The page sends nothing; this ends when it closes (or is cancelled below).
                do { for try await _ in inbound {} } catch {}
                continuation.finish()
            }
            for await _ in reloads {
                do { try await outbound.write(.text("herladen")) } catch { break }
            }
            group.cancelAll()
        }
        await remove(id)
    }

    private func add(_ continuation: AsyncStream<Void>.Continuation) -> Int {
        next += 1
        clients[next] = continuation
        return next
    }

    private func remove(_ id: Int) {
        clients[id]?.finish()
        clients[id] = nil
    }

    /// Every open page reloads.
    func reload() {
        for continuation in clients.values { continuation.yield() }
    }

    var count: Int { clients.count }

    func closeAll() {
        for continuation in clients.values { continuation.finish() }
        clients = [:]
    }
}
