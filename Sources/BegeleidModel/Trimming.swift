extension StringProtocol {
    /// The text without white space at either end, in Swift itself (the
    /// Foundation version bridges to NSString, which a build notices).
    public var trimmed: String { trimming(\.isWhitespace) }

    /// The text without the characters that match at either end.
    public func trimming(_ match: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !match($0) }), let last = lastIndex(where: { !match($0) }) else { return "" }
        return String(self[first...last])
    }
}

extension UInt8 {
    /// An ASCII white-space byte (tab, line feed, vertical tab, form feed, carriage return, space):
    /// where a text is ASCII, a byte that is a white-space `Character` on its own.
    @inlinable public var isASCIIWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}
