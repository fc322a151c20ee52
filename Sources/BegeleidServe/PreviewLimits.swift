import NIOCore

/// What one client may cost the preview. A beamer page sends request heads of
/// a few hundred bytes, holds one WebSocket and a handful of kept-alive
/// connections; anything far beyond that is refused early, in time linear in
/// what was sent (docs/hardening.md has the figures).
public struct PreviewLimits: Sendable {
    /// The request line (`GET /path HTTP/1.1`), in bytes: longer is answered 414.
    public var requestLine = 8 * 1024
    /// The whole request head (line and headers), in bytes: larger is answered 431.
    public var head = 32 * 1024
    /// Header lines in one head: more is answered 431.
    public var headerLines = 100
    /// From the first byte of a request head to its end: slower is answered 408.
    public var headTime = TimeAmount.seconds(10)
    /// A connection with no request in progress for this long is closed (a response being
    /// made, however slowly, is a request in progress).
    public var idleTime = TimeAmount.seconds(15)
    /// Open connections (pages, their kept-alive requests and WebSockets); the next waits to be accepted.
    public var connections = 64
    /// After refusing a request, how long its remaining bytes are read and dropped before the
    /// connection closes (closing with unread bytes would reset it and lose the answer).
    public var linger = TimeAmount.seconds(2)

    public init() {}
}
