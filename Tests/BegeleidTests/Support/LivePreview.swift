@testable import BegeleidServe
import BegeleidPipeline
import Foundation

/// `begeleid watch` in the test process: a preview of `root`'s `Input/` into
/// its `Output/`, on a free port, watching for saves. `stop()` ends both.
struct LivePreview {
    let preview: Preview
    let port: UInt16
    let watching: Task<Void, Never>

    static func start(_ root: URL) async throws -> LivePreview {
        let preview = try Preview(options: Preview.Options(
            building: Building.Options(
                input: root.appendingPathComponent("Input").path, output: root.appendingPathComponent("Output").path,
                strict: false, language: .dutch),
            templates: nil, port: 0), log: { _ in })
        let port = try await preview.start()
        return LivePreview(preview: preview, port: port, watching: Task { await preview.watch() })
    }

    func stop() async {
        watching.cancel()
        await preview.stop()
    }
}
