import BegeleidModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a build reads of the last one before it has its templates: `cache.json`
/// parsed and the notes' stamps (StampFile) read, each on a worker, while the
/// templates load (the cache's key is made of them; issue 18: waiting for the
/// two after the templates was the longest wait of a one-file rebuild). The
/// build of the same output folder takes them once it holds the folder's lock,
/// each when it needs it (the stamps first: the notes they do not vouch for are
/// read before the cache is there, Checking.Pass.startReadingEarly): the stamps
/// as they are (each one only says what a file held when `stat` said so), the
/// cache only when `cache.json` is still the file that was read (else it reads
/// it again), and its key, format and files are checked then.
public enum Prefetch {
    struct Read: Sendable {
        let output: String
        let cache: BuildCache?
        /// What `stat` said of `cache.json` when it was read (nil: there was none).
        let cacheFile: FileStamp?
        /// What `stat` says of the folders the stamps name, taken after they were read (FolderStamps: a folder
        /// whose stamp is still the one recorded vouches for its files).
        let folders: [String: FileStamp]
    }

    /// The notes' and folders' stamps of the last build (StampFile), and what `stat` says of those folders now.
    struct Stamps: Sendable {
        let stamps: [(path: String, stamp: FileStamp, hash: String)]
        let folders: [String: FileStamp]
    }

    /// The two reads as begun, taken by the build of their output folder.
    struct Begun: Sendable {
        let output: String
        let stamps: Parallel.Started<Stamps>
        let cache: Parallel.Started<(cache: BuildCache?, file: FileStamp?)>

        /// The cache as read, with the folders' stamps taken beside it (`stamps`: what the stamps' read gave).
        func read(stamps: Stamps?) -> Read? {
            guard let cache = try? cache.result() else { return nil }
            return Read(output: output, cache: cache.cache, cacheFile: cache.file, folders: stamps?.folders ?? [:])
        }
    }

    private static let started = Slot()

    /// Begins reading what the last build in `output` left (unless that was begun already): the cache on one
    /// worker; the stamps, and `stat` of the folders they name, on another.
    public static func start(output: String) {
        guard !started.holds(output) else { return }
        let stamps = Parallel.start { () -> Stamps in
            let stamps = FileBytes.contents(of: Layout.join(output, StampFile.path)).map(StampFile.parse) ?? []
            return Stamps(stamps: stamps, folders: FolderStamps.now(stamps.filter { $0.hash == StampFile.folder }.map(\.path)))
        }
        let cache = Parallel.start { () -> (cache: BuildCache?, file: FileStamp?) in
            let path = Layout.join(output, BuildCache.path)
            let cacheFile = FileStamp.now(path)
            return (cacheFile == nil ? nil : FileBytes.bytes(of: path).flatMap(BuildCache.init(bytes:)), cacheFile)
        }
        started.put(Begun(output: output, stamps: stamps, cache: cache))
    }

    /// The output folder `build` arguments (after the command's name) most likely name, to begin with before they
    /// are parsed: the value after `--output` (`--output=…`), else `Output`; nil for a public build (it keeps
    /// nothing) or arguments that name it twice. Only a guess: `take` hands over what was read only for the folder
    /// the parsed arguments name.
    public static func likelyOutput(of arguments: ArraySlice<String>) -> String? {
        var output: String?
        var named = 0
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "--" { break }
            if argument == "--public" { return nil }
            if argument == "--output" {
                output = rest.popFirst()
                named += 1
            } else if argument.hasPrefix("--output=") {
                output = String(argument.dropFirst("--output=".count))
                named += 1
            }
        }
        guard named <= 1 else { return nil }
        return output ?? "Output"
    }

    /// What was begun for `output`, once (nil when nothing was begun for it); each read's result is taken once.
    static func take(output: String) -> Begun? {
        started.take(output)
    }

    private final class Slot: @unchecked Sendable {
        private let lock = NSLock()
        private var begun: Begun?

        func put(_ begun: Begun) {
            lock.lock()
            self.begun = begun
            lock.unlock()
        }

        func holds(_ output: String) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            return begun?.output == output
        }

        func take(_ output: String) -> Begun? {
            lock.lock()
            defer { lock.unlock() }
            guard let begun, begun.output == output else { return nil }
            self.begun = nil
            return begun
        }
    }
}
