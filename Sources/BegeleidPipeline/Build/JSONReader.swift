import BegeleidModel
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
        try members { reader, key in try member(&reader, try key.text()) }
    }

    /// An object of known members: `member` is called with each key as its bytes, to be matched with `case "name":`
    /// (no text is made of a key: making and comparing them was a tenth of reading `cache.json`).
    mutating func fields(_ member: (inout JSONReader, Key) throws -> Void) throws {
        try members { reader, key in
            try key.validate()
            try member(&reader, key)
        }
    }

    private mutating func members(_ member: (inout JSONReader, Key) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") { at += 1; return }
        while true {
            let key = try stringBytes()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
            switch try next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "}"): return
            default: throw Failure()
            }
        }
    }

    /// A string's UTF-8 as the text holds it, or decoded from its escapes; made a text or `validate`d as UTF-8.
    struct Key {
        fileprivate enum Bytes {
            case inText(UnsafeBufferPointer<UInt8>)
            case decoded([UInt8])
        }

        fileprivate let bytes: Bytes
        /// Whether every byte is below 0x80 (ASCII, which is UTF-8 as it is).
        fileprivate let ascii: Bool

        fileprivate func withUTF8<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
            switch bytes {
            case .inText(let utf8): return try body(utf8)
            case .decoded(let utf8): return try utf8.withUnsafeBufferPointer(body)
            }
        }

        fileprivate func text() throws -> String {
            try withUTF8 { utf8 in
                if ascii { return String(decoding: utf8, as: UTF8.self) }
                guard let text = String(exactUTF8: utf8) else { throw Failure() }
                return text
            }
        }

        /// Throws unless the bytes are UTF-8 (as JSONDecoder refuses a text that is not).
        fileprivate func validate() throws {
            if !ascii { _ = try text() }
        }

        static func ~= (pattern: StaticString, key: Key) -> Bool {
            pattern.withUTF8Buffer { name in
                key.withUTF8 { utf8 in utf8.count == name.count && (name.isEmpty || memcmp(utf8.baseAddress!, name.baseAddress!, name.count) == 0) }
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
        guard at > start, at == bytes.count || (bytes[at] != UInt8(ascii: ".") && bytes[at] | 0x20 != UInt8(ascii: "e")) else {
            throw Failure()
        }
        return negative ? -value : value
    }

    mutating func string() throws -> String {
        try stringBytes().text()
    }

    /// A string's bytes, not yet checked to be UTF-8 (`Key.text`, `Key.validate`: JSONDecoder checks every string,
    /// keys too).
    private mutating func stringBytes() throws -> Key {
        try expect(UInt8(ascii: "\""))
        let start = at
        // Most strings hold no escape: one slice of the bytes. (Most are ASCII too, which is UTF-8 as it is.)
        // Eight bytes at a time while none of them is a quote, a backslash or a control character.
        var high: UInt64 = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while bytes.count - at >= 8 {
                let word = raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)
                guard !Self.holdsStop(word) else { break }
                high |= word
                at += 8
            }
        }
        var highByte: UInt8 = high & 0x8080_8080_8080_8080 == 0 ? 0 : 0x80
        while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\"), bytes[at] >= 0x20 {
            highByte |= bytes[at]
            at += 1
        }
        guard at < bytes.count else { throw Failure() }
        if bytes[at] == UInt8(ascii: "\"") {
            at += 1
            return Key(bytes: .inText(UnsafeBufferPointer(rebasing: bytes[start..<at - 1])), ascii: highByte < 0x80)
        }
        var decoded = Array(bytes[start..<at])
        while true {
            guard at < bytes.count else { throw Failure() }
            let byte = bytes[at]
            at += 1
            switch byte {
            case UInt8(ascii: "\""):
                return Key(bytes: .decoded(decoded), ascii: false)
            case UInt8(ascii: "\\"):
                try escape(into: &decoded)
            case 0..<0x20:
                throw Failure()
            default:
                decoded.append(byte)
            }
        }
    }

    /// Whether a byte of `word` is a quote, a backslash or below 0x20 (a control character). (Each test is exact
    /// for the word as a whole: "has a zero byte" of the word made zero where it holds the byte looked for.)
    private static func holdsStop(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let hasQuote = (quote &- ones) & ~quote & highs
        let hasBackslash = (backslash &- ones) & ~backslash & highs
        let hasControl = (word &- ones &* 0x20) & ~word & highs
        return hasQuote | hasBackslash | hasControl != 0
    }

    /// Any value, passed over.
    mutating func skip() throws {
        switch try peek() {
        case UInt8(ascii: "{"): try fields { reader, _ in try reader.skip() }
        case UInt8(ascii: "["): _ = try array { try $0.skip() }
        case UInt8(ascii: "\""): try stringBytes().validate()
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
