/// A name as a template looks it up in an object: its text, and a hash made once (when the template is
/// parsed, or the key set) so that a lookup needs no `Hasher`. Rendering a report asked thousands of names a
/// session of the context stack's objects, most of them of objects that lack them (`{{labels.x}}` inside a
/// list walks each item first); as `[String: MustacheValue]`, each asking was a seeded SipHash of the name.
public struct MustacheKey: Sendable {
    public let text: String
    /// FNV-1a of the UTF-8 bytes when `isASCII`; else 0 (see `MustacheObject`).
    let hash: UInt32
    /// Whether every byte is ASCII: then another text is the same key (`==`) exactly when it has the same bytes.
    let isASCII: Bool

    public init(_ text: String) {
        self.text = text
        var hash: UInt32 = 2_166_136_261
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        self.hash = ascii ? hash : 0
        isASCII = ascii
    }
}

/// An object of a template's data: names and their values, with `[String: MustacheValue]`'s meaning (a name
/// is found by `==`, canonical equivalence) and without its hashing. The members lie in two arrays in the
/// order they were set; from `linearLimit` members on, an open-addressed table of their indices is kept
/// beside them. A name with a byte outside ASCII may equal an ASCII one (`"\u{212A}" == "K"`, the Kelvin
/// sign): such names are compared with every name of the other kind, as a dictionary would find them.
public struct MustacheObject: Sendable, Equatable, ExpressibleByDictionaryLiteral, Sequence {
    private struct Member: Sendable {
        let key: MustacheKey
        var value: MustacheValue
    }

    /// In the order they were set (one allocation, as a dictionary's storage is one).
    private var members: [Member] = []
    /// From `linearLimit` members on: indices into `members` (-1: empty), a power of two long and at most half
    /// full, then one more element: how many keys are not ASCII. Empty below it (the members are looked at one by one).
    private var table: [Int32] = []

    static let linearLimit = 8

    public init() {}

    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        members.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }

    public init(_ dictionary: [String: MustacheValue]) {
        members.reserveCapacity(dictionary.count)
        // (Keys of a dictionary are unique under `==`: appended without a lookup.)
        for (key, value) in dictionary { append(MustacheKey(key), value) }
    }

    public mutating func reserveCapacity(_ count: Int) {
        members.reserveCapacity(count)
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    /// The names, in the order they were set.
    public var names: [String] { members.map(\.key.text) }
    /// The members as a dictionary.
    public var dictionary: [String: MustacheValue] {
        Dictionary(members.map { ($0.key.text, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    public subscript(key: String) -> MustacheValue? {
        get { self[MustacheKey(key)] }
        set { set(MustacheKey(key), newValue) }
    }

    public subscript(key: MustacheKey) -> MustacheValue? {
        index(of: key).map { members[$0].value }
    }

    public struct Iterator: IteratorProtocol {
        fileprivate let object: MustacheObject
        fileprivate var index = 0

        public mutating func next() -> (key: String, value: MustacheValue)? {
            guard index < object.members.count else { return nil }
            defer { index += 1 }
            return (object.members[index].key.text, object.members[index].value)
        }
    }

    public func makeIterator() -> Iterator { Iterator(object: self) }

    public static func == (lhs: MustacheObject, rhs: MustacheObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for member in lhs.members where rhs[member.key] != member.value { return false }
        return true
    }

    private mutating func set(_ key: MustacheKey, _ value: MustacheValue?) {
        if let at = index(of: key) {
            if let value {
                members[at].value = value
            } else {
                members.remove(at: at)
                rebuildTable()
            }
        } else if let value {
            append(key, value)
        }
    }

    private mutating func append(_ key: MustacheKey, _ value: MustacheValue) {
        members.append(Member(key: key, value: value))
        guard members.count >= Self.linearLimit else { return }
        if members.count * 2 > table.count - 1 {
            rebuildTable()
        } else {
            insert(Int32(members.count - 1))
        }
    }

    private mutating func rebuildTable() {
        guard members.count >= Self.linearLimit else {
            table = []
            return
        }
        var size = 16
        while size < members.count * 2 { size *= 2 }
        table = [Int32](repeating: -1, count: size + 1)
        table[size] = 0
        for index in members.indices { insert(Int32(index)) }
    }

    private mutating func insert(_ index: Int32) {
        let mask = table.count - 2
        let key = members[Int(index)].key
        var slot = Int(key.hash) & mask
        while table[slot] >= 0 { slot = (slot + 1) & mask }
        table[slot] = index
        if !key.isASCII { table[mask + 1] += 1 }
    }

    private func index(of key: MustacheKey) -> Int? {
        if table.isEmpty || !key.isASCII {
            // One by one; a name not ASCII is compared with every name (another spelling may be the same text).
            for index in members.indices {
                let other = members[index].key
                if key.isASCII && other.isASCII ? other.hash == key.hash && other.text == key.text : other.text == key.text {
                    return index
                }
            }
            return nil
        }
        let mask = table.count - 2
        var slot = Int(key.hash) & mask
        while table[slot] >= 0 {
            let index = Int(table[slot])
            let other = members[index].key
            if other.hash == key.hash && other.isASCII && other.text == key.text { return index }
            slot = (slot + 1) & mask
        }
        guard table[mask + 1] > 0 else { return nil }
        return members.firstIndex { !$0.key.isASCII && $0.key.text == key.text }
    }
}
