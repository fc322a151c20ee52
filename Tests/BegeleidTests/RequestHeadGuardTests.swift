@testable import BegeleidServe
import NIOCore
import NIOEmbedded
import Testing

/// RequestHeadGuard on its own, in NIO's embedded channel: the limits at
/// their exact edges, what reaches the decoder, the deadlines on a clock the
/// test moves, and — since it reads hostile bytes — the same decision however
/// the bytes are split into reads.
@Suite("Request head guard")
struct RequestHeadGuardTests {
    struct Outcome: Equatable {
        var forwarded: [UInt8] = []
        var written = ""
        var open = true
    }

    /// Feeds `bytes` to a fresh guard in reads of the given sizes (the rest in one read).
    static func run(_ bytes: [UInt8], reads: [Int] = [], then: ((EmbeddedChannel) throws -> Void)? = nil) throws -> Outcome {
        let channel = EmbeddedChannel(handler: RequestHeadGuard(limits: PreviewLimits()))
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        var outcome = Outcome()
        var start = 0
        for size in reads + [bytes.count] where start < bytes.count && channel.isActive {
            let end = min(start + size, bytes.count)
            try channel.writeInbound(channel.allocator.buffer(bytes: bytes[start..<end]))
            start = end
        }
        try then?(channel)
        while let part = try channel.readInbound(as: ByteBuffer.self) { outcome.forwarded += part.readableBytesView }
        while let part = try channel.readOutbound(as: ByteBuffer.self) { outcome.written += String(buffer: part) }
        outcome.open = channel.isActive
        _ = try? channel.finish()
        return outcome
    }

    static func head(_ target: String = "/", _ headers: [String] = []) -> [UInt8] {
        Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:8000\r\n\(headers.map { $0 + "\r\n" }.joined())\r\n".utf8)
    }

    @Test func requestsWithinTheLimitsPassUntouched() throws {
        // A request line of 8,192 bytes (CRLF not counted), 100 header lines (Host included).
        let stream = Array("\r\n".utf8) + Self.head() + Self.head("/" + String(repeating: "a", count: 8192 - 14))
            + Self.head("/", (1...98).map { "X-\($0): y" } + ["Content-Length:  0 "]) + Array("POST / HTTP/1.1\r\nHost: h\r\ncontent-length: 0\r\n\r\n".utf8)
        let outcome = try Self.run(stream)
        #expect(outcome == Outcome(forwarded: stream, written: "", open: true))
    }

    @Test func limitsAreRefusedAtTheirEdge() throws {
        let line = try Self.run(Self.head("/" + String(repeating: "a", count: 8192 - 13)))
        #expect(line.written.hasPrefix("HTTP/1.1 414 URI Too Long\r\n"), "8,193 bytes")
        #expect(line.forwarded.isEmpty, "the decoder never sees the refused head")
        let lines = try Self.run(Self.head("/", (1...100).map { "X-\($0): y" }))
        #expect(lines.written.hasPrefix("HTTP/1.1 431 "))
        let big = try Self.run(Self.head("/", ["X-Groot: " + String(repeating: "b", count: 32 * 1024)]))
        #expect(big.written.hasPrefix("HTTP/1.1 431 "))
        let blank = try Self.run([UInt8](repeating: 10, count: 40_000))
        #expect(blank.written.hasPrefix("HTTP/1.1 431 "), "blank lines count towards the head")
        for body in ["Content-Length: 1", "content-length:100000000000", "Transfer-Encoding: chunked", "CONTENT-LENGTH: 00"] {
            let refused = try Self.run(Self.head() + Self.head("/", [body]) + Array("12345".utf8))
            #expect(refused.written.hasPrefix("HTTP/1.1 413 Content Too Large\r\n"), "\(body)")
            #expect(refused.forwarded == Self.head(), "only the request before it reaches the decoder: \(body)")
        }
    }

    @Test func aWebSocketUpgradeIsLetThroughWithWhatFollows() throws {
        let frames = [UInt8](repeating: 0x81, count: 100_000)
        let upgrade = Self.head("/__begeleid/herladen", ["Upgrade: WebSocket", "Connection: Upgrade"]) + frames
        #expect(try Self.run(upgrade) == Outcome(forwarded: upgrade, written: "", open: true))
        // Another protocol is no reason to step aside.
        let other = Self.head("/", ["Upgrade: h2c"]) + Array("GET /".utf8) + [UInt8](repeating: 0x61, count: 9000)
        #expect(try Self.run(other).written.hasPrefix("HTTP/1.1 414 "))
    }

    @Test func deadlinesOnTheEventLoopsClock() throws {
        // A head begun and not finished: 408 after 10 s, not before.
        let slow = try Self.run(Array("GET / HTTP/1.1\r\nHost: x\r\n".utf8)) { channel in
            (channel.eventLoop as! EmbeddedEventLoop).advanceTime(by: .milliseconds(9_900))
            let early = try channel.readOutbound(as: ByteBuffer.self)
            #expect(early == nil)
            (channel.eventLoop as! EmbeddedEventLoop).advanceTime(by: .milliseconds(200))
        }
        #expect(slow.written.hasPrefix("HTTP/1.1 408 Request Timeout\r\n"))
        // A connection that sends nothing is closed after 15 s.
        let silent = try Self.run([]) { channel in
            (channel.eventLoop as! EmbeddedEventLoop).advanceTime(by: .seconds(14))
            #expect(channel.isActive)
            (channel.eventLoop as! EmbeddedEventLoop).advanceTime(by: .seconds(2))
        }
        #expect(silent.written.isEmpty && !silent.open)
        // A finished head: no 408, and the idle time after it is the server's (it knows when the answer is done).
        let finished = try Self.run(Self.head()) { channel in
            (channel.eventLoop as! EmbeddedEventLoop).advanceTime(by: .seconds(60))
        }
        #expect(finished.written.isEmpty && finished.open)
        // A refused client that never finishes sending is closed after lingering 2 s.
        let lingering = try Self.run(Self.head("/", ["Content-Length: 9"])) { channel in
            (channel.eventLoop as! EmbeddedEventLoop).advanceTime(by: .seconds(3))
        }
        #expect(lingering.written.hasPrefix("HTTP/1.1 413 ") && !lingering.open)
    }

    @Test func theDecisionDoesNotDependOnHowTheBytesAreSplit() throws {
        let streams: [[UInt8]] = [
            Self.head() + Self.head("/x", ["Accept: */*"]),
            Self.head("/" + String(repeating: "a", count: 9000)),
            Self.head() + Self.head("/", ["Content-Length: 12"]) + Array("twaalf bytes".utf8),
            Self.head("/", (1...120).map { "X-\($0): y" }),
            Self.head("/", ["Upgrade: websocket"]) + [UInt8](repeating: 0x0A, count: 50_000),
            Array("\r\n\r\nGET / HTTP/1.1\r\n\r\n\n".utf8) + Self.head(),
        ]
        var random = SeededRandom(seed: 14)
        for stream in streams {
            let whole = try Self.run(stream)
            for _ in 0..<40 {
                let reads = (0..<8).map { _ in 1 + random.next(below: stream.count / 4) }
                #expect(try Self.run(stream, reads: reads) == whole, "split as \(reads)")
            }
        }
    }
}
