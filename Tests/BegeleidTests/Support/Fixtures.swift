import BegeleidModel
import BegeleidPipeline
import BegeleidRender
import Foundation
import Testing

/// The fixture sessions in `Fixtures/sessies/` and the built binary.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// "Today" for every finding a test sees: before every date the tests' profiles carry.
    static let today = "2026-01-01"
    /// The notes' stamps in an output folder (StampFile): what `stat` said of them, so the one file whose
    /// bytes differ between two builds of the same notes.
    static let stamps = ".begeleid/stempels"
    static let repository = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var sessionFiles: [String] {
        files(in: "sessies").map { folder.appendingPathComponent("sessies/\($0)").path }
    }

    /// How many fixtures each folder holds. Parameterized tests loop over these folders; a folder
    /// renamed or emptied would leave them with nothing to test, so `FixtureCountTests` checks these.
    static let expectedCounts = ["sessies": 2, "privacy": 34, "hostile": 3, "broken": 1, "leaks": 1, "v2": 3]

    /// The `.md` files of a fixture folder, sorted; a missing folder gives none (and fails `FixtureCountTests`).
    static func files(in subfolder: String) -> [String] {
        let path = folder.appendingPathComponent(subfolder).path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }

    static let renderer: Renderer = {
        guard let templates = try? TemplateSet.load(directory: nil) else { fatalError("built-in templates do not load") }
        return Renderer(templates: templates)
    }()

    /// A corpus of `count` generated sessions (`scripts/corpus.py`) in `folder`: `Input/` and its notes.
    static func generateCorpus(_ count: Int, in folder: URL, seed: Int) throws {
        let script = repository.appendingPathComponent("scripts/corpus.py").path
        let generator = try Python.run("import runpy, sys; sys.argv[0] = 'corpus.py'; runpy.run_path('\(script)', run_name='__main__')",
                                       arguments: ["\(count)", folder.path, "--seed", "\(seed)"])
        #expect(generator.status == 0, "\(generator.stderr)")
    }

    /// The sessions without errors of a corpus of `count` generated notes (`generateCorpus`, in a folder removed after).
    static func generatedSessions(_ count: Int, seed: Int, name: String = #function) throws -> [Session] {
        let folder = temporaryFolder(name)
        defer { try? FileManager.default.removeItem(at: folder) }
        try generateCorpus(count, in: folder, seed: seed)
        return Checking.validSessions(in: folder.appendingPathComponent("Input").path)
    }

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder(_ name: String = #function) -> URL {
        let url = processFolder.appendingPathComponent(name.filter { $0.isLetter || $0.isNumber } + "-" + UUID().uuidString)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Where this test process keeps its temporary folders (some 36 MB a run): removed when the process ends, and
    /// those of earlier test processes that ended without removing theirs (killed, crashed) when it is first used.
    private static let processFolder: URL = {
        let base = FileManager.default.temporaryDirectory
        let prefix = "begeleid-tests-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
        }
        atexit { try? FileManager.default.removeItem(at: Fixtures.processFolder) }
        return base.appendingPathComponent(prefix + "\(getpid())")
    }()

    /// A fresh folder holding `Input/sessies/` with copies of the given fixtures (`sessies/ringweg.md`, …).
    static func input(_ fixtures: [String], name: String = #function) throws -> URL {
        let root = temporaryFolder(name)
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        for fixture in fixtures {
            let source = folder.appendingPathComponent(fixture)
            try FileManager.default.copyItem(at: source, to: sessions.appendingPathComponent(source.lastPathComponent))
        }
        return root
    }

    /// Every file under `folder`, as relative path → contents.
    static func contents(of folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return result }
        for case let name as String in enumerator {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[name] = FileManager.default.contents(atPath: path)
            }
        }
        return result
    }
}

/// Runs the built `begeleid` binary.
enum Binary {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Ended by a signal (a crash), not by exiting.
        var signalled = false
        /// Stopped by the test after `timeout` seconds.
        var timedOut = false
        var seconds: Double = 0
    }

    static let url: URL = {
        // The test bundle sits in the same products folder as the executable.
        var candidates = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        candidates += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for folder in candidates {
            for base in [folder, folder.deletingLastPathComponent()] {
                let url = base.appendingPathComponent("begeleid")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    return url
                }
            }
        }
        return Fixtures.repository.appendingPathComponent(".build/debug/begeleid")
    }()

    /// Runs the binary to its end, or stops it after `timeout` seconds. Output
    /// goes through files, so that no amount of it can block the process.
    /// `environment`: the child's whole environment (nil: this process's); never changes this process's own.
    /// "Today" is pinned (`BEGELEID_TODAY`, unless given) so that no test's findings change with the calendar.
    static func run(_ arguments: [String], in directory: URL? = nil, timeout: Double = 600, environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var childEnvironment = environment ?? ProcessInfo.processInfo.environment
        if childEnvironment["BEGELEID_TODAY"] == nil { childEnvironment["BEGELEID_TODAY"] = Fixtures.today }
        process.environment = childEnvironment
        if let directory { process.currentDirectoryURL = directory }
        let folder = Fixtures.temporaryFolder("binary-output")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        let start = Date()
        try process.run()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(start) > timeout {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(5_000)
        }
        process.waitUntilGone()
        try? out.close()
        try? err.close()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
            signalled: process.terminationReason == .uncaughtSignal && !timedOut, timedOut: timedOut,
            seconds: Date().timeIntervalSince(start))
    }
}
