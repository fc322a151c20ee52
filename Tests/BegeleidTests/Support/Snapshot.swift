import Foundation
import Testing

/// Golden files beside the tests, in `Snapshots/`, compared byte for byte (a
/// Swift `String` comparison would call two Unicode normal forms equal, yet
/// output must be the same bytes). A missing golden file, or any golden file
/// while `BEGELEID_RECORD=1` is set, is written and the test fails (so a
/// recording never passes silently); a mismatch fails with a line diff (lines
/// compared as bytes) and the offset of the first byte that differs.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func assert(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        assert(Data(actual.utf8), named: name, sourceLocation: sourceLocation)
    }

    static func assert(_ actual: Data, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment["BEGELEID_RECORD"] == "1"
        guard !recording, let expected = FileManager.default.contents(atPath: url.path) else {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url)
            Issue.record("recorded golden file \(name); run the tests again", sourceLocation: sourceLocation)
            return
        }
        guard let message = mismatch(expected, actual) else { return }
        Issue.record("\(name) differs from its golden file:\n\(message)", sourceLocation: sourceLocation)
    }

    /// nil when the bytes are equal; otherwise the line diff and the first byte that differs.
    static func mismatch(_ expected: Data, _ actual: Data) -> String? {
        guard expected != actual else { return nil }
        let at = zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expected.count, actual.count)
        return diff(expected, actual) + "\n\(expected.count) bytes expected, \(actual.count) found; the first difference at byte \(at)"
    }

    /// The lines that differ (compared as bytes), `-` expected and `+` actual, with line numbers.
    static func diff(_ expected: Data, _ actual: Data) -> String {
        let old = expected.split(separator: 10, omittingEmptySubsequences: false)
        let new = actual.split(separator: 10, omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? old[index] : nil
            let b = index < new.count ? new[index] : nil
            guard a.map(Array.init) != b.map(Array.init) else { continue }
            if let a { lines.append("\(index + 1) - \(String(decoding: a, as: UTF8.self))") }
            if let b { lines.append("\(index + 1) + \(String(decoding: b, as: UTF8.self))") }
            if lines.count > 40 {
                lines.append("…")
                break
            }
        }
        return lines.joined(separator: "\n")
    }
}
