extension Array where Element == UInt8 {
    /// `value` in decimal, as `String(value)` writes it, appended without making the String (a String per
    /// number was an allocation each: the stamps' many numbers a line, the value map's coordinates).
    @inlinable
    public mutating func appendDecimal<Number: BinaryInteger>(_ value: Number) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = UInt64(value.magnitude)
        // From the last digit back (a division by the constant 10 is a multiplication), then copied out.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
