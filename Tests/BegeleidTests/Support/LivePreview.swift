@testable import BegeleidServe
import BegeleidPipeline
import Foundation

/// `begeleid watch` in the test process: a preview of `root`'s `Input/` into
/// its `Output/`, on a free port, watching for saves. `stop()` ends both.
struct LivePreview {
    let preview: Preview
    let port: UInt16
    let watching: Task<Void, Never>
    /// The findings it gave the terminal, as `path [code]`, in order.
    let findings: Said

    static func start(_ root: URL) async throws -> LivePreview {
        let said = Said()
        let preview = try Preview(options: Preview.Options(
            building: Building.Options(
                input: root.appendingPathComponent("Input").path, output: root.appendingPathComponent("Output").path,
                strict: false, language: .dutch),
            templates: nil, port: 0), log: { _ in },
            findings: { diagnostics in said.add(diagnostics.map { "\(($0.path as NSString).lastPathComponent) [\($0.code)]" }) })
        let port = try await preview.start()
        return LivePreview(preview: preview, port: port, watching: Task { await preview.watch() }, findings: said)
    }

    /// Lines collected from the preview's callbacks.
    final class Said: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []

        func add(_ more: [String]) {
            lock.withLock { lines += more }
        }

        var all: [String] {
            lock.withLock { lines }
        }
    }

    func stop() async {
        watching.cancel()
        await preview.stop()
    }
}
