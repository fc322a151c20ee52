import Foundation

extension String {
    /// Whether a byte of the text's UTF-8 passes `test`, asked of the bytes where the string holds them together
    /// (a native string always does). Walking `utf8` itself took twice as long (issue 18: the CSV tables asked it
    /// of every field, the reader of every note).
    @inlinable
    public func utf8Contains(where test: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? utf8.contains(where: test)
    }
}

extension String {
    /// Where the last `byte` is in the text's UTF-8, as an offset, found in the bytes where the string holds them
    /// together (`utf8.lastIndex(of:)` walks back index by index: a thousand notes' paths a build).
    @inlinable
    public func utf8LastOffset(of byte: UInt8) -> Int? {
        utf8.withContiguousStorageIfAvailable { $0.lastIndex(of: byte) }
            ?? utf8.lastIndex(of: byte).map { utf8.distance(from: utf8.startIndex, to: $0) }
    }
}

extension String {
    /// `utf8` as a text when it is UTF-8, else nil: what `String(validating:as:)` says. (That initializer is
    /// generic and unspecialised here; its metadata lookups were most of reading the build's cache and stamps.
    /// Decoding repairs what is not UTF-8, so a text that comes out otherwise was not.)
    public init?(exactUTF8 utf8: UnsafeBufferPointer<UInt8>) {
        var high: UInt8 = 0
        for byte in utf8 { high |= byte }
        var text = String(decoding: utf8, as: UTF8.self)
        guard high >= 0x80 else {
            self = text
            return
        }
        let same = text.withUTF8 { decoded in
            decoded.count == utf8.count && (utf8.isEmpty || memcmp(decoded.baseAddress!, utf8.baseAddress!, utf8.count) == 0)
        }
        guard same else { return nil }
        self = text
    }
}
