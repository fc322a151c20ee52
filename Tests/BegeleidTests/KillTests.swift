@testable import BegeleidPipeline
import Foundation
import Testing

/// Issue 6, item 4: a laptop lid closes, a terminal is closed, the machine
/// dies in the middle of a build. A build is killed with SIGKILL at many
/// moments; afterwards every output file is either its complete previous
/// version or its complete new version, the input is untouched, and the next
/// build finishes the job and leaves nothing behind.
@Suite("No loss: a build killed at any moment")
struct KillTests {
    static let kills = 80

    /// The example input (notes, profiles, offer, synonyms) and a later version of it.
    static func inputs(in folder: URL) throws -> (before: URL, after: URL) {
        let before = folder.appendingPathComponent("voor/Input")
        let after = folder.appendingPathComponent("na/Input")
        for target in [before, after] {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("Input"), to: target)
        }
        // The later version: every session's title and one profile changed.
        let sessions = after.appendingPathComponent("sessies")
        for name in try FileManager.default.contentsOfDirectory(atPath: sessions.path) where name.hasSuffix(".md") {
            let url = sessions.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            let key = text.contains("\ntitel: ") ? "\ntitel: " : "\ntitle: "
            try Data(text.replacing1(key, with: key + "Bijgewerkt — ").utf8).write(to: url)
        }
        let profile = after.appendingPathComponent("organisaties/gemeente-deventer.yaml")
        let text = try String(contentsOf: profile, encoding: .utf8)
        try Data(text.replacing1("deelnemers: 16", with: "deelnemers: 18").utf8).write(to: profile)
        return (before, after)
    }

    static func build(_ input: URL, into output: URL, in folder: URL) throws -> Binary.Run {
        try Binary.run(["build", "--input", input.path, "--output", output.path], in: folder, timeout: 120)
    }

    /// Puts exactly `files` (relative path → bytes) into `folder`.
    static func restore(_ files: [String: Data], into folder: URL) throws {
        try? FileManager.default.removeItem(at: folder)
        for (name, data) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }

    static func isTemporary(_ name: String) -> Bool {
        let file = (name as NSString).lastPathComponent
        return file.hasPrefix(".") && file.hasSuffix(".tmp")
    }

    @Test func everyFileIsWholeOldOrWholeNewAfterAKill() throws {
        let folder = Fixtures.temporaryFolder("kill")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (before, after) = try Self.inputs(in: folder)
        let output = folder.appendingPathComponent("Output")

        // The previous state: a finished build of the earlier notes.
        #expect(try Self.build(before, into: output, in: folder).status == 0)
        let old = Fixtures.contents(of: output)
        // The new state: the later notes built over it, to the end. Timed, to aim the kills.
        let reference = folder.appendingPathComponent("Referentie")
        try Self.restore(old, into: reference)
        let finished = try Self.build(after, into: reference, in: folder)
        #expect(finished.status == 0, "\(finished.stderr)")
        let new = Fixtures.contents(of: reference)
        let changed = Set(new.keys.filter { old[$0] != new[$0] })
        #expect(changed.count >= 8, "the later notes change reports, index, data and a proposal: \(changed.sorted())")
        let inputBefore = Fixtures.contents(of: after)

        var random = SeededRandom(seed: 20261129)
        // The window the kills fall in follows how long builds take right now (a busy machine is slower).
        var window = finished.seconds * 1.1
        var killedMidway = 0
        var sawMixed = 0
        for _ in 0..<Self.kills {
            try Self.restore(old, into: output)
            let process = Process()
            process.executableURL = Binary.url
            process.arguments = ["build", "--input", after.path, "--output", output.path]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            // Anywhere from before the first write to just after the end.
            let delay = random.next(below: Int(window * 1_000_000) + 1)
            try process.run()
            usleep(UInt32(delay))
            if process.isRunning { killedMidway += 1 } else { window *= 0.8 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilGone()

            let now = Fixtures.contents(of: output)
            var fromOld = 0
            var fromNew = 0
            // (The notes' stamps differ from build to build: after a kill they are the last build's, whole.)
            if let stamps = now[Fixtures.stamps] {
                #expect(StampFile.parse(stamps).count == stamps.filter { $0 == 0x0A }.count, "every line of the stamps whole")
            }
            for (name, data) in now where !Self.isTemporary(name) && name != Fixtures.stamps {
                let isOld = old[name] == data
                let isNew = new[name] == data
                #expect(isOld || isNew, "\(name) is neither its previous nor its new version after a kill at \(delay) µs")
                if changed.contains(name) { fromOld += isOld ? 1 : 0; fromNew += isNew ? 1 : 0 }
            }
            // The build cache and the stamps leave first and come back last: after a kill they may be gone (a full
            // build follows, reading every note).
            for name in old.keys where now[name] == nil && name != ".begeleid/cache.json" && name != Fixtures.stamps {
                #expect(new[name] == nil, "\(name) went missing after a kill at \(delay) µs")
            }
            if fromOld > 0, fromNew > 0 { sawMixed += 1 }
            if fromNew == 0, process.terminationReason == .uncaughtSignal { window *= 1.1 }
            #expect(Fixtures.contents(of: after) == inputBefore, "the input changed")
        }
        // The kills must have hit builds at work, some of them half-way through writing.
        #expect(killedMidway >= Self.kills / 2, "only \(killedMidway) kills hit a running build")
        #expect(sawMixed >= 3, "only \(sawMixed) kills landed between the first and the last write")

        // The next build finishes the job: the new state exactly, with no temporary files left.
        let rerun = try Self.build(after, into: output, in: folder)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let final = Fixtures.contents(of: output)
        #expect(final.keys.filter(Self.isTemporary).isEmpty, "left behind: \(final.keys.filter(Self.isTemporary))")
        #expect(final.filter { $0.key != Fixtures.stamps } == new.filter { $0.key != Fixtures.stamps })
        print("kill test: \(Self.kills) kills, \(killedMidway) during a build, \(sawMixed) between the first and the last write; build takes \(String(format: "%.2f", finished.seconds)) s")
    }
}

extension KillTests {
    /// Found by a blind tester: build B killed half-way, the notes changed back to A, and
    /// the next build said "all unchanged" and kept B's reports, text the writer had removed.
    @Test func notesChangedBackAfterAKillGetTheirOwnReports() throws {
        let folder = Fixtures.temporaryFolder("kill-revert")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (before, after) = try Self.inputs(in: folder)
        let output = folder.appendingPathComponent("Output")
        #expect(try Self.build(before, into: output, in: folder).status == 0)
        let old = Fixtures.contents(of: output)
        let timing = try Self.build(after, into: folder.appendingPathComponent("Tijd"), in: folder)
        var random = SeededRandom(seed: 7)
        var tried = 0
        for _ in 0..<12 {
            try Self.restore(old, into: output)
            let process = Process()
            process.executableURL = Binary.url
            process.arguments = ["build", "--input", after.path, "--output", output.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(random.next(below: Int(timing.seconds * 0.9 * 1_000_000) + 1)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilGone()
            // Changed back: the earlier notes, built again, give exactly the earlier output.
            #expect(try Self.build(before, into: output, in: folder).status == 0)
            let now = Fixtures.contents(of: output)
            let wrong = now.keys.filter { !Self.isTemporary($0) && $0 != Fixtures.stamps && now[$0] != old[$0] }.sorted()
            #expect(wrong.isEmpty, "kept from the interrupted build: \(wrong.prefix(5))")
            tried += 1
        }
        #expect(tried == 12)
    }
}

/// A small deterministic generator (SplitMix64), so a failing kill can be repeated; as a
/// `RandomNumberGenerator` it drives the generated templates and value maps of other tests too.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
}
