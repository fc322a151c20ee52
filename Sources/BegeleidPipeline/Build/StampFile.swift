import BegeleidModel
import Foundation

/// `.begeleid/stempels`: the stamps of the notes (FileStamp) with the hash each
/// was read at, from one build to the next, so that a build reads only the
/// notes `stat` says may have changed (issue 18, item 6: reading and hashing a
/// thousand unchanged notes was a sixth of a one-file rebuild).
///
/// A line a file, tab-separated: hash, size, modification and change times,
/// inode, device, absolute path. Not part of the cache: its lines differ
/// between two copies of the same notes and between two builds of them, and a
/// build without it only reads more. Read when a build starts (a line that
/// cannot be read is passed over), written when it is done (a build cut off
/// leaves the last one, still true of the files it names); a public build
/// keeps none.
enum StampFile {
    static let path = Layout.state + "/stempels"

    /// The stamps of the last build in `output`, handed to FileStamp.memo; from here on this process keeps stamps.
    static func load(from output: String) {
        FileStamp.memo.keep()
        guard let data = FileManager.default.contents(atPath: Layout.join(output, path)) else { return }
        FileStamp.memo.adopt(parse(data))
    }

    /// Writes the stamps known of `files` (the notes of this build) into `writer`'s folder.
    static func write(_ files: [String], in writer: OutputWriter) throws(Building.Failure) {
        let file = try PendingFile(path, in: writer)
        try file.append(encode(FileStamp.memo.entries(of: files)))
        try file.commit()
    }

    static func encode(_ entries: [(path: String, stamp: FileStamp, hash: String)]) -> Data {
        var text = ""
        for entry in entries where !entry.path.contains("\n") && !entry.path.contains("\t") {
            let stamp = entry.stamp
            text += "\(entry.hash)\t\(stamp.size)\t\(stamp.modified)\t\(stamp.changed)\t\(stamp.inode)\t\(stamp.device)\t\(entry.path)\n"
        }
        return Data(text.utf8)
    }

    static func parse(_ data: Data) -> [(path: String, stamp: FileStamp, hash: String)] {
        String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 6, omittingEmptySubsequences: false)
            guard fields.count == 7, !fields[0].isEmpty, fields[6].hasPrefix("/"),
                  let size = Int64(fields[1]), let modified = Int64(fields[2]), let changed = Int64(fields[3]),
                  let inode = UInt64(fields[4]), let device = UInt64(fields[5]) else { return nil }
            return (String(fields[6]), FileStamp(size: size, modified: modified, changed: changed, inode: inode, device: device),
                    String(fields[0]))
        }
    }
}
