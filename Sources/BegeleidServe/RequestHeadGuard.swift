import NIOCore

/// First in every connection's pipeline, before NIO's HTTP decoder: reads the
/// raw bytes of each request head once, as they arrive, and refuses early
/// what the preview never needs:
/// - a request line over `limits.requestLine` bytes: 414;
/// - a head over `limits.head` bytes or `limits.headerLines` lines: 431;
/// - a head that takes longer than `limits.headTime` to arrive: 408;
/// - a head that announces a body (`Content-Length` other than 0,
///   `Transfer-Encoding`): 413, unread (the preview takes no request content);
/// - a connection that sends nothing for `limits.idleTime`: closed (after its
///   first request, HTTPConnectionStateHandler closes it when idle as long).
/// A head goes on to the decoder only once it is complete and within the
/// limits; after a WebSocket upgrade head the guard steps aside for the frames
/// that follow. What it decides does not depend on how the bytes were split
/// into reads (RequestHeadGuardTests).
final class RequestHeadGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private enum Phase { case between, requestLine, headers, passing, refused }

    private let limits: PreviewLimits
    private var phase = Phase.between
    /// The head in progress, as far as it came in earlier reads.
    private var held: ByteBuffer?
    /// Bytes since the end of the last complete head (blank lines before a request line included).
    private var headBytes = 0
    private var lineBytes = 0
    private var lineHasText = false
    private var headerLines = 0
    /// The current header line, lowercased and without blanks, as far as `inspect` needs it.
    private var line: [UInt8] = []
    private var announcesBody = false
    private var upgradesToWebSocket = false
    /// Heads begun on this connection; `timedHead` is the one the running deadline belongs to.
    private var heads = 0
    private var timedHead = -1
    private var timer: Scheduled<Void>?

    init(limits: PreviewLimits) {
        self.limits = limits
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { arm(context, idle: true) }
    }

    func channelActive(context: ChannelHandlerContext) {
        if timer == nil { arm(context, idle: true) }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        disarm()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        disarm()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch phase {
        case .passing:
            context.fireChannelRead(data)
            return
        case .refused:
            return  // read and dropped until the connection closes
        case .between, .requestLine, .headers:
            break
        }
        var buffer = unwrapInboundIn(data)
        let headsBefore = heads
        let (refusal, complete) = buffer.withUnsafeReadableBytes { scan($0) }
        // Complete heads (and, past a WebSocket upgrade, everything) go on; the head in
        // progress waits here until it is complete, so the decoder never sees a refused one.
        if complete > 0 {
            if let earlier = held.take() { context.fireChannelRead(wrapInboundOut(earlier)) }
            context.fireChannelRead(wrapInboundOut(buffer.readSlice(length: complete)!))
        }
        if let refusal {
            held = nil
            refuse(context, refusal)
            return
        }
        if buffer.readableBytes > 0 {
            if held == nil { held = context.channel.allocator.buffer(capacity: buffer.readableBytes) }
            held!.writeBuffer(&buffer)
        }
        switch phase {
        case .requestLine, .headers:
            if timedHead != heads { arm(context, idle: false) }
        case .between:
            // A head came in whole: from here Hummingbird's connection handler keeps the idle
            // time, which does not run while a response is still being made.
            if heads != headsBefore || timedHead != -1 { disarm() }
        case .passing:
            disarm()
        case .refused:
            break
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        // The client has sent everything after a refusal: the connection can close without a reset.
        if phase == .refused, let event = event as? ChannelEvent, event == .inputClosed {
            context.close(promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    /// Walks the bytes once. Returns the refusal, if a limit was passed, and how many of the
    /// bytes go to the decoder now: up to the end of the last complete head, or all of them
    /// once the connection is a WebSocket.
    private func scan(_ bytes: UnsafeRawBufferPointer) -> (Refusal?, Int) {
        var complete = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            headBytes += 1
            if headBytes > limits.head { return (.headersTooLarge, complete) }
            switch phase {
            case .between:
                // Blank lines before a request line are allowed, and count towards its head.
                if byte != Self.cr && byte != Self.lf {
                    beginHead()
                    lineBytes = 1
                }
            case .requestLine:
                if byte == Self.lf {
                    phase = .headers
                    startLine()
                } else if byte != Self.cr {
                    lineBytes += 1
                    if lineBytes > limits.requestLine { return (.uriTooLong, complete) }
                }
            case .headers:
                if byte != Self.lf {
                    if byte != Self.cr { lineHasText = true }
                    if line.count < 40, byte != Self.space, byte != Self.tab, byte != Self.cr { line.append(Self.lowercased(byte)) }
                } else if lineHasText {
                    headerLines += 1
                    if headerLines > limits.headerLines { return (.headersTooLarge, complete) }
                    inspect()
                    startLine()
                } else if announcesBody {
                    return (.contentTooLarge, complete)
                } else if upgradesToWebSocket {
                    phase = .passing
                    return (nil, bytes.count)
                } else {
                    phase = .between
                    headBytes = 0
                    complete = index + 1
                }
            case .passing, .refused:
                return (nil, bytes.count)
            }
            index += 1
        }
        return (nil, complete)
    }

    private func beginHead() {
        phase = .requestLine
        heads += 1
        headerLines = 0
        announcesBody = false
        upgradesToWebSocket = false
        startLine()
    }

    private func startLine() {
        lineBytes = 0
        lineHasText = false
        line.removeAll(keepingCapacity: true)
    }

    /// What a header line tells the guard: a body follows, or the connection becomes a WebSocket.
    private func inspect() {
        if line.starts(with: Self.contentLength) {
            if !line.dropFirst(Self.contentLength.count).elementsEqual(Self.zero) { announcesBody = true }
        } else if line.starts(with: Self.transferEncoding) {
            announcesBody = true
        } else if line.starts(with: Self.upgrade), String(decoding: line, as: UTF8.self).contains("websocket") {
            upgradesToWebSocket = true
        }
    }

    private func refuse(_ context: ChannelHandlerContext, _ refusal: Refusal) {
        phase = .refused
        disarm()
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(string: refusal.response)), promise: nil)
        timer = context.closeLingering(after: limits.linger)
    }

    private func arm(_ context: ChannelHandlerContext, idle: Bool) {
        disarm()
        timedHead = idle ? -1 : heads
        timer = context.eventLoop.assumeIsolated().scheduleTask(in: idle ? limits.idleTime : limits.headTime) { [self] in
            timer = nil
            if idle {
                context.close(promise: nil)
            } else if phase == .requestLine || phase == .headers {
                refuse(context, .timeout)
            }
        }
    }

    private func disarm() {
        timer?.cancel()
        timer = nil
    }

    private static let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
    private static let contentLength = Array("content-length:".utf8), transferEncoding = Array("transfer-encoding:".utf8)
    private static let upgrade = Array("upgrade:".utf8), zero = Array("0".utf8)

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}

/// The answers the guard gives itself, before any of the request reaches the server.
enum Refusal {
    case timeout, contentTooLarge, uriTooLong, headersTooLarge

    var response: String {
        let (code, reason) = switch self {
        case .timeout: (408, "Request Timeout")
        case .contentTooLarge: (413, "Content Too Large")
        case .uriTooLong: (414, "URI Too Long")
        case .headersTooLarge: (431, "Request Header Fields Too Large")
        }
        return "HTTP/1.1 \(code) \(reason)\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 4\r\n"
            + "Connection: close\r\nCache-Control: no-store\r\n\r\n\(code)\n"
    }
}
