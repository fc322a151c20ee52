import Foundation
import Testing

/// Issue 6, item 1: every kind of broken input a co-moderator's laptop can
/// produce, each run through the real binary (`begeleid build`) beside one
/// good session. Each gets a report or a located error, exit 0, 1 or 2,
/// within a bounded time and never a signal; the good session's report is
/// never lost. `BrokenInputs.all` lists the kinds and what must come of each.
@Suite("Broken input corpus: a report or a located error, never a crash or a hang")
struct BrokenInputCorpusTests {
    /// A debug build on a busy 2-core machine (a release build takes a tenth:
    /// the slowest kind, 10,000 effects in one value map, 2.5 s).
    static let timeLimit = 180.0

    @Test func theCorpusHasAtLeastTwentyFiveKinds() {
        #expect(BrokenInputs.all.count >= 25)
        #expect(Set(BrokenInputs.all.map(\.name)).count == BrokenInputs.all.count)
    }

    @Test(arguments: BrokenInputs.all)
    func brokenInput(_ kind: BrokenInput) throws {
        let folder = Fixtures.temporaryFolder("corpus-\(kind.name)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("Input")
        let sessions = input.appendingPathComponent("sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        try Data(Sessions.valid.utf8).write(to: sessions.appendingPathComponent("goed.md"))
        try kind.make(input)
        let inputBefore = Fixtures.contents(of: input)
        let output = folder.appendingPathComponent("Output")
        let run = try Binary.run(["build", "--input", input.path, "--output", output.path] + kind.arguments,
                                 in: folder, timeout: Self.timeLimit)
        #expect(!run.signalled, "\(kind.name): ended by a signal\n\(run.stderr.suffix(2000))")
        #expect(!run.timedOut, "\(kind.name): still running after \(Self.timeLimit) s")
        #expect(Fixtures.contents(of: input) == inputBefore, "\(kind.name): the input was changed")
        let findings = Finding.parse(run.stderr)
        switch kind.expected {
        case .report(let slug):
            #expect(run.status == 0 || run.status == 1, "\(kind.name): exit \(run.status)\n\(run.stderr.prefix(1500))")
            #expect(findings.allSatisfy { $0.severity == "warning" }, "\(kind.name): \(findings.filter { $0.severity == "error" })")
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("sessies/\(slug)/rapport.html").path),
                    "\(kind.name): no report for \(slug)\n\(run.stderr.prefix(1500))")
        case .refused(let codes, let file, let line, let column):
            #expect(run.status == 1, "\(kind.name): exit \(run.status)\n\(run.stderr.prefix(1500))")
            let located = findings.filter { $0.severity == "error" && codes.contains($0.code) && $0.path.hasSuffix(file) }
            #expect(!located.isEmpty, "\(kind.name): no \(codes) error for \(file)\n\(run.stderr.prefix(1500))")
            if let line { #expect(located.contains { $0.line == line }, "\(kind.name): \(located.map(\.line)) ≠ line \(line)") }
            if let column { #expect(located.contains { $0.column == column }, "\(kind.name): \(located.map(\.column)) ≠ column \(column)") }
        case .proposal(let slug):
            #expect(run.status == 0 || run.status == 1, "\(kind.name): exit \(run.status)\n\(run.stderr.prefix(1500))")
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("voorstellen/\(slug)/voorstel.html").path),
                    "\(kind.name): no proposal for \(slug)\n\(run.stderr.prefix(1500))")
        case .stopped(let text):
            #expect(run.status == 2, "\(kind.name): exit \(run.status)\n\(run.stderr.prefix(1500))")
            #expect(run.stderr.contains(text), "\(kind.name): \(run.stderr.prefix(1500))")
        }
        if case .stopped = kind.expected { return }
        // Whatever else happened, the good session next to it was built.
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("sessies/goed/rapport.html").path),
                "\(kind.name): the good session lost its report")
        // And every finding is located: a line and a column in a named file.
        #expect(findings.allSatisfy { $0.line >= 1 && $0.column >= 1 && !$0.path.isEmpty })
        print("corpus: \(kind.name) → exit \(run.status), \(String(format: "%.2f", run.seconds)) s")
    }
}

/// One line of `build`'s findings in compiler format: `path:line:col: severity: message [code]`.
struct Finding: CustomStringConvertible {
    var path: String
    var line: Int
    var column: Int
    var severity: String
    var code: String

    var description: String { "\(path):\(line):\(column): \(severity) [\(code)]" }

    static func parse(_ text: String) -> [Finding] {
        let pattern = /^(.+):(\d+):(\d+): (error|warning): .* \[([a-z0-9-]+)\]$/
        return text.split(separator: "\n").compactMap { line in
            guard let match = line.wholeMatch(of: pattern), let row = Int(match.2), let column = Int(match.3) else { return nil }
            return Finding(path: String(match.1), line: row, column: column, severity: String(match.4), code: String(match.5))
        }
    }
}
