import BegeleidModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file put together part by part while other files are too: a temporary
/// file beside the target (as `OutputWriter.write(parts:to:)` makes), renamed
/// over the target by `commit`, or removed by `discard` (a scratch file whose
/// bytes go into another file). What a build cut off leaves is swept like
/// every temporary file.
final class PendingFile {
    let target: String
    let temporary: String
    /// Bytes appended so far.
    private(set) var size: Int64 = 0
    private var descriptor: Int32
    private var reader: Int32 = -1

    /// A new file at `relative` in `writer`'s folder; `scratch` names a scratch file beside it instead.
    init(_ relative: String, in writer: OutputWriter, scratch: String? = nil) throws(Building.Failure) {
        let target = (writer.root as NSString).appendingPathComponent(relative)
        try writer.ensureFolder((target as NSString).deletingLastPathComponent)
        let temporary = OutputWriter.temporaryPath(for: scratch.map { target + "." + $0 } ?? target)
        let descriptor = OutputWriter.createTemporary(temporary)
        guard descriptor >= 0 else { throw writer.failure(target, nl: "bestand kan niet worden geschreven", en: "file cannot be written") }
        self.target = target
        self.temporary = temporary
        self.descriptor = descriptor
    }

    deinit { discard() }

    /// `ahead` when it was made (PendingFilesAhead), else a new file at `relative` in `writer`'s folder.
    static func taking(_ ahead: PendingFile?, or relative: String, in writer: OutputWriter) throws(Building.Failure) -> PendingFile {
        if let ahead { return ahead }
        return try PendingFile(relative, in: writer)
    }

    /// Appended bytes not yet written: a build appends ten thousand pieces of a kilobyte or two to
    /// the tables of `data/`, and a system call for each was a sixth of a one-file rebuild.
    private var pending = Data()
    private static let pendingLimit = 1 << 16

    func append(_ data: Data) throws(Building.Failure) {
        guard descriptor >= 0 else { throw failure("bestand kan niet worden geschreven", "file cannot be written") }
        size += Int64(data.count)
        if pending.count + data.count <= Self.pendingLimit {
            pending.append(data)
            return
        }
        try flush()
        if data.count >= Self.pendingLimit {
            guard OutputWriter.writeAll(data, to: descriptor) else { throw failure("bestand kan niet worden geschreven", "file cannot be written") }
        } else {
            pending.append(data)
        }
    }

    private func flush() throws(Building.Failure) {
        guard !pending.isEmpty else { return }
        guard descriptor >= 0, OutputWriter.writeAll(pending, to: descriptor) else {
            throw failure("bestand kan niet worden geschreven", "file cannot be written")
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Whether what `append(from:at:count:)` copies in is sent to the disk as the copy goes on, a megabyte at a
    /// time: for a large file that replaces one (CollectionFile). ext4 writes a file's blocks out at the rename that
    /// replaces another (`auto_da_alloc`, so that a power cut leaves the old file or the new one), and that rename of
    /// `data/sessies.json` waited 13 ms for 13 MB; sent out as it is copied, the disk writes while the copy goes on
    /// (copy and rename 17.3 → 13.9 ms), with the same guarantee. Not for a new file: nothing waits at its rename,
    /// and writing early would only make the build wait.
    var sendsOutAsItGoes = false
    private static let sendOutStep = 1 << 20

    /// Appends `count` bytes at `offset` of the open file `source`, copied in the kernel (`sendfile`).
    func append(from source: Int32, at offset: Int, count: Int) throws(Building.Failure) {
        try flush()
        var position = offset
        var left = count
        var at = size
        while left > 0 {
            #if canImport(Glibc)
            let sent = sendfile(descriptor, source, &position, sendsOutAsItGoes ? min(left, Self.sendOutStep) : left)
            if sent > 0, sendsOutAsItGoes {
                SendOut.range(descriptor, from: at, count: sent)
                at += Int64(sent)
            }
            #else
            var chunk = [UInt8](repeating: 0, count: min(left, 1 << 20))
            let got = chunk.withUnsafeMutableBytes { pread(source, $0.baseAddress!, $0.count, off_t(position)) }
            let sent = got > 0 && OutputWriter.writeAll(Data(chunk[..<got]), to: descriptor) ? got : -1
            if sent > 0 { position += sent }
            #endif
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { throw failure("bestand kan niet worden geschreven", "file cannot be written") }
            left -= sent
        }
        size += Int64(count)
    }

    /// Cuts what was appended back to its first `size` bytes, appending goes on from there; false when it cannot be cut
    /// (the file is then of no more use).
    func cut(to size: Int64) -> Bool {
        guard size <= self.size, (try? flush()) != nil, descriptor >= 0, ftruncate(descriptor, off_t(size)) == 0,
              lseek(descriptor, off_t(size), SEEK_SET) == off_t(size) else { return false }
        self.size = size
        return true
    }

    /// Up to `count` bytes from `position` of what was appended.
    func read(at position: Int64, count: Int) throws -> Data {
        try flush()
        if reader < 0 { reader = open(temporary, O_RDONLY | O_NOFOLLOW | O_CLOEXEC) }
        guard reader >= 0 else { throw CocoaError(.fileReadNoSuchFile) }
        var data = Data(count: count)
        let got = data.withUnsafeMutableBytes { pread(reader, $0.baseAddress!, count, off_t(position)) }
        guard got >= 0 else { throw CocoaError(.fileReadUnknown) }
        return data.prefix(got)
    }

    /// Puts the file in place of the target.
    func commit() throws(Building.Failure) {
        do throws(Building.Failure) {
            try flush()
        } catch {
            discard()
            throw error
        }
        closeAll()
        guard OutputWriter.put(temporary, over: target, large: size >= OutputWriter.large) else {
            unlink(temporary)
            throw failure("bestand kan niet worden vervangen", "file cannot be replaced")
        }
    }

    /// Removes the file (nothing happens once it is committed).
    func discard() {
        guard descriptor >= 0 else { return }
        closeAll()
        unlink(temporary)
    }

    private func closeAll() {
        pending = Data()
        if descriptor >= 0 { close(descriptor) }
        if reader >= 0 { close(reader) }
        descriptor = -1
        reader = -1
    }

    private func failure(_ dutch: String, _ english: String) -> Building.Failure {
        Building.Failure(path: target, message: LocalizedText(nl: dutch, en: english))
    }
}

#if canImport(Glibc)
/// `sync_file_range(…, SYNC_FILE_RANGE_WRITE)`: begins writing a range of a file out to the disk, without waiting
/// for it. (Glibc's module does not declare it: it needs `_GNU_SOURCE`; looked up in the C library once.)
private enum SendOut {
    private typealias Call = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32
    private struct Found: @unchecked Sendable { let call: Call? }
    private static let found = Found(call: dlopen(nil, RTLD_NOW).flatMap { dlsym($0, "sync_file_range") }
        .map { unsafeBitCast($0, to: Call.self) })
    private static let write: UInt32 = 2

    static func range(_ descriptor: Int32, from offset: Int64, count: Int) {
        _ = found.call?(descriptor, offset, Int64(count), write)
    }
}
#endif

/// The cache's and the stamps' files of a build that keeps them, made on a worker while the checks across files run
/// (making a file took a tenth of a millisecond to most of one on this disk, twice on a one-file rebuild's main
/// thread, where they were made when first written to). Either may be nil (it could not be made then): made again
/// when it is wanted, where its failure is told. Handed over once, from the worker to the build (`Parallel.Started`);
/// one not taken is removed when the build lets go of it, as a pending file not committed is.
struct PendingFilesAhead: @unchecked Sendable {
    let cache: PendingFile?
    let stamps: PendingFile?

    static func start(in writer: OutputWriter) -> Parallel.Started<PendingFilesAhead> {
        Parallel.start {
            PendingFilesAhead(cache: try? PendingFile(BuildCache.path, in: writer), stamps: try? PendingFile(StampFile.path, in: writer))
        }
    }
}

extension PendingFile {
    /// `bytes` put at `path` (relative to the output folder of `writer`) whole or not at all, for a file a build
    /// keeps only to go faster next time (VocabularyFile, LabelsFile): a failure costs that, and is not told.
    static func keep(_ bytes: Data, at path: String, in writer: OutputWriter) {
        guard let file = try? PendingFile(path, in: writer) else { return }
        do {
            try file.append(bytes)
            try file.commit()
        } catch {
            file.discard()
        }
    }
}
