import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One client connection that sends exactly what a test writes, in parts if
/// it likes, and reads the answer byte for byte: for requests no HTTP client
/// would send (a 400 KB request line, a 200 MB header, a head that trickles in).
final class RawConnection: @unchecked Sendable {
    let descriptor: Int32

    init(port: UInt16, timeout: Int = 30) throws {
        // Stored only once connected: a connection not made is not deinitialised, so its socket is closed here
        // once (closed twice, the second close took a descriptor of the preview server in this process).
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        do { try connectLocal(descriptor, port: port) } catch {
            close(descriptor)
            throw error
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Sends all of `text`; false when the server closed or reset the connection.
    @discardableResult
    func send(_ text: String) -> Bool {
        send(Array(text.utf8))
    }

    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    /// Sends `count` bytes of `byte` in 64 KiB parts, stopping early when an answer is
    /// waiting or the connection is gone, as a client that reads while it sends. Returns the bytes sent.
    func flood(_ byte: UInt8, count: Int) -> Int {
        let part = [UInt8](repeating: byte, count: 64 * 1024)
        var sent = 0
        while sent < count, !answerWaiting() {
            guard send(Array(part.prefix(count - sent))) else { break }
            sent += min(part.count, count - sent)
        }
        return sent
    }

    func answerWaiting() -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, 0) > 0
    }

    /// The status of the next answer, its headers (names lowercased) and body (by Content-Length).
    func response() -> (status: Int, headers: [String: String], body: String)? {
        var head: [UInt8] = []
        var byte: UInt8 = 0
        while !head.suffix(4).elementsEqual([13, 10, 13, 10]) {
            guard recv(descriptor, &byte, 1, 0) == 1 else { return nil }
            head.append(byte)
        }
        let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = [UInt8](repeating: 0, count: Int(headers["content-length"] ?? "0") ?? 0)
        if !body.isEmpty, recv(descriptor, &body, body.count, Int32(MSG_WAITALL)) != body.count { return nil }
        return (status, headers, String(decoding: body, as: UTF8.self))
    }

    /// The status of the next answer, or nil when none came (closed, reset or timed out).
    func status() -> Int? {
        response()?.status
    }

    /// Whether the server closed the connection (end of file or a reset), reading what is
    /// waiting without blocking.
    func isClosed() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            if count == 0 { return true }
            if count < 0 { return errno == ECONNRESET }
        }
    }

    /// Whether the server closes the connection within `seconds`.
    func closed(within seconds: Double) async throws -> Bool {
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            if isClosed() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return isClosed()
    }
}

extension RawConnection {
    /// Blocks until the server closes the connection; the seconds that took, or nil after `limit`.
    func secondsUntilClosed(limit: Int) -> Double? {
        let start = Date()
        var timeout = timeval(tv_sec: limit, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count == 0 || (count < 0 && errno == ECONNRESET) { return Date().timeIntervalSince(start) }
            if count < 0 { return nil }
        }
    }
}

/// Runs blocking client work (timed sends, waiting reads) on a thread of its own, and waits
/// for its result without holding one of Swift concurrency's few shared threads: a busy test
/// run then neither delays the client's timing nor the in-process previews of other tests.
func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        Thread { continuation.resume(returning: work()) }.start()
    }
}

/// Blocking client work started on a thread of its own at once, when made, and
/// awaited later. Unlike `async let … = onOwnThread { … }`, whose child task
/// first waits for one of Swift concurrency's shared threads (two on a two-core
/// machine, and a busy test run can hold both for seconds), its clock starts now.
final class OwnThread<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: T?

    init(_ work: @escaping @Sendable () -> T) {
        Thread { [self] in
            let value = work()
            lock.withLock { result = value }
            done.signal()
        }.start()
    }

    /// The work's result, waited for on a thread of its own.
    var value: T {
        get async {
            await onOwnThread { [self] in
                done.wait()
                done.signal()
                return lock.withLock { result! }
            }
        }
    }
}
