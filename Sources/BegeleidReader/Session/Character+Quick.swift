import BegeleidModel

/// `Character` properties answered from the bytes when the character is one ASCII byte (most of the
/// notes), and by the standard library otherwise: its Unicode property lookups cost tens of
/// nanoseconds a character. Held to the properties themselves in ByteScanningTests.
extension Character {
    /// The character's byte when it is a single ASCII byte.
    @inline(__always)
    private var singleASCIIByte: UInt8? {
        let utf8 = self.utf8
        guard utf8.count == 1, let byte = utf8.first, byte < 0x80 else { return nil }
        return byte
    }

    /// `isWhitespace`.
    var quickIsWhitespace: Bool {
        guard let byte = singleASCIIByte else { return isWhitespace }
        return byte.isASCIIWhitespace
    }

    /// `isLetter || isNumber`.
    var quickIsLetterOrNumber: Bool {
        guard let byte = singleASCIIByte else { return isLetter || isNumber }
        return (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
