import Foundation

/// A JSON text read token by token into the types that ask for it (BuildCache+Reading), with no tree
/// in between: JSONDecoder took a fifth of a one-file rebuild to read the cache of a thousand sessions.
/// Reads any JSON (spaces between tokens, every escape, members in any order), and throws at the first
/// byte that is not JSON or not what the caller asked for.
struct JSONReader: ~Copyable {
    struct Failure: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// How many bytes the text has.
    var count: Int { bytes.count }

    /// The value that is the whole text, read by `value`; only spaces may follow it.
    mutating func whole<T>(_ value: (inout JSONReader) throws -> T) throws -> T {
        let result = try value(&self)
        skipSpace()
        guard at == bytes.count else { throw Failure() }
        return result
    }

    /// An object: `member` is called with each key, the reader before its value (which it must read or `skip`).
    mutating func object(_ member: (inout JSONReader, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") { at += 1; return }
        while true {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
            switch try next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "}"): return
            default: throw Failure()
            }
        }
    }

    mutating func array<T>(_ element: (inout JSONReader) throws -> T) throws -> [T] {
        try expect(UInt8(ascii: "["))
        var elements: [T] = []
        if try peek() == UInt8(ascii: "]") { at += 1; return elements }
        while true {
            elements.append(try element(&self))
            switch try next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "]"): return elements
            default: throw Failure()
            }
        }
    }

    /// The value read by `value`, and where its bytes are in the text (spaces before it left out).
    mutating func span<T>(_ value: (inout JSONReader) throws -> T) throws -> (value: T, bytes: Range<Int>) {
        skipSpace()
        let start = at
        let result = try value(&self)
        return (result, start..<at)
    }

    /// `value`, or nil for `null`.
    mutating func optional<T>(_ value: (inout JSONReader) throws -> T) throws -> T? {
        if try peek() == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        return try value(&self)
    }

    mutating func bool() throws -> Bool {
        if try peek() == UInt8(ascii: "t") {
            try literal("true")
            return true
        }
        try literal("false")
        return false
    }

    /// A whole number (no fraction, no exponent), as JSONEncoder writes an `Int`.
    mutating func int() throws -> Int {
        _ = try peek()
        let negative = bytes[at] == UInt8(ascii: "-")
        if negative { at += 1 }
        var value = 0
        let start = at
        while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") {
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAgain) = times.addingReportingOverflow(Int(bytes[at] - UInt8(ascii: "0")))
            guard !overflow, !overflowAgain else { throw Failure() }
            value = sum
            at += 1
        }
        guard at > start, at == bytes.count || !Self.numberTail.contains(bytes[at]) else { throw Failure() }
        return negative ? -value : value
    }

    private static let numberTail: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")]

    mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = at
        // Most strings hold no escape: one slice of the bytes. (Most are ASCII too, which is UTF-8 as it is.)
        var high: UInt8 = 0
        while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\"), bytes[at] >= 0x20 {
            high |= bytes[at]
            at += 1
        }
        guard at < bytes.count else { throw Failure() }
        if bytes[at] == UInt8(ascii: "\"") {
            at += 1
            let utf8 = UnsafeBufferPointer(rebasing: bytes[start..<at - 1])
            return high < 0x80 ? String(decoding: utf8, as: UTF8.self) : try text(utf8)
        }
        var decoded = Array(bytes[start..<at])
        while true {
            guard at < bytes.count else { throw Failure() }
            let byte = bytes[at]
            at += 1
            switch byte {
            case UInt8(ascii: "\""):
                return try decoded.withUnsafeBufferPointer { try text($0) }
            case UInt8(ascii: "\\"):
                try escape(into: &decoded)
            case 0..<0x20:
                throw Failure()
            default:
                decoded.append(byte)
            }
        }
    }

    /// Any value, passed over.
    mutating func skip() throws {
        switch try peek() {
        case UInt8(ascii: "{"): try object { reader, _ in try reader.skip() }
        case UInt8(ascii: "["): _ = try array { try $0.skip() }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): try literal("null")
        default:
            // A number of any form.
            let start = at
            while at < bytes.count, Self.numberBytes.contains(bytes[at]) { at += 1 }
            guard at > start else { throw Failure() }
        }
    }

    private static let numberBytes = Set(Array("0123456789+-.eE".utf8))

    // MARK: - Bytes

    private mutating func skipSpace() {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
    }

    /// The next byte after spaces, not taken.
    private mutating func peek() throws -> UInt8 {
        skipSpace()
        guard at < bytes.count else { throw Failure() }
        return bytes[at]
    }

    /// The next byte after spaces, taken.
    private mutating func next() throws -> UInt8 {
        let byte = try peek()
        at += 1
        return byte
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard try next() == byte else { throw Failure() }
    }

    private mutating func literal(_ word: StaticString) throws {
        _ = try peek()
        let count = word.utf8CodeUnitCount
        guard bytes.count - at >= count,
              word.withUTF8Buffer({ $0.elementsEqual(bytes[at..<at + count]) }) else { throw Failure() }
        at += count
    }

    /// UTF-8 as it is, refused when it is not UTF-8 (as JSONDecoder refuses it).
    private func text(_ utf8: UnsafeBufferPointer<UInt8>) throws -> String {
        // (Not `String(validating:as:)`: generic, unspecialised, its metadata lookups were most of reading
        // `cache.json`. Decoding repairs what is not UTF-8, so a text that comes out otherwise was not.)
        var text = String(decoding: utf8, as: UTF8.self)
        let same = text.withUTF8 { decoded in
            decoded.count == utf8.count && (utf8.isEmpty || memcmp(decoded.baseAddress!, utf8.baseAddress!, utf8.count) == 0)
        }
        guard same else { throw Failure() }
        return text
    }

    /// The escape after a backslash, appended as UTF-8.
    private mutating func escape(into decoded: inout [UInt8]) throws {
        guard at < bytes.count else { throw Failure() }
        let byte = bytes[at]
        at += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar) {
                // A surrogate pair: the low half must follow as an escape of its own.
                try literal("\\u")
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw Failure() }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw Failure() }
            decoded.append(contentsOf: Array(String(unicode).utf8))
        default:
            throw Failure()
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard bytes.count - at >= 4 else { throw Failure() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[at]
            at += 1
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Failure()
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
