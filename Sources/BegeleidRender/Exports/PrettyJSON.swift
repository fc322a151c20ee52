/// JSON written straight into bytes, as `JSONEncoder` writes it with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` (SessionDocument.stableJSON): two spaces a level, `" : "` between a key and its
/// value, an empty object or array as its brackets on two lines with an empty line between, keys in the order
/// of their UTF-8 bytes, and in strings only `"`, `\` and the control characters below U+0020 escaped
/// (`\b \t \n \f \r`, else `\u00xx`).
///
/// Issue 18: `JSONEncoder` was 7 % of a full build's CPU for the `sessie.json` of each session. The caller
/// writes each object's keys in that order itself (a debug build checks it); a differential test holds the
/// bytes to `JSONEncoder`'s for every example and a generated corpus (RenderBytesTests).
struct PrettyJSON {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Nothing written yet in the innermost open object or array.
    private var empty = true
    #if DEBUG
    /// The last key written in each open object ("" before the first; nil for an array).
    private var lastKeys: [String?] = []
    #endif

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    // MARK: - Containers

    mutating func object(_ body: (inout PrettyJSON) -> Void) {
        open(UInt8(ascii: "{"), keyed: true)
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// An array of `items`, each written by `element`.
    mutating func array<Items: Sequence>(_ items: Items, _ element: (inout PrettyJSON, Items.Element) -> Void) {
        open(UInt8(ascii: "["), keyed: false)
        for item in items {
            member()
            element(&self, item)
        }
        close(UInt8(ascii: "]"))
    }

    /// The member `name` of the open object: an array of objects, one for each of `items`, whose members `members` writes.
    mutating func objects<Items: Sequence>(_ name: String, _ items: Items, _ members: (inout PrettyJSON, Items.Element) -> Void) {
        key(name)
        array(items) { json, item in json.object { members(&$0, item) } }
    }

    /// An array of strings.
    mutating func strings(_ items: [String]) {
        array(items) { $0.string($1) }
    }

    // MARK: - Members of an object

    /// Begins the member `key` of the open object: its value is written next.
    mutating func key(_ key: String) {
        #if DEBUG
        if let last = lastKeys.last, let previous = last {
            assert(previous.isEmpty || previous.utf8.lexicographicallyPrecedes(key.utf8),
                   "PrettyJSON: key \(key) after \(previous): JSONEncoder sorts keys by their UTF-8 bytes")
            lastKeys[lastKeys.count - 1] = key
        }
        #endif
        member()
        quoted(key)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
    }

    mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    /// Left out when nil, as `encodeIfPresent` does.
    mutating func field(_ name: String, _ value: String?) {
        guard let value else { return }
        field(name, value)
    }

    mutating func field(_ name: String, _ value: Int) {
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func field(_ name: String, _ value: Bool?) {
        guard let value else { return }
        field(name, value)
    }

    mutating func field(_ name: String, _ values: [String]) {
        key(name)
        strings(values)
    }

    // MARK: - Values

    mutating func string(_ text: String) {
        quoted(text)
    }

    // MARK: - Writing

    private mutating func open(_ bracket: UInt8, keyed: Bool) {
        bytes.append(bracket)
        depth += 1
        empty = true
        #if DEBUG
        lastKeys.append(keyed ? "" : nil)
        #endif
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(0x0A)
        if empty { bytes.append(0x0A) }
        depth -= 1
        indent()
        bytes.append(bracket)
        // The container just closed is a member of the one around it.
        empty = false
        #if DEBUG
        lastKeys.removeLast()
        #endif
    }

    /// Before each member of an object or element of an array: the comma after the one before, a new line, the indentation.
    private mutating func member() {
        if empty {
            empty = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        bytes.append(0x0A)
        indent()
    }

    private mutating func indent() {
        for _ in 0..<depth { bytes.append(contentsOf: [0x20, 0x20]) }
    }

    private mutating func quoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Runs without anything to escape are copied whole.
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                Self.appendEscape(byte, to: &bytes)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ byte: UInt8, to bytes: inout [UInt8]) {
        let backslash = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""), backslash: bytes.append(contentsOf: [backslash, byte])
        case 0x08: bytes.append(contentsOf: [backslash, UInt8(ascii: "b")])
        case 0x09: bytes.append(contentsOf: [backslash, UInt8(ascii: "t")])
        case 0x0A: bytes.append(contentsOf: [backslash, UInt8(ascii: "n")])
        case 0x0C: bytes.append(contentsOf: [backslash, UInt8(ascii: "f")])
        case 0x0D: bytes.append(contentsOf: [backslash, UInt8(ascii: "r")])
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        }
    }
}
