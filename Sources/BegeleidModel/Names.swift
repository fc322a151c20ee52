import Foundation

/// How names of values and actors are compared and turned into slugs.
public enum Names {
    /// Lower case, diacritics removed, runs of white space folded to one.
    ///
    ///     "  Persoonlijke   Levenssfeer " → "persoonlijke levenssfeer"
    ///     "Privé" → "prive"
    public static func key(_ name: String) -> String {
        if let ascii = asciiKey(name) { return ascii }
        let folded = folded(name)
        // Most accented Latin text folds to ASCII: the same white space rule byte by byte.
        if let ascii = asciiKey(folded) { return ascii }
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `key` for plain ASCII text (most names), without Foundation's folding.
    /// Written into the string's own storage (a key of up to 15 bytes, most of them, needs none on the heap;
    /// an array first, then a string of it, was two allocations a key).
    private static func asciiKey(_ name: String) -> String? {
        // Over the name's own bytes (walking its UTF8View twice cost more than the work).
        var copy = name
        return copy.withUTF8 { bytes -> String? in
            // A name already in its key's form (lower case, single spaces between words) is its own key: no new string.
            var isKey = bytes.first != 0x20 && bytes.last != 0x20
            var previous: UInt8 = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if (0x41...0x5A).contains(byte) || (byte.isASCIIWhitespace && (byte != 0x20 || previous == 0x20)) { isKey = false }
                previous = byte
            }
            return isKey ? name : asciiKey(bytes)
        }
    }

    private static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { result in
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                if byte.isASCIIWhitespace {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    result[count] = 0x20
                    count += 1
                }
                pendingSpace = false
                result[count] = (0x41...0x5A).contains(byte) ? byte + 32 : byte
                count += 1
            }
            return count
        }
    }

    private static func folded(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
    }

    /// The slug of a name: lower case, diacritics removed, every run of other
    /// characters than ASCII letters and digits turned into `-`.
    ///
    ///     "Gemeente Zwolle" → "gemeente-zwolle"
    public static func slug(_ name: String) -> String {
        let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
        let folded = isASCII ? name : folded(name)
        // Byte by byte: a letter or digit is one byte, and every byte of a character beyond ASCII is ≥ 0x80, so
        // a run of them is one dash, as a run of such characters is. (By scalars, each appended to a String, this
        // was 2.5 % of a one-file rebuild.) ASCII capitals are lowered here, as `lowercased()` lowers them.
        var slug: [UInt8] = []
        slug.reserveCapacity(folded.utf8.count)
        var pendingDash = false
        for var byte in folded.utf8 {
            if isASCII, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte += 0x20 }
            if (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                if pendingDash, !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                pendingDash = false
                slug.append(byte)
            } else {
                pendingDash = true
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// Whether `text` is already a slug (what FORMAT.md asks of a file stem).
    public static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && slug(text) == text
    }

    /// The candidate closest to `name`, if it is close enough to be a likely
    /// typo ("did you mean …?"). Compared by `key`.
    /// How many unknown names of one file get a suggestion: each compares a name
    /// with every declared one, and nobody reads the fiftieth suggestion.
    public static let suggestionBudget = 50

    public static func nearest(to name: String, in candidates: [String]) -> String? {
        let target = Array(key(name))
        guard !target.isEmpty else { return nil }
        var best: (distance: Int, candidate: String)?
        for candidate in candidates {
            let other = Array(key(candidate))
            var distance = editDistance(target, other)
            let limit = max(1, min(target.count, other.count) / 3)
            // "Mensen" for "Mens": one written out longer than the other.
            let shorter = min(target.count, other.count)
            if distance > limit, shorter >= 4, target.starts(with: other) || other.starts(with: target) {
                distance = limit
            }
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance { best = (distance, candidate) }
        }
        return best?.candidate
    }

    /// Whether `a` is `b` in another spelling (a typo, a letter more or less),
    /// stricter than `nearest`: at most one edit in five characters, no
    /// difference in length above two, and no "written out longer".
    ///
    ///     "Transparancy" ~ "Transparency": true; "Vrijheid van meningsuiting" ~ "Vrijheid": false
    public static func isNearSpelling(_ a: String, _ b: String) -> Bool {
        let first = Array(key(a)), second = Array(key(b))
        guard first != second, abs(first.count - second.count) <= 2, min(first.count, second.count) >= 4 else { return false }
        return editDistance(first, second) <= max(1, min(first.count, second.count) / 5)
    }

    /// Edit distance counting an insertion, deletion, substitution or swap of
    /// two neighbours as one (optimal string alignment); names are short.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if abs(a.count - b.count) > 8 || a.count > 200 || b.count > 200 { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
