import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads JSON-RPC messages framed by a `Content-Length` header from a file
/// descriptor (standard input). Never blocks longer than asked, never keeps
/// more than `maxLength` bytes of one message: a larger one is skipped unread
/// and reported as malformed.
final class MessageReader {
    enum Event: Equatable {
        case message([UInt8])
        case malformed(String)
        /// The client closed its end (or the descriptor failed).
        case end
        /// Nothing arrived within the time asked.
        case timeout
    }

    private let descriptor: Int32
    let maxLength: Int
    private var buffer: [UInt8] = []
    /// Bytes of a message too large to keep that are still to be dropped.
    private var skipping = 0
    private var ended = false
    private static let headerEnd: [UInt8] = Array("\r\n\r\n".utf8)
    /// A header block this long without its blank line is not a header.
    private static let maxHeaderLength = 8 * 1024

    init(descriptor: Int32, maxLength: Int) {
        self.descriptor = descriptor
        self.maxLength = maxLength
    }

    /// Whether a whole message may already be waiting in the buffer.
    var hasBuffered: Bool { !buffer.isEmpty && skipping == 0 }

    /// The next message; `timeout` in milliseconds (nil: wait as long as it takes).
    func next(timeout: Int?) -> Event {
        while true {
            if skipping > 0 {
                let dropped = min(skipping, buffer.count)
                buffer.removeFirst(dropped)
                skipping -= dropped
            }
            if skipping == 0, let event = parse() { return event }
            if ended { return .end }
            switch fill(timeout: timeout) {
            case .timeout: return .timeout
            case .end: ended = true
            default: break
            }
        }
    }

    /// One message out of the buffer, or nil when more bytes are needed.
    private func parse() -> Event? {
        guard let end = Self.find(Self.headerEnd, in: buffer) else {
            if buffer.count > Self.maxHeaderLength {
                buffer.removeAll()
                return .malformed("header without an end (no blank line after 8 KiB)")
            }
            return nil
        }
        let header = String(decoding: buffer[..<end], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else {
                buffer.removeFirst(end + 4)
                return .malformed("header line without a colon")
            }
            if parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" {
                length = Int(parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        guard let length, length >= 0 else {
            buffer.removeFirst(end + 4)
            return .malformed("header without a valid Content-Length")
        }
        if length > maxLength {
            buffer.removeFirst(end + 4)
            skipping = length
            return .malformed("message of \(length) bytes, larger than the limit of \(maxLength)")
        }
        guard buffer.count >= end + 4 + length else { return nil }
        let body = Array(buffer[(end + 4)..<(end + 4 + length)])
        buffer.removeFirst(end + 4 + length)
        return .message(body)
    }

    private enum Fill { case data, timeout, end }

    private func fill(timeout: Int?) -> Fill {
        var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&waiting, 1, Int32(clamping: timeout ?? -1))
        if ready == 0 { return .timeout }
        if ready < 0 { return errno == EINTR ? .data : .end }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if got < 0, errno == EINTR || errno == EAGAIN { return .data }
        guard got > 0 else { return .end }
        buffer.append(contentsOf: chunk[..<got])
        return .data
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }
}

/// Writes framed messages to a file descriptor (standard output). A client
/// that is gone makes `write` return false (SIGPIPE is ignored by the server).
struct MessageWriter {
    let descriptor: Int32

    func write(_ body: [UInt8]) -> Bool {
        var bytes = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        bytes += body
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}
