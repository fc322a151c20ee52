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
        // Over the text's own bytes (walking its UTF8View cost more than the hashing).
        var bytes = text
        bytes.withUTF8 { bytes in
            for byte in bytes {
                if byte >= 0x80 { ascii = false; break }
                hash = (hash ^ UInt32(byte)) &* 16_777_619
            }
        }
        self.hash = ascii ? hash : 0
        isASCII = ascii
    }
}

/// An object of a template's data: names and their values, with `[String: MustacheValue]`'s meaning (a name
/// is found by `==`, canonical equivalence) and without its hashing. The members lie in one array in the order
/// they were set; from `linearLimit` members on, they are also chained in buckets of their hash, the buckets'
/// heads kept in the members themselves (bucket `b`'s head in member `b`; as many buckets as the largest power
/// of two not above the count), so that copying an object, as rendering does at every section and lookup, is
/// one reference to retain, as a dictionary's was. A name with a byte outside ASCII may equal an ASCII one
/// (`"\u{212A}" == "K"`, the Kelvin sign): such names are compared with every name of the other kind, as a
/// dictionary would find them.
public struct MustacheObject: Sendable, Equatable, ExpressibleByDictionaryLiteral, Sequence {
    private struct Member: Sendable {
        let key: MustacheKey
        var value: MustacheValue
        /// The first member of the bucket of this member's index (-1: none).
        var head: Int32 = -1
        /// The next member in this member's bucket (-1: none).
        var next: Int32 = -1
    }

    private var members: [Member] = []
    /// How many keys are not ASCII.
    private var nonASCII: Int32 = 0

    static let linearLimit = 8

    public init() {}

    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        self.init(setting: elements)
    }

    /// Each key set in turn: a key given twice keeps its last value.
    init(setting elements: [(String, MustacheValue)]) {
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
                // (The member's key, not the one asked: the two may be the same text in other bytes.)
                if !members.remove(at: at).key.isASCII { nonASCII -= 1 }
                chainAll()
            }
        } else if let value {
            append(key, value)
        }
    }

    private mutating func append(_ key: MustacheKey, _ value: MustacheValue) {
        members.append(Member(key: key, value: value))
        if !key.isASCII { nonASCII += 1 }
        let count = members.count
        guard count >= Self.linearLimit else { return }
        // A power of two: twice the buckets of before, every member chained again.
        if count & (count - 1) == 0 {
            chainAll()
        } else {
            chain(count - 1, buckets: Self.buckets(count))
        }
    }

    /// The largest power of two not above `count`.
    private static func buckets(_ count: Int) -> Int {
        1 << (Int.bitWidth - 1 - count.leadingZeroBitCount)
    }

    private mutating func chainAll() {
        guard members.count >= Self.linearLimit else { return }
        for index in members.indices { members[index].head = -1 }
        let buckets = Self.buckets(members.count)
        for index in members.indices { chain(index, buckets: buckets) }
    }

    private mutating func chain(_ index: Int, buckets: Int) {
        let bucket = Int(members[index].key.hash) & (buckets - 1)
        members[index].next = members[bucket].head
        members[bucket].head = Int32(index)
    }

    private func index(of key: MustacheKey) -> Int? {
        // Through the array's buffer, each key compared where it lies (a key taken out of its member was a
        // retain and release of its text).
        members.withUnsafeBufferPointer { members -> Int? in
            if members.count < Self.linearLimit || !key.isASCII {
                // One by one; a name not ASCII is compared with every name (another spelling may be the same text).
                for index in members.indices {
                    if key.isASCII && members[index].key.isASCII
                        ? members[index].key.hash == key.hash && members[index].key.text == key.text
                        : members[index].key.text == key.text {
                        return index
                    }
                }
                return nil
            }
            var index = Int(members[Int(key.hash) & (Self.buckets(members.count) - 1)].head)
            while index >= 0 {
                if members[index].key.hash == key.hash && members[index].key.isASCII && members[index].key.text == key.text {
                    return index
                }
                index = Int(members[index].next)
            }
            guard nonASCII > 0 else { return nil }
            return members.firstIndex { !$0.key.isASCII && $0.key.text == key.text }
        }
    }
}
