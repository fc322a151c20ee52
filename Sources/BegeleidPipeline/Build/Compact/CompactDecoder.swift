import Foundation

/// The bytes being read (CompactCoder), shared by every container of one
/// decoding. Every read is bounds-checked and throws on damaged bytes: a
/// cache file cut short or overwritten means reading the notes again, never a crash.
final class CompactSource {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func corrupt(_ what: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "compact form: \(what) at byte \(offset)"))
    }

    func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw corrupt("end of data") }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// Whether the next value is nil; consumes the tag only then.
    func peekNil() throws -> Bool {
        guard offset < bytes.count else { throw corrupt("end of data") }
        guard bytes[offset] == 0 else { return false }
        offset += 1
        return true
    }

    func present() throws {
        guard try byte() == 1 else { throw corrupt("a value expected") }
    }

    func unsigned() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try byte()
            guard shift < 64 else { throw corrupt("varint too long") }
            result |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw corrupt("not a Bool")
        }
    }

    func varint() throws -> Int {
        let zigzag = try unsigned()
        return Int(truncatingIfNeeded: Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    func string() throws -> String {
        let length = try unsigned()
        guard length <= UInt64(bytes.count - offset) else { throw corrupt("string past the end") }
        let end = offset + Int(length)
        defer { offset = end }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    /// A list: its count (`count`), then each element as `element` reads it.
    func list<Element>(_ element: () throws -> Element) throws -> [Element] {
        let count = try count()
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try element()) }
        return elements
    }

    func count() throws -> Int {
        guard bytes.count - offset >= 4 else { throw corrupt("end of data") }
        let count = Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
        offset += 4
        // Each element takes at least its tag byte.
        guard count <= bytes.count - offset else { throw corrupt("list longer than the data") }
        return count
    }

    /// One present value (after its tag): a primitive read directly, else its own decoding.
    func value<T: Decodable>(_ type: T.Type) throws -> T {
        try present()
        if T.self == String.self { return try string() as! T }
        if T.self == Bool.self { return try bool() as! T }
        if T.self == Int.self { return try varint() as! T }
        if T.self == Double.self { return Double(bitPattern: try unsigned()) as! T }
        if T.self == Float.self { return Float(Double(bitPattern: try unsigned())) as! T }
        if CompactCoder.isOtherInteger(T.self), let integer = T.self as? any FixedWidthInteger.Type {
            return integer.init(truncatingIfNeeded: try varint()) as! T
        }
        return try T(from: CompactDecoding(source: self))
    }
}

struct CompactDecoding: Decoder {
    let source: CompactSource
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(CompactKeyedReader(source: source))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        CompactListReader(source: source, count: try source.count())
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { CompactSingleReader(source: source) }
}

struct CompactKeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let source: CompactSource
    var codingPath: [any CodingKey] { [] }
    /// Not carried by the positional form: a type that needs the keys (a dictionary) fails to decode.
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { try source.peekNil() }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try source.value(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try source.present()
        return KeyedDecodingContainer(CompactKeyedReader<NestedKey>(source: source))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try source.present()
        return CompactListReader(source: source, count: try source.count())
    }

    func superDecoder() throws -> any Decoder {
        try source.present()
        return CompactDecoding(source: source)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { try superDecoder() }
}

struct CompactListReader: UnkeyedDecodingContainer {
    let source: CompactSource
    var codingPath: [any CodingKey] { [] }
    let total: Int
    private(set) var currentIndex = 0

    init(source: CompactSource, count: Int) {
        self.source = source
        total = count
    }

    var count: Int? { total }
    var isAtEnd: Bool { currentIndex >= total }

    private mutating func next() throws {
        guard !isAtEnd else { throw source.corrupt("past the end of a list") }
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { throw source.corrupt("past the end of a list") }
        guard try source.peekNil() else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try next()
        return try source.value(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next()
        try source.present()
        return KeyedDecodingContainer(CompactKeyedReader<NestedKey>(source: source))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next()
        try source.present()
        return CompactListReader(source: source, count: try source.count())
    }

    mutating func superDecoder() throws -> any Decoder {
        try next()
        try source.present()
        return CompactDecoding(source: source)
    }
}

struct CompactSingleReader: SingleValueDecodingContainer {
    let source: CompactSource
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { (try? source.peekNil()) ?? false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try source.value(type) }
}
