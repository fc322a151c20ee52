import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Connects a TCP socket to 127.0.0.1:`port`.
func connectLocal(_ descriptor: Int32, port: UInt16) throws {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
}

/// Sends a request line exactly as written (no client normalising `/../`)
/// and returns the status code of the answer.
enum RawHTTP {
    static func status(port: UInt16, request: String) throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        defer { close(descriptor) }
        try connectLocal(descriptor, port: port)
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, bytes.count, 0) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        let answer = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
        // "HTTP/1.1 404 Not Found"
        let parts = answer.split(separator: " ", maxSplits: 2)
        return parts.count >= 2 ? Int(parts[1]) ?? -1 : -1
    }
}

/// The smallest websocket client a test needs: the handshake, then one text frame.
final class RawWebSocket {
    private let descriptor: Int32

    init(port: UInt16, path: String) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try connectLocal(descriptor, port: port)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let handshake = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nOrigin: http://127.0.0.1:\(port)\r\n"
            + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        let bytes = Array(handshake.utf8)
        _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, bytes.count, 0) }
        var answer: [UInt8] = []
        var byte: UInt8 = 0
        while !answer.suffix(4).elementsEqual([13, 10, 13, 10]) {
            guard recv(descriptor, &byte, 1, 0) == 1 else { throw POSIXError(.EIO) }
            answer.append(byte)
        }
        guard String(decoding: answer, as: UTF8.self).hasPrefix("HTTP/1.1 101") else { throw POSIXError(.EPROTO) }
    }

    /// The next text frame the server sends (unmasked, short).
    func receiveText() throws -> String {
        var header = [UInt8](repeating: 0, count: 2)
        guard recv(descriptor, &header, 2, Int32(MSG_WAITALL)) == 2, header[0] & 0x0F == 1 else { throw POSIXError(.EIO) }
        let length = Int(header[1] & 0x7F)
        var payload = [UInt8](repeating: 0, count: length)
        guard length < 126, recv(descriptor, &payload, length, Int32(MSG_WAITALL)) == length else { throw POSIXError(.EIO) }
        return String(decoding: payload, as: UTF8.self)
    }

    deinit { close(descriptor) }
}
