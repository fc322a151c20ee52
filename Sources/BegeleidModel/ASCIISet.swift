/// A set of ASCII bytes as 128 bits: `contains` is a shift and a mask.
public struct ASCIISet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    public init(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            precondition(byte < 0x80, "not ASCII: \(byte)")
            if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
        }
    }

    /// Whether `byte` (below 0x80) is in the set.
    @inline(__always)
    public func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << byte) != 0 : high & (1 << (byte &- 64)) != 0
    }
}
