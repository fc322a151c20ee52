import FlyingFox

/// The pages open in browsers, each on a websocket: told to reload after a rebuild.
actor ReloadChannel: WSMessageHandler {
    private var clients: [Int: AsyncStream<WSMessage>.Continuation] = [:]
    private var next = 0

    nonisolated func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        let id = await add(continuation)
        Task {
            for await _ in client {}
            await self.remove(id)
        }
        return stream
    }

    private func add(_ continuation: AsyncStream<WSMessage>.Continuation) -> Int {
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
        for continuation in clients.values { continuation.yield(.text("herladen")) }
    }

    var count: Int { clients.count }

    func closeAll() {
        for continuation in clients.values { continuation.finish() }
        clients = [:]
    }
}
