import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says of a notes file: size, modification and change times (to
/// the nanosecond), inode and device. A build trusts the hash taken of a file
/// whose stamp is unchanged since (`memo`) and reads (and hashes) only the
/// others: a stamp that differs, or none, is a doubt, settled by the bytes. The
/// change time cannot be set back, so notes rewritten with their size and
/// modification time restored are read again.
///
/// Stamps are kept in memory for the builds of one process (`watch` builds on
/// every save), and from one build to the next in a file of their own
/// (StampFile, `.begeleid/stempels`), not in the cache: they differ between
/// two copies of the same notes, and the cache's bytes, like every output's,
/// depend on the notes alone.
struct FileStamp: Sendable, Equatable {
    var size: Int64
    var modified: Int64
    var changed: Int64
    var inode: UInt64
    var device: UInt64

    /// A stamp taken within this many nanoseconds of a change is not kept: a second change
    /// in the same tick of the file system's clock could leave every field as it was.
    static let settling: Int64 = 1_000_000_000

    /// The stamp of `path` now (links followed, as the notes are read); nil when it cannot be had
    /// or the file changed too recently to be told apart from its next change.
    static func of(_ path: String, now: Date = Date()) -> FileStamp? {
        Self.now(path)?.settled(at: now)
    }

    /// The stamps of `paths` (as `of` each, on every core).
    static func of(_ paths: [String], now: Date = Date()) -> [FileStamp?] {
        StatInFolders.of(paths).map { info in info.flatMap { FileStamp($0).settled(at: now) } }
    }

    /// This stamp, unless it was taken too soon after the change it records to tell it from the next.
    private func settled(at now: Date) -> FileStamp? {
        Int64(now.timeIntervalSince1970 * 1e9) - max(modified, changed) >= Self.settling ? self : nil
    }

    /// What `stat` says of `path` now, however recent its last change (to tell whether a file is still
    /// the one read a moment ago, not whether its bytes are known).
    static func now(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(info)
    }

    /// The stamps and hashes of the files this process has read, or the last build read (StampFile).
    static let memo = Memo()

    /// Stamps by absolute path: the same notes reached as `Input/…` or `/abs/Input/…` are one file, and
    /// `Input/…` from another folder is another.
    final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        private var known: [String: (stamp: FileStamp, hash: String)] = [:]
        private var keeps = false
        /// Kept from one build to the next in this process (`watch`), not only through one build.
        private var persistent = false
        private static let base = FileManager.default.currentDirectoryPath

        static func absolute(_ path: String) -> String {
            path.hasPrefix("/") ? path : base + "/" + path
        }

        /// Stamps are kept for every later build of this process (the live preview).
        func keep() {
            lock.lock()
            keeps = true
            persistent = true
            lock.unlock()
        }

        /// Stamps are kept until `endOfBuild` (a build that writes them to StampFile).
        func keepForThisBuild() {
            lock.lock()
            keeps = true
            lock.unlock()
        }

        /// Lets go of the stamps unless they are kept for later builds (at N = 10,000 they were
        /// some megabytes through the pages across sessions, the peak of a build's memory).
        func endOfBuild() {
            lock.lock()
            if !persistent {
                known = [:]
                keeps = false
            }
            lock.unlock()
        }

        /// The hash taken of `path` when its stamp was `stamp`; nil when unknown or changed since.
        /// (The absolute path is made before the lock is taken: made under it, the workers that check a thousand
        /// notes waited for each other.)
        func hash(of path: String, stamp: FileStamp) -> String? {
            let absolute = Self.absolute(path)
            lock.lock()
            defer { lock.unlock() }
            guard let entry = known[absolute], entry.stamp == stamp else { return nil }
            return entry.hash
        }

        func record(_ path: String, stamp: FileStamp, hash: String) {
            let absolute = Self.absolute(path)
            lock.lock()
            if keeps { known[absolute] = (stamp, hash) }
            lock.unlock()
        }

        /// Stamps read back (StampFile): kept where this process knows none of its own.
        func adopt(_ entries: [(path: String, stamp: FileStamp, hash: String)]) {
            lock.lock()
            known.reserveCapacity(known.count + entries.count)
            for entry in entries where known.index(forKey: entry.path) == nil { known[entry.path] = (entry.stamp, entry.hash) }
            lock.unlock()
        }

        /// The stamps known of `paths`, in their order, by absolute path.
        func entries(of paths: [String]) -> [(path: String, stamp: FileStamp, hash: String)] {
            lock.lock()
            defer { lock.unlock() }
            return paths.compactMap { path in
                let absolute = Self.absolute(path)
                return known[absolute].map { (absolute, $0.stamp, $0.hash) }
            }
        }
    }
}

extension FileStamp {
    /// What `info` says (as `stat` filled it in).
    init(_ info: stat) {
        #if canImport(Darwin)
        let modified = Self.nanoseconds(info.st_mtimespec), changed = Self.nanoseconds(info.st_ctimespec)
        #else
        let modified = Self.nanoseconds(info.st_mtim), changed = Self.nanoseconds(info.st_ctim)
        #endif
        self.init(size: Int64(info.st_size), modified: modified, changed: changed, inode: UInt64(info.st_ino),
                  device: UInt64(info.st_dev))
    }

    /// `time` in nanoseconds since 1970, as the stamps keep times.
    static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
