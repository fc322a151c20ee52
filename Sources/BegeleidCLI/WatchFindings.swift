import BegeleidModel
import Foundation

/// What `watch` said of each file at its last save: a save prints the findings that are new, and one line of how many
/// stand from before and how many were fixed (blind tester 38: every save printed the file's whole list again, twenty
/// lines, with no way to see what the last save changed). The first build of a file prints them all.
final class WatchFindings: @unchecked Sendable {
    private let lock = NSLock()
    /// Per file, each finding's code and message with how often it stands (lines shift as a note grows: not in the key).
    private var said: [String: [String: Int]] = [:]

    /// The findings of `diagnostics` not said before, and per file a line for those that stand or are gone.
    func news(_ diagnostics: [Diagnostic], language: Language) -> (new: [Diagnostic], lines: [String]) {
        lock.lock()
        defer { lock.unlock() }
        var new: [Diagnostic] = []
        var lines: [String] = []
        let byPath = Dictionary(grouping: diagnostics, by: \.path)
        for path in byPath.keys.sorted() {
            let findings = byPath[path] ?? []
            let before = said[path]
            var counts: [String: Int] = [:]
            for finding in findings {
                let key = Self.key(finding)
                counts[key, default: 0] += 1
                if counts[key, default: 0] > before?[key] ?? 0 { new.append(finding) }
            }
            said[path] = counts
            guard let before else { continue }
            let standing = findings.count - new.filter { $0.path == path }.count
            let fixed = before.values.reduce(0, +) - standing
            guard standing > 0 || fixed > 0 else { continue }
            lines.append(language == .dutch
                ? "\(path): \(standing) \(standing == 1 ? "melding van eerder staat" : "meldingen van eerder staan") nog (hierboven)\(fixed > 0 ? ", \(fixed) opgelost" : "")"
                : "\(path): \(standing) earlier \(standing == 1 ? "finding stands" : "findings stand") (above)\(fixed > 0 ? ", \(fixed) fixed" : "")")
        }
        return (new, lines)
    }

    private static func key(_ finding: Diagnostic) -> String {
        "\(finding.severity.rawValue)\u{1}\(finding.code.rawValue)\u{1}\(finding.message.dutch)"
    }
}
