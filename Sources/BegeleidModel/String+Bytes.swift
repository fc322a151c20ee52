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

extension String {
    /// The text of `characters`, made from their UTF-8 bytes in one piece: the same bytes as
    /// `String(characters)` (a string is its characters' bytes in order, nothing normalised), which
    /// appends one character at a time and took four times as long (2.5 % of a full build's CPU, the
    /// reader's cuts of list items; also the lines of a note with a comment). Held to it in ByteScanningTests.
    /// (Inlinable: it is generic; called unspecialised from the reader, a full build took 9 % more CPU.)
    @inlinable
    public init(joining characters: some Collection<Character>) {
        var count = 0
        for character in characters { count += character.utf8.count }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var index = 0
            for character in characters {
                for byte in character.utf8 {
                    buffer[index] = byte
                    index += 1
                }
            }
            return index
        }
    }
}

extension String {
    /// `lines` joined with LF, made in one piece from their UTF-8 bytes: what `joined(separator: "\n")` gives,
    /// which runs unspecialised here (the reader joined each note's front matter and body so: 0.75 % of a full
    /// build, and at its first use in a process a search for its generic types). Held to it in ByteScanningTests.
    @inlinable
    public init(lines: some Collection<String>) {
        var count = Swift.max(lines.count - 1, 0)
        for line in lines { count += line.utf8.count }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var index = 0
            var first = true
            for line in lines {
                if !first {
                    buffer[index] = 0x0A
                    index += 1
                }
                first = false
                var line = line
                line.withUTF8 { bytes in
                    if let base = bytes.baseAddress {
                        (buffer.baseAddress! + index).initialize(from: base, count: bytes.count)
                    }
                    index += bytes.count
                }
            }
            return index
        }
    }
}
