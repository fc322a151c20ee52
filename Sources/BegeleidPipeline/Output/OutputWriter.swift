import Foundation

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes output files atomically: a temporary file beside the target, then
/// a rename, so a reader (or a build killed half-way) only ever sees the
/// complete old file or the complete new one.
struct OutputWriter: Sendable {
    let root: String
    /// Folders known to exist: made once, not once per file.
    private let folders = KnownFolders()

    init(root: String) { self.root = root }

    /// Writes `data`, unless the file already holds exactly that.
    func write(_ data: Data, to relative: String) throws(Building.Failure) {
        let target = (root as NSString).appendingPathComponent(relative)
        if Self.regularContents(of: target) == data { return }
        try write(parts: CollectionOfOne(data), to: relative)
    }

    func ensureFolder(_ folder: String) throws(Building.Failure) {
        guard !folders.contains(folder) else { return }
        guard Self.makeFolder(folder, below: root) else { throw failure(folder, nl: "map kan niet worden gemaakt", en: "folder cannot be created") }
        folders.insert(folder)
    }

    /// Writes a file made of parts, one part in memory at a time (`sessies.json`
    /// of ten thousand sessions): a temporary file beside the target, then a rename.
    func write(parts: some Sequence<Data>, to relative: String) throws(Building.Failure) {
        let target = (root as NSString).appendingPathComponent(relative)
        try ensureFolder(OutputPaths.folder(of: target))
        let temporary = Self.temporaryPath(for: target)
        // Plain system calls: Foundation's `createFile` would add a temporary file of its own.
        let descriptor = Self.createTemporary(temporary)
        guard descriptor >= 0 else { throw failure(target, nl: "bestand kan niet worden geschreven", en: "file cannot be written") }
        var complete = true
        var size = 0
        for part in parts where complete {
            complete = Self.writeAll(part, to: descriptor)
            size += part.count
        }
        close(descriptor)
        guard complete else {
            unlink(temporary)
            throw failure(target, nl: "bestand kan niet worden geschreven", en: "file cannot be written")
        }
        try replace(target, with: temporary, large: size >= Self.large)
    }

    /// Writes a file that `make` creates at the URL it is given (a temporary path beside the
    /// target, renamed over it when `make` returns; removed when it throws).
    func write(to relative: String, by make: (URL) throws -> Void) throws(Building.Failure) {
        let target = (root as NSString).appendingPathComponent(relative)
        try ensureFolder(OutputPaths.folder(of: target))
        let temporary = Self.temporaryPath(for: target)
        // `make` creates the file; whatever stands at the name (a leftover, a planted link) goes first.
        unlink(temporary)
        do {
            try make(URL(fileURLWithPath: temporary))
        } catch {
            unlink(temporary)
            throw failure(target, nl: "bestand kan niet worden geschreven: \(error.localizedDescription)",
                          en: "file cannot be written: \(error.localizedDescription)")
        }
        try replace(target, with: temporary)
    }

    /// Puts a whole temporary file in place of `target` (removed when that fails).
    private func replace(_ target: String, with temporary: String, large: Bool = false) throws(Building.Failure) {
        guard Self.put(temporary, over: target, large: large) else {
            unlink(temporary)
            throw failure(target, nl: "bestand kan niet worden vervangen", en: "file cannot be replaced")
        }
    }

    /// From this size on a file is `large` for `put`.
    static let large = 1 << 20

    /// Renames `temporary` over `target`. The `large` file it replaces is let go of on a thread of
    /// its own: on ext4 the last link to a file going frees its blocks there and then, and that was
    /// a third of writing `data/` in a one-file rebuild. (Held open across the rename, the old file
    /// is freed when it is closed; a process that ends first closes it on its way out.)
    static func put(_ temporary: String, over target: String, large: Bool) -> Bool {
        let old = large ? open(target, O_RDONLY | O_NOFOLLOW | O_CLOEXEC) : -1
        let renamed = rename(temporary, target) == 0
        if old >= 0 { letGo.async { close(old) } }
        return renamed
    }

    private static let letGo = DispatchQueue(label: "begeleid.letgo", qos: .utility)

    static func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }

    /// `mkdir -p` with plain system calls. Below `root` no symbolic link is
    /// followed: a link where a folder should be is replaced by a folder (a
    /// link planted as `sessies/<slug>` is never written through). `root`
    /// itself and what leads to it may be links.
    static func makeFolder(_ folder: String, below root: String) -> Bool {
        let relative = OutputPaths.relative(folder, below: root)
        guard makeFolder(root) else { return false }
        guard let relative else { return false }
        var current = root
        for part in relative.split(separator: "/") {
            current = (current as NSString).appendingPathComponent(String(part))
            var info = stat()
            if lstat(current, &info) == 0 {
                switch info.st_mode & S_IFMT {
                case S_IFDIR: continue
                case S_IFLNK: guard unlink(current) == 0 else { return false }
                default: return false
                }
            }
            guard mkdir(current, 0o755) == 0 || errno == EEXIST else { return false }
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return false }
        }
        return true
    }

    /// `mkdir -p` for the output folder itself (links followed: the user chose it).
    private static func makeFolder(_ folder: String) -> Bool {
        if mkdir(folder, 0o755) == 0 || errno == EEXIST {
            var info = stat()
            return stat(folder, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
        }
        guard errno == ENOENT, let parent = OutputPaths.parent(ofFolder: folder), parent != folder, makeFolder(parent) else { return false }
        return mkdir(folder, 0o755) == 0 || errno == EEXIST
    }

    /// Opens a new temporary file: never an existing one, never through a link
    /// (`O_EXCL | O_NOFOLLOW`). What stands at the name already (a leftover of
    /// this process id, or a link planted there) is removed first; a link is
    /// removed itself, not what it points to.
    static func createTemporary(_ path: String) -> Int32 {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        let descriptor = open(path, flags, 0o644)
        guard descriptor < 0, errno == EEXIST || errno == ELOOP else { return descriptor }
        unlink(path)
        return open(path, flags, 0o644)
    }

    /// The bytes of `path` when it is a regular file (not a link).
    private static func regularContents(of path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return try? handle.readToEnd() ?? Data()
    }

    /// The temporary name of `target` while this process writes it.
    static func temporaryPath(for target: String) -> String {
        OutputPaths.folder(of: target) + "/." + OutputPaths.name(of: target) + "." + processID + ".tmp"
    }

    /// This process's id as the temporary names hold it (asked once).
    private static let processID = String(getpid())

    /// Removes what a build killed half-way left behind: temporary files of
    /// processes that no longer run. The files they were to replace are whole.
    static func sweepLeftovers(in root: String) {
        guard let names = FileManager.default.enumerator(atPath: root) else { return }
        for case let name as String in names where name.hasSuffix(".tmp") {
            let file = (name as NSString).lastPathComponent
            let parts = file.dropLast(4).split(separator: ".")
            guard file.hasPrefix("."), parts.count >= 2, let pid = Int32(parts[parts.count - 1]), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink((root as NSString).appendingPathComponent(name))
        }
    }

    func failure(_ path: String, nl: String, en: String) -> Building.Failure {
        Building.Failure(path: path, message: .init(nl: nl, en: en))
    }
}

/// The folders an `OutputWriter` has made or found, shared by the workers of a build.
private final class KnownFolders: @unchecked Sendable {
    private let lock = NSLock()
    private var folders: Set<String> = []

    func contains(_ folder: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return folders.contains(folder)
    }

    func insert(_ folder: String) {
        lock.lock()
        folders.insert(folder)
        lock.unlock()
    }
}
