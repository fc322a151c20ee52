import CBegeleidZlib
import Foundation

/// Bytes deflated on their own (zlib, raw deflate) so that pieces can be laid
/// end to end into one deflate stream, as pigz does: every piece but the last
/// ends on a byte boundary with an empty stored block (`Z_SYNC_FLUSH`) and
/// without the final bit; the last is made `final`. Each piece carries the
/// CRC-32 and length of what it holds, which `Run` joins without the bytes.
///
/// A session's rows of the workbook are deflated so by the worker that renders
/// it and kept in the cache (DataShare), so a build puts the workbook together
/// by copying, however many sessions it has (issue 18).
public struct DeflatedPiece: Sendable, Equatable {
    /// Raw deflate data.
    public var bytes: Data
    /// CRC-32 of the bytes before deflating.
    public var checksum: UInt32
    /// How many bytes it holds before deflating.
    public var size: Int

    /// Nothing: the rows of a table a session has none of.
    public static let empty = DeflatedPiece(bytes: Data(), checksum: 0, size: 0)

    public init(bytes: Data, checksum: UInt32, size: Int) {
        self.bytes = bytes
        self.checksum = checksum
        self.size = size
    }

    /// `data` deflated at zlib's fastest level; `final`: the last piece of its stream. Empty non-final data
    /// gives `empty` (nothing to lay down). (At the default level, 6, deflating was 5 % of a full build's
    /// CPU time; at 1 the build took 6 % less, for a workbook 11 % larger: 3.1 against 2.8 MB at N = 1,000.
    /// A share made at another level is made again: DataShare.fingerprint.)
    public init(deflating data: Data, final: Bool) {
        if data.isEmpty && !final {
            self = .empty
            return
        }
        let stream = DeflateStreams.take()
        defer { DeflateStreams.give(stream) }
        var status = Z_OK
        // deflateBound covers Z_FINISH; a sync flush adds an empty stored block (5 bytes) at most.
        var out = [UInt8](repeating: 0, count: Int(deflateBound(stream, uLong(data.count))) + 16)
        var written = 0
        data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.pointee.avail_in = uInt(input.count)
            repeat {
                if written == out.count { out += [UInt8](repeating: 0, count: out.count) }
                out.withUnsafeMutableBufferPointer { buffer in
                    stream.pointee.next_out = buffer.baseAddress! + written
                    stream.pointee.avail_out = uInt(buffer.count - written)
                    status = deflate(stream, final ? Z_FINISH : Z_SYNC_FLUSH)
                    written = buffer.count - Int(stream.pointee.avail_out)
                }
                precondition(status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR, "zlib: deflate failed (\(status))")
            } while final ? status != Z_STREAM_END : (stream.pointee.avail_in > 0 || stream.pointee.avail_out == 0)
        }
        stream.pointee.next_in = nil
        stream.pointee.next_out = nil
        bytes = Data(out[0..<written])
        checksum = Self.crc(data)
        size = data.count
    }

    /// CRC-32 (zlib's) of `data`.
    static func crc(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            UInt32(crc32(0, input.bindMemory(to: Bytef.self).baseAddress, uInt(input.count)))
        }
    }

    /// Pieces laid end to end, as a ZIP entry's header names them: the CRC-32 and length of what
    /// they hold (zlib's `crc32_combine`, without the bytes) and the length of their deflated bytes.
    public struct Run: Sendable, Equatable {
        public var checksum: UInt32 = 0
        public var size = 0
        public var deflatedSize = 0

        public init() {}

        public mutating func append(_ piece: DeflatedPiece) {
            append(checksum: piece.checksum, size: piece.size, deflatedSize: piece.bytes.count)
        }

        /// Another run's pieces laid after these.
        public mutating func append(_ run: Run) {
            append(checksum: run.checksum, size: run.size, deflatedSize: run.deflatedSize)
        }

        private mutating func append(checksum next: UInt32, size count: Int, deflatedSize deflated: Int) {
            checksum = UInt32(crc32_combine(uLong(checksum), uLong(next), numericCast(count)))
            size += count
            deflatedSize += deflated
        }
    }
}

/// zlib streams for `DeflatedPiece`, set up once and reset before each piece (`deflateReset` gives the state
/// `deflateInit2` gives, so the same bytes). Setting one up and ending it for every piece (four a session,
/// some 256 KB allocated and freed each) took 4 to 7 µs more a piece than a reset with jemalloc, 34 with
/// glibc's allocator. As many streams are kept, for the process's life, as pieces were ever deflated at
/// once (one a worker).
enum DeflateStreams {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var idle: [UnsafeMutablePointer<z_stream>] = []

    static func take() -> UnsafeMutablePointer<z_stream> {
        lock.lock()
        let kept = idle.popLast()
        lock.unlock()
        if let kept {
            let status = deflateReset(kept)
            precondition(status == Z_OK, "zlib: deflateReset failed (\(status))")
            return kept
        }
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = deflateInit2_(stream, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib: deflateInit2 failed (\(status))")
        return stream
    }

    static func give(_ stream: UnsafeMutablePointer<z_stream>) {
        lock.lock()
        idle.append(stream)
        lock.unlock()
    }
}
