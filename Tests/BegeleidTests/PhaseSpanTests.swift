import Foundation
import Testing

/// `BEGELEID_PHASES=1`: after the CPU table, each phase's span on the wall clock (Phases.spans), earliest first,
/// so that what a one-file rebuild waits for can be read off (issue 18).
@Suite("Phase spans")
struct PhaseSpanTests {
    @Test func aBuildTellsEachPhaseItsSpan() throws {
        let root = Fixtures.temporaryFolder()
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        try Sessions.valid.write(to: sessions.appendingPathComponent("een.md"), atomically: true, encoding: .utf8)
        try Sessions.valid.write(to: sessions.appendingPathComponent("twee.md"), atomically: true, encoding: .utf8)
        let run = try Binary.run(["build"], in: root, environment: ["BEGELEID_PHASES": "1"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex(of: "fase/phase\tvan/from ms\ttot/to ms\tmuurtijd/wall ms"), "\(run.stderr)")
        let rows = lines[(header + 1)...].prefix { !$0.isEmpty }.map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.count >= 10, "\(rows)")
        var spans: [String: (from: Double, to: Double)] = [:]
        var last = 0.0
        for row in rows {
            guard row.count == 4, let from = Double(row[1]), let to = Double(row[2]), let wall = Double(row[3]) else {
                Issue.record("not a span: \(row)")
                continue
            }
            #expect(from >= last && from <= to && abs(to - from - wall) < 0.11, "\(row)")
            last = from
            spans[row[0]] = (from, to)
        }
        // Every phase the CPU table names has a span, and none other.
        let cpu = lines[..<header].compactMap { line -> String? in
            let fields = line.split(separator: "\t")
            return fields.count == 3 && fields[1] != "aanroepen/calls" && fields[1] != "-" ? String(fields[0]) : nil
        }
        #expect(Set(cpu) == Set(spans.keys), "\(cpu) \(spans.keys.sorted())")
        // The notes are read before the pages across sessions are made, which end after they begin.
        let read = try #require(spans["lezen/read"]), across = try #require(spans["overkoepelend/aggregates"])
        #expect(read.from < across.from && across.from <= across.to)
    }
}
