import BegeleidModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the files a cache lists are still in the output folder, told a folder at a time (issue 18:
/// an `faccessat` for each of the five files of a thousand entries was the longest wait of a one-file
/// rebuild).
///
/// A file added to, removed from or renamed in a folder changes the folder's modification and change
/// times, and the change time cannot be set back. So what `stat` said of a folder when every file listed
/// in it was there vouches for those files for as long as `stat` says the same (StampFile keeps it from
/// one build to the next). A folder without such a stamp, or changed since, is looked at file by file
/// (one `readdir` for a folder of many, such as the outlines'), and stamped when all its files are there:
/// the stamp is taken before they are looked for, so a file removed while they are looked for is either
/// missed, or changes the folder after the stamp.
///
/// A stamp is kept only when the folder's last change is older than its clock's tick (`settled`): a file
/// removed within the same tick as the change before could leave both times as they were.
enum FolderStamps {
    /// The files of one folder, each with the entry that lists it (paths relative to the output folder, as the
    /// entry lists them: a file's name in its folder is worked out only when the folder is looked at file by file).
    struct Group: Sendable {
        var folder: String
        var files: [(entry: String, path: String)]
    }

    /// What was found of each group: the entries with a file not there, and the folder's stamp when it vouches
    /// for all its files (nil: no stamp to keep).
    struct Found: Sendable {
        var missing: [String]
        var stamp: FileStamp?
    }

    /// A folder of at least this many listed files is read whole once rather than asked file by file.
    static let readWhole = 16

    /// The relative files of `entries`, by folder, in no set order (a file named by an absolute path stays out:
    /// `absolute` lists it, with its entry).
    static func groups(of entries: [String: BuildCache.Entry]) -> (groups: [Group], absolute: [(entry: String, path: String)]) {
        // (By the folder as part of its file's path: no text made to look one up, only for a group.)
        var index: [Substring: Int] = [:]
        index.reserveCapacity(entries.count + 1)
        var groups: [Group] = []
        groups.reserveCapacity(entries.count + 1)
        var absolute: [(entry: String, path: String)] = []
        // (Each entry's files taken by its position: an entry taken whole was copied, each of its texts and lists
        // retained, for a thousand entries at the start of every rebuild.)
        var last: (folder: Substring, group: Int)?, previous: (folder: Substring, group: Int)?
        for position in entries.indices {
            let entry = entries.keys[position]
            let files = entries.values[position].files
            // (An entry's files are mostly in one folder, and its outline in the outlines' folder: the last two
            // folders are looked up once, not a file at a time.)
            for file in files {
                if file.hasPrefix("/") {
                    absolute.append((entry, file))
                    continue
                }
                let folder = self.folder(of: file)
                let group: Int
                if let last, last.folder == folder {
                    group = last.group
                } else if let before = previous, before.folder == folder {
                    group = before.group
                    (previous, last) = (last, before)
                } else {
                    if let known = index[folder] {
                        group = known
                    } else {
                        group = groups.count
                        index[folder] = group
                        groups.append(Group(folder: String(folder), files: []))
                    }
                    (previous, last) = (last, (folder, group))
                }
                groups[group].files.append((entry, file))
            }
        }
        return (groups, absolute)
    }

    /// What `stat` says now of each folder of `paths` (absolute) that is a folder, by path, on every core.
    static func now(_ paths: [String]) -> [String: FileStamp] {
        Dictionary(zip(paths, StatInFolders.of(paths)).compactMap { path, info in
            info.flatMap { ($0.st_mode & S_IFMT) == S_IFDIR ? (path, FileStamp($0)) : nil }
        }, uniquingKeysWith: { first, _ in first })
    }

    /// Each group looked at in `output`: trusted whole when `recorded` (by absolute path) has the stamp its folder
    /// has now (from `taken`, what `now` said a moment ago, else asked now), else file by file.
    static func check(_ groups: [Group], in output: String, recorded: [String: FileStamp],
                      taken: [String: FileStamp] = [:]) -> [Found] {
        let root = open(output, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if root >= 0 { close(root) } }
        let base = FileStamp.Memo.absolute(output)
        return Parallel.map(groups) { group in
            let path = path(of: group.folder, base: base)
            guard root >= 0, let stamp = taken[path] ?? stamp(group.folder, in: root) else {
                return Found(missing: group.files.map(\.entry), stamp: nil)
            }
            if let known = recorded[path], known == stamp { return Found(missing: [], stamp: stamp) }
            let missing = absent(group, in: root)
            return Found(missing: missing, stamp: missing.isEmpty && settled(stamp, now: now()) ? stamp : nil)
        }
    }

    /// The stamps `found` (what `check` found of `groups`) keeps, by folder (relative).
    static func stamps(of groups: [Group], _ found: [Found]) -> [String: FileStamp] {
        Dictionary(uniqueKeysWithValues: zip(groups, found).compactMap { group, found in found.stamp.map { (group.folder, $0) } })
    }

    /// Whether a stamp taken `now` (nanoseconds since 1970) may be kept: the folder's last change is older than the
    /// tick of its file system's clock. Times in whole hundredths of a second hint at a coarse clock (FAT keeps two
    /// seconds, ext3 one): such a folder waits two seconds; others a tenth, well above the kernel's tick of
    /// one to ten milliseconds (a full build's folders are mostly stamped by its end).
    static func settled(_ stamp: FileStamp, now: Int64) -> Bool {
        let coarse = stamp.modified % 10_000_000 == 0 && stamp.changed % 10_000_000 == 0
        return now - max(stamp.modified, stamp.changed) >= (coarse ? 2_000_000_000 : 100_000_000)
    }

    /// The stamps of `folders` (relative to `output`) by absolute path, as StampFile keeps them.
    static func lines(_ folders: [String: FileStamp], in output: String) -> [(path: String, stamp: FileStamp)] {
        let base = FileStamp.Memo.absolute(output)
        return folders.keys.sorted().compactMap { folder in folders[folder].map { (path(of: folder, base: base), $0) } }
    }

    // MARK: - Looking

    private static func path(of folder: String, base: String) -> String {
        folder.isEmpty ? base : base + "/" + folder
    }

    /// The folder of `file` (relative), "" for one at the top.
    private static func folder(of file: String) -> Substring {
        guard let offset = file.utf8LastOffset(of: UInt8(ascii: "/")) else { return "" }
        return file[..<file.utf8.index(file.utf8.startIndex, offsetBy: offset)]
    }

    private static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return FileStamp.nanoseconds(time)
    }

    /// What `stat` says of `folder` (relative to `root`; "" is the root itself) when it is a folder.
    private static func stamp(_ folder: String, in root: Int32) -> FileStamp? {
        var info = stat()
        let found = folder.isEmpty ? fstat(root, &info) : fstatat(root, folder, &info, 0)
        guard found == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return FileStamp(info)
    }

    /// The entries of `group` with a file not in its folder now.
    private static func absent(_ group: Group, in root: Int32) -> [String] {
        if group.files.count >= readWhole, let names = names(in: group.folder, root: root) {
            return group.files.filter { !names.contains(Layout.fileName($0.path)) }.map(\.entry)
        }
        return group.files.filter { faccessat(root, $0.path, F_OK, 0) != 0 }.map(\.entry)
    }

    /// The names in `folder` (nil when it cannot be read).
    private static func names(in folder: String, root: Int32) -> Set<String>? {
        let descriptor = openat(root, folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return nil
        }
        defer { closedir(directory) }
        var names = Set<String>()
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            names.insert(name)
        }
        return names
    }
}
