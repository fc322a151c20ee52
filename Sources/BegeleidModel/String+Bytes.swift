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
