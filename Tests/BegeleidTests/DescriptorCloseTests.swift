@testable import BegeleidServe
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// A descriptor is closed once. The file watcher that could not watch a folder closed its inotify descriptor,
/// and its `deinit` closed the same number again: by then another thread (the preview server, in the same
/// process) could have opened a file or socket under that number, and lost it. The test suite's run crashed
/// in the preview server's socket that way (EBADF in NIO's `writev`).
struct DescriptorCloseTests {
    #if canImport(Glibc)
    @Test func aWatcherClosesItsDescriptorOnce() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("weg").path
        let stop = Flag()
        // Watchers made, set on a folder and on one that is not there, and let go of, again and again, beside a
        // thread that opens descriptors and checks that each is still its own until it closes it. (A watcher
        // keeps its watches now: one it cannot set is left out, and its descriptor is closed by `deinit` alone.)
        let watching = Thread {
            while !stop.isSet {
                let events = FileEvents()
                #expect(events != nil)
                events?.watch([folder.path, missing])
            }
        }
        watching.start()
        var lost = 0
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline {
            let descriptor = open("/dev/null", O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            for _ in 0..<50 where fcntl(descriptor, F_GETFD) < 0 { lost += 1; break }
            if close(descriptor) != 0 { lost += 1 }
        }
        stop.set()
        while !watching.isFinished { try await Task.sleep(for: .milliseconds(10)) }
        #expect(lost == 0, "\(lost) descriptors closed by another")
    }
    #endif
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
