import BegeleidModel
import BegeleidRender
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `data/sessies.json`: the counted sessions' documents in one JSON value,
/// the bytes of `SessionCollection.parts`. When the last build's file is still
/// the file it wrote (BuildCache.Sessies: the length of each document in it, and
/// what `stat` said of it then, from StampFile), the documents of sessions not rendered
/// again are copied from it, in runs, in the kernel; only the others are read
/// from their `sessie.json`. (Reading a thousand `sessie.json` was the longer
/// half of `data/` in a one-file rebuild.) Anything unexpected about the last
/// file means reading every document, as a full build does.
struct CollectionFile {
    /// A document to lay: the notes' name, whether the session was rendered before this build
    /// (its `sessie.json` unchanged since the last one), and how to have its bytes.
    struct Document {
        let name: String
        let unchanged: Bool
        let bytes: () -> Data
    }

    let writer: OutputWriter

    static let relative = Layout.data("sessies.json")

    /// Writes the file; returns what the next build needs to copy from it. When the last build's file already
    /// holds these documents, byte for byte, in this order, it stays as it is (as a report whose bytes are the
    /// same is not written again): a save that changes nothing published (a line of the private notes, say)
    /// does not copy the whole collection.
    /// `early`: the file as copied while the notes were checked (Early): taken whole when it is the file of these
    /// documents, or its head when that is theirs.
    func write(_ documents: [Document], last: BuildCache.Sessies?, early: Early? = nil) throws(Building.Failure) -> BuildCache.Sessies {
        var read: [Int: Data] = [:]
        let copy = early?.take()
        // (A copy not laid on is removed; one laid on is the file put in place, or removed when laying failed.)
        defer { copy?.file.discard() }
        if let last, let old = OldFile(Layout.join(writer.root, Self.relative), last) {
            defer { close(old.descriptor) }
            if old.holds(documents, names: last.names, read: &read) {
                return BuildCache.Sessies(lengths: last.lengths, names: last.names)
            }
            if let copy, copy.isWhole(documents, last: last, old: old, read: &read), (try? copy.file.commit()) != nil {
                early?.outcome = .whole
                return BuildCache.Sessies(lengths: copy.lengths, names: last.names)
            }
            let head = copy?.head(of: documents, last: last)
            // Failing half-way (the old file cut short meanwhile), it is made again reading every document.
            if let written = try? lay(documents, from: old, read: read, after: head) {
                if head != nil { early?.outcome = .head }
                return written
            }
        }
        return try lay(documents, from: nil, read: read)
    }

    /// The file made and put in place: the documents laid, the unchanged ones copied from `old` (a run
    /// of them that stood together there in one copy), the others read (or taken from `read`, by index,
    /// where `holds` read them already); after the head of `prefix`, when it holds the first ones.
    private func lay(_ documents: [Document], from old: OldFile?, read: [Int: Data], after prefix: Copy? = nil)
        throws(Building.Failure) -> BuildCache.Sessies {
        let file: PendingFile
        if let prefix { file = prefix.file } else { file = try PendingFile(Self.relative, in: writer) }
        // It replaces the last build's file: sent to the disk as it is copied, not at the rename (PendingFile), as
        // what was copied ahead was.
        file.sendsOutAsItGoes = old != nil
        var lengths: [Int] = prefix?.headLengths ?? []
        lengths.reserveCapacity(documents.count)
        // A stretch of the old file still to copy.
        var run: Range<Int>?
        func flush() throws(Building.Failure) {
            if let pending = run, let old { try file.append(from: old.descriptor, at: pending.lowerBound, count: pending.count) }
            run = nil
        }
        do throws(Building.Failure) {
            if prefix == nil { try file.append(SessionCollection.head) }
            for index in (prefix?.count ?? 0)..<documents.count {
                guard documents[index].unchanged, let old, let at = old.index[documents[index].name] else {
                    try flush()
                    let bytes = read[index] ?? SessionCollection.trimmed(documents[index].bytes())
                    try file.append(SessionCollection.separator(index))
                    try file.append(bytes)
                    lengths.append(bytes.count)
                    continue
                }
                let document = old.documents[at]
                // With the separator before it when that is the same here ("\n" first, ",\n" after): then it
                // joins a run that ends where it begins.
                let withSeparator = (at == 0) == (index == 0)
                let piece = withSeparator ? (document.lowerBound - SessionCollection.separator(at).count)..<document.upperBound : document
                if withSeparator, let current = run, current.upperBound == piece.lowerBound {
                    run = current.lowerBound..<piece.upperBound
                } else {
                    try flush()
                    if !withSeparator { try file.append(SessionCollection.separator(index)) }
                    run = piece
                }
                lengths.append(document.count)
            }
            try flush()
            try file.append(SessionCollection.tail)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
        return BuildCache.Sessies(lengths: lengths, names: documents.map(\.name))
    }

    /// The last build's file, open, with where each document stands in it; nil when it is not the file
    /// `last` describes (changed, replaced, gone, or of another length).
    struct OldFile {
        let descriptor: Int32
        let documents: [Range<Int>]
        let index: [String: Int]

        init?(_ path: String, _ last: BuildCache.Sessies) {
            guard last.names.count == last.lengths.count, let stamp = last.file, FileStamp.now(path) == stamp else {
                return nil
            }
            var documents: [Range<Int>] = []
            var position = SessionCollection.head.count
            for (index, length) in last.lengths.enumerated() {
                guard length >= 0 else { return nil }
                position += SessionCollection.separator(index).count
                documents.append(position..<position + length)
                position += length
            }
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            var info = stat()
            guard fstat(descriptor, &info) == 0, Int(info.st_size) == position + SessionCollection.tail.count,
                  FileStamp.now(path) == stamp else {
                close(descriptor)
                return nil
            }
            self.descriptor = descriptor
            self.documents = documents
            index = Dictionary(last.names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// Whether the file holds `documents` as they are: the same names (`names`, the last build's) in the
        /// same order, and each document rendered again the same bytes as its place here. Stops at the first
        /// that differs; the documents read to compare are left in `read`, by index.
        func holds(_ documents: [Document], names: [String], read: inout [Int: Data]) -> Bool {
            guard documents.count == names.count, documents.indices.allSatisfy({ documents[$0].name == names[$0] }) else {
                return false
            }
            for (index, document) in documents.enumerated() where !document.unchanged {
                let bytes = SessionCollection.trimmed(document.bytes())
                read[index] = bytes
                let place = self.documents[index]
                guard bytes.count == place.count, bytes == FileBytes.data(of: descriptor, at: place.lowerBound, count: place.count) else {
                    return false
                }
            }
            return true
        }
    }
}
