import Foundation
import Testing

/// Golden files beside the tests, in `Snapshots/`. A missing golden file, or
/// any golden file while `BEGELEID_RECORD=1` is set, is written and the test
/// fails (so a recording never passes silently); a mismatch fails with a line diff.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func assert(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment["BEGELEID_RECORD"] == "1"
        guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded golden file \(name); run the tests again", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        Issue.record("\(name) differs from its golden file:\n\(diff(expected, actual))", sourceLocation: sourceLocation)
    }

    /// The lines that differ, `-` expected and `+` actual, with line numbers.
    static func diff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : nil
            let b = index < new.count ? String(new[index]) : nil
            guard a != b else { continue }
            if let a { lines.append("\(index + 1) - \(a)") }
            if let b { lines.append("\(index + 1) + \(b)") }
            if lines.count > 40 {
                lines.append("…")
                break
            }
        }
        return lines.joined(separator: "\n")
    }
}
