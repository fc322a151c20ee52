@testable import BegeleidServe
import Foundation
import Testing

/// `watch` says at once when its port is taken (Preview.checkFree). Found by a blind tester: a `watch` stopped with
/// the beamer's browser still connected could not be started again on its port for a minute and a half; its closed
/// connections (FIN-WAIT-2, the browser not closing its end) held the port for the check, not for the server.
struct PortCheckTests {
    /// A listening socket on a free port of 127.0.0.1, and the port.
    private func listener() throws -> (descriptor: Int32, port: UInt16) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var one: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(bound == 0 && listen(descriptor, 4) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return (descriptor, UInt16(bigEndian: address.sin_port))
    }

    private func connect(to port: UInt16) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        return descriptor
    }

    @Test func aPortListenedOnIsTakenOneWhoseConnectionsAreClosingIsNot() throws {
        let (server, port) = try listener()
        #expect(throws: Preview.Failure.self) { try Preview.checkFree(host: "127.0.0.1", port: port) }
        // A browser connected, the server stopped: its end closed, the browser's left open.
        let browser = try connect(to: port)
        defer { close(browser) }
        let accepted = accept(server, nil, nil)
        try #require(accepted >= 0)
        close(accepted)
        close(server)
        Thread.sleep(forTimeInterval: 0.1)
        try Preview.checkFree(host: "127.0.0.1", port: port)
    }
}
