import Foundation

/// A small binary form of a `Codable` value for the build cache, where
/// JSON's text and key lookups cost more than the rest of reading a cached
/// session (a tenth of the CPU time of decoding `sessie.json`-like JSON).
///
/// Positional, not self-describing: a keyed container writes its values in
/// the order they are encoded, without keys, and is read back in the same
/// order, which is what the conformances the compiler writes do (declaration
/// order both ways). A dictionary is refused when encoded (its keys would be
/// lost, and its order differs per process). Each value starts with a tag byte (0: nil, 1: a value),
/// so `decodeNil` and `decodeIfPresent` can tell; integers are zigzag
/// varints, strings a length and UTF-8, a list a fixed 4-byte count and its
/// elements. What needs the keys when read (`allKeys`: an enum with
/// payloads) fails to decode, and the build reads the notes again.
///
/// The cache's format number (`BuildCache.currentFormat`) and the tool version in its key keep
/// bytes of another layout from being read; `CompactCoderTests` hold every session of the
/// examples and a generated corpus to `decode(encode(x)) == x`.
enum CompactCoder {
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let sink = CompactSink()
        try value.encode(to: CompactEncoding(sink: sink))
        if sink.metDictionary {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: [], debugDescription: "a dictionary has no compact form"))
        }
        return sink.bytes
    }

    /// The standard library's integers other than `Int`, by identity: asking every value whether it
    /// is `any FixedWidthInteger` (a conformance lookup) was a fifth of encoding a session. Another
    /// integer type goes through its own Codable conformance, alike both ways.
    static func isOtherInteger(_ type: Any.Type) -> Bool {
        let id = ObjectIdentifier(type)
        return otherIntegers.contains { $0 == id }
    }

    private static let otherIntegers: [ObjectIdentifier] = [
        Int8.self, Int16.self, Int32.self, Int64.self, UInt.self, UInt8.self, UInt16.self, UInt32.self, UInt64.self,
    ].map { ObjectIdentifier($0) }

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let source = CompactSource(bytes)
        let value = try T(from: CompactDecoding(source: source))
        guard source.offset == bytes.count else { throw source.corrupt("trailing bytes") }
        return value
    }
}

/// CompactCoder's primitives, appended to bytes the caller holds (CompactSink, CompactModelWriter):
/// integers as zigzag varints, strings as a length and their UTF-8.
enum CompactForm {
    static func varint(_ value: Int, to bytes: inout [UInt8]) {
        unsigned(UInt64(bitPattern: Int64(value << 1) ^ Int64(value >> 63)), to: &bytes)
    }

    static func unsigned(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// A list's count as the lists of CompactCoder have it: four bytes, lowest first.
    static func count(_ count: Int, to bytes: inout [UInt8]) {
        for index in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: count >> (8 * index))) }
    }

    static func string(_ value: String, to bytes: inout [UInt8]) {
        var value = value
        value.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count), to: &bytes)
            bytes.append(contentsOf: utf8)
        }
    }
}

/// The bytes being written, shared by every container of one encoding.
final class CompactSink {
    var bytes: [UInt8] = []
    private(set) var metDictionary = false

    /// The coding key type the standard library encodes dictionaries with (not public), found once
    /// by encoding one.
    private static let dictionaryKey: ObjectIdentifier? = {
        let probe = KeyProbe()
        try? ["k": 0].encode(to: probe)
        return probe.key
    }()

    /// A keyed container of `Key` begins: notes it when that is a dictionary's.
    func keyed<Key: CodingKey>(_ key: Key.Type) {
        if ObjectIdentifier(key) == Self.dictionaryKey { metDictionary = true }
    }

    init() { bytes.reserveCapacity(4096) }

    func tag(_ present: Bool) { bytes.append(present ? 1 : 0) }

    func varint(_ value: Int) { CompactForm.varint(value, to: &bytes) }

    func unsigned(_ value: UInt64) { CompactForm.unsigned(value, to: &bytes) }

    func string(_ value: String) { CompactForm.string(value, to: &bytes) }

    /// A 4-byte count to be raised as a list's elements come; returns where it is.
    func countSlot() -> Int {
        bytes.append(contentsOf: [0, 0, 0, 0])
        return bytes.count - 4
    }

    func raiseCount(at slot: Int) {
        var count = UInt32(bytes[slot]) | UInt32(bytes[slot + 1]) << 8 | UInt32(bytes[slot + 2]) << 16 | UInt32(bytes[slot + 3]) << 24
        count += 1
        for index in 0..<4 { bytes[slot + index] = UInt8(truncatingIfNeeded: count >> (8 * index)) }
    }

    /// One present value: its tag, then the value (a primitive written directly, else its own encoding).
    /// Decided by the static type, as the decoder does: a cast (`as? String`) would also take an
    /// `Optional<String>` that holds a string, which the decoder reads as an optional.
    func value<T: Encodable>(_ value: T) throws {
        tag(true)
        if T.self == String.self {
            string(value as! String)
        } else if T.self == Bool.self {
            bytes.append(value as! Bool ? 1 : 0)
        } else if T.self == Int.self {
            varint(value as! Int)
        } else if T.self == Double.self {
            unsigned((value as! Double).bitPattern)
        } else if T.self == Float.self {
            unsigned(Double(value as! Float).bitPattern)
        } else if CompactCoder.isOtherInteger(T.self), let integer = value as? any FixedWidthInteger {
            // The other integers as 64 bits: every one of them comes back from its bit pattern.
            varint(Int(truncatingIfNeeded: integer))
        } else {
            try value.encode(to: CompactEncoding(sink: self))
        }
    }

    func optional<T: Encodable>(_ value: T?) throws {
        if let value { try self.value(value) } else { tag(false) }
    }
}

struct CompactEncoding: Encoder {
    let sink: CompactSink
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.keyed(type)
        return KeyedEncodingContainer(CompactKeyedWriter(sink: sink))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        CompactListWriter(sink: sink, slot: sink.countSlot())
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { CompactSingleWriter(sink: sink) }
}

struct CompactKeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: CompactSink
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { sink.tag(false) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try sink.value(value) }
    // Every `encodeIfPresent` writes a nil tag: the library's defaults write nothing for nil, which a
    // positional form cannot read back.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try sink.optional(value) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try sink.optional(value) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try sink.optional(value) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try sink.optional(value) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try sink.optional(value) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try sink.optional(value) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try sink.optional(value) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try sink.optional(value) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try sink.optional(value) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try sink.optional(value) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try sink.optional(value) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try sink.optional(value) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try sink.optional(value) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try sink.optional(value) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try sink.optional(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        sink.tag(true)
        sink.keyed(keyType)
        return KeyedEncodingContainer(CompactKeyedWriter<NestedKey>(sink: sink))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        sink.tag(true)
        return CompactListWriter(sink: sink, slot: sink.countSlot())
    }

    mutating func superEncoder() -> any Encoder {
        sink.tag(true)
        return CompactEncoding(sink: sink)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder() }
}

struct CompactListWriter: UnkeyedEncodingContainer {
    let sink: CompactSink
    let slot: Int
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(sink: CompactSink, slot: Int) {
        self.sink = sink
        self.slot = slot
    }

    mutating func encodeNil() throws {
        sink.raiseCount(at: slot)
        count += 1
        sink.tag(false)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        sink.raiseCount(at: slot)
        count += 1
        try sink.value(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        sink.raiseCount(at: slot)
        count += 1
        sink.tag(true)
        sink.keyed(keyType)
        return KeyedEncodingContainer(CompactKeyedWriter<NestedKey>(sink: sink))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.raiseCount(at: slot)
        count += 1
        sink.tag(true)
        return CompactListWriter(sink: sink, slot: sink.countSlot())
    }

    mutating func superEncoder() -> any Encoder {
        sink.raiseCount(at: slot)
        count += 1
        sink.tag(true)
        return CompactEncoding(sink: sink)
    }
}

struct CompactSingleWriter: SingleValueEncodingContainer {
    let sink: CompactSink
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { sink.tag(false) }
    mutating func encode<T: Encodable>(_ value: T) throws { try sink.value(value) }
}

/// Only notes the key type of the first keyed container asked for.
private final class KeyProbe: Encoder {
    var key: ObjectIdentifier?
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if key == nil { key = ObjectIdentifier(type) }
        return KeyedEncodingContainer(CompactKeyedWriter(sink: CompactSink()))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let scratch = CompactSink()
        return CompactListWriter(sink: scratch, slot: scratch.countSlot())
    }
    func singleValueContainer() -> any SingleValueEncodingContainer { CompactSingleWriter(sink: CompactSink()) }
}
