import BegeleidModel
import Foundation

/// The reports of the few notes a build reads ahead (Checking.Pass.startReadingAhead), begun as soon as those
/// notes are read: a one-file rebuild rendered its changed session only once the main thread had taken in the
/// unchanged files of the batches before it (at N = 1,000, half of them). The batch that holds such a session
/// takes its render as begun (`begin`), so the files, their order in `written` and the next cache are the same.
extension SessionReports {
    /// What the read-ahead calls with its reads, on its worker: each session a batch would render now (read
    /// anew, without errors, following no other: a follow-up waits for the pass across files) is begun at once.
    /// A public build keeps no cache and reads nothing ahead.
    var renderAhead: @Sendable ([Checking.Read]) -> Void {
        let (options, renderer, writer, early) = (options, renderer, writer, early)
        let shares = cache != nil ? shares : nil
        return { reads in
            guard !options.publicOnly else { return }
            for read in reads where !read.reused && read.follows == nil {
                guard let session = read.session else { continue }
                early.put(read.path, Parallel.start {
                    Self.render(session, options: options, renderer: renderer, writer: writer, shares: shares)
                })
            }
        }
    }
}

/// Renders begun ahead, by the path of their notes, until a batch takes them.
final class EarlyRenders: @unchecked Sendable {
    private let lock = NSLock()
    private var begun: [String: Parallel.Started<SessionReports.Rendered>] = [:]

    func put(_ path: String, _ render: Parallel.Started<SessionReports.Rendered>) {
        lock.lock()
        begun[path] = render
        lock.unlock()
    }

    func take(_ path: String) -> Parallel.Started<SessionReports.Rendered>? {
        lock.lock()
        defer { lock.unlock() }
        return begun.removeValue(forKey: path)
    }

    /// Waits for those no batch took (a build that stops waits for what it began before it lets go of the folder).
    func waitForAll() {
        lock.lock()
        let left = begun
        begun = [:]
        lock.unlock()
        left.values.forEach { _ = try? $0.result() }
    }
}
