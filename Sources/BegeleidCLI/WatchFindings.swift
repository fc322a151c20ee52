import BegeleidModel
import Foundation

/// What `watch` said of each file at its last save: a save prints the findings that are new, and one line of how many
/// stand from before and how many were fixed (blind tester 38: every save printed the file's whole list again, twenty
/// lines, with no way to see what the last save changed). The first build of a file prints them all.
final class WatchFindings: @unchecked Sendable {
    private let lock = NSLock()
    /// Per file, each finding's code, message and suggestion with the lines where it stands (lines shift as a note
    /// grows: not in the key).
    private var said: [String: [String: [SourceLocation]]] = [:]

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
            var groups: [String: [Int]] = [:]
            for (index, finding) in findings.enumerated() { groups[Self.key(finding), default: []].append(index) }
            // Of findings with the same key, those said before are the ones in the same column (what stands before it
            // on its line), then nearest the lines they stood on; the rest are new (blind tester 44: the first of two
            // was taken for the old one, and the terminal sent the co-moderator to the line of a finding from before;
            // blind tester 46: so was one typed above it).
            var isNew = Array(repeating: false, count: findings.count)
            for (key, indices) in groups {
                var unpaired = indices
                for place in before?[key] ?? [] {
                    let distance = { (index: Int) in
                        (findings[index].location.column == place.column ? 0 : 1, abs(findings[index].location.line - place.line), index)
                    }
                    guard let nearest = unpaired.indices.min(by: { distance(unpaired[$0]) < distance(unpaired[$1]) }) else { break }
                    unpaired.remove(at: nearest)
                }
                for index in unpaired { isNew[index] = true }
            }
            let fresh = findings.indices.filter { isNew[$0] }.map { findings[$0] }
            new += fresh
            said[path] = groups.mapValues { $0.map { findings[$0].location } }
            guard let before else { continue }
            let standing = findings.count - fresh.count
            let fixed = before.values.reduce(0) { $0 + $1.count } - standing
            guard standing > 0 || fixed > 0 else { continue }
            lines.append(language == .dutch
                ? "\(path): \(standing) \(standing == 1 ? "melding van eerder staat" : "meldingen van eerder staan") nog (hierboven)\(fixed > 0 ? ", \(fixed) opgelost" : "")"
                : "\(path): \(standing) earlier \(standing == 1 ? "finding stands" : "findings stand") (above)\(fixed > 0 ? ", \(fixed) fixed" : "")")
        }
        return (new, lines)
    }

    /// (The suggestion too: one that changed, `bedoelde je “Veilighied”?` once the value was typed so, is news.)
    private static func key(_ finding: Diagnostic) -> String {
        "\(finding.severity.rawValue)\u{1}\(finding.code.rawValue)\u{1}\(finding.message.dutch)\u{1}\(finding.suggestion ?? "")"
    }
}
