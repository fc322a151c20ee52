import NIOCore

extension ChannelHandlerContext {
    /// After an answer that refuses the request: flushes it, closes the sending side, and
    /// closes the connection when the client has finished sending or after `linger`, whichever
    /// comes first (closing with unread bytes at once would reset the connection and could
    /// lose the answer). The caller drops what is read meanwhile and closes on `inputClosed`.
    func closeLingering(after linger: TimeAmount) -> Scheduled<Void> {
        close(mode: .output, promise: nil)
        return eventLoop.assumeIsolated().scheduleTask(in: linger) { [self] in close(promise: nil) }
    }
}
