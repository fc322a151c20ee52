import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file of the build's own (a kept outline, a `sessie.json` written before) read in plain system
/// calls, whole or a part at an offset: `FileManager.contents` was half of what `data/` cost in a
/// one-file rebuild, most of it for the outlines in front of the shares it needed.
struct FileBytes: ~Copyable {
    private let descriptor: Int32

    init?(_ path: String) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// The whole of the file at `path`; nil when it cannot be read.
    static func contents(of path: String) -> Data? {
        guard let file = FileBytes(path), let size = file.size else { return nil }
        return file.data(at: 0, count: size)
    }

    /// The same as bytes of an array (what CompactSource reads), read into it with no copy.
    static func bytes(of path: String) -> [UInt8]? {
        guard let file = FileBytes(path), let size = file.size else { return nil }
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            complete = size == 0 || read(file.descriptor, at: 0, count: size, into: buffer.baseAddress!)
            count = complete ? size : 0
        }
        return complete ? bytes : nil
    }

    var size: Int? {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? Int(info.st_size) : nil
    }

    /// `count` bytes at `offset`; nil when the file ends before.
    func data(at offset: Int, count: Int) -> Data? {
        Self.data(of: descriptor, at: offset, count: count)
    }

    /// `count` bytes at `offset` of the open file `descriptor` (the caller's); nil when the file ends before.
    static func data(of descriptor: Int32, at offset: Int, count: Int) -> Data? {
        guard count > 0 else { return count == 0 ? Data() : nil }
        // Read into memory of its own that Data then takes over (no zeroing first, no copy after).
        guard let memory = malloc(count) else { return nil }
        guard read(descriptor, at: offset, count: count, into: memory) else {
            free(memory)
            return nil
        }
        return Data(bytesNoCopy: memory, count: count, deallocator: .free)
    }

    /// `count` bytes at `offset` of `descriptor` read into `memory`, in as many reads as it takes; false when the
    /// file ends before (or a read fails).
    private static func read(_ descriptor: Int32, at offset: Int, count: Int, into memory: UnsafeMutableRawPointer) -> Bool {
        var done = 0
        while done < count {
            let got = pread(descriptor, memory + done, count - done, off_t(offset + done))
            guard got > 0 else { return false }
            done += got
        }
        return true
    }

    /// A little-endian 32-bit length at `offset`.
    func length(at offset: Int) -> Int? {
        data(at: offset, count: 4).map { bytes in bytes.reversed().reduce(0) { $0 << 8 | Int($1) } }
    }
}
