extension ValueMapLayout {
    /// How many characters fit on a line of a box `width` wide (a generous
    /// average glyph width, so that text stays inside its box).
    static func capacity(_ width: Double) -> Int { Int((width - 2 * padding) / (fontSize * 0.6)) }

    /// Words wrapped into as many lines as the box needs: nothing is cut, on
    /// screen or in print (a box grows instead); a word longer than a line is
    /// broken over lines with a hyphen. Only a map too large for one A4 page
    /// at a legible size (`compact`) gives each item `maxLines` lines, the
    /// rest ending in “…” (the full text is the node's tooltip and stands in
    /// the report's lists).
    ///
    ///     wrap("Minder files op de ringweg", width: 100) → ["Minder files", "op de ringweg"]
    static func wrap(_ text: String, width: Double, maxLines: Int? = nil) -> [String] {
        let limit = max(2, capacity(width))
        let lines = wrapBytes(text, limit: limit) ?? wrapCharacters(text, limit: limit)
        guard let maxLines, lines.count > maxLines else { return lines }
        var words = lines[maxLines - 1].split(separator: " ").map(String.init)
        while words.count > 1, words.joined(separator: " ").count > limit - 1 { words.removeLast() }
        var last = String(words.joined(separator: " ").prefix(limit - 1))
        if last.hasSuffix("-") { last.removeLast() }
        return Array(lines.prefix(maxLines - 1)) + [last + "…"]
    }

    /// Words into lines of at most `limit` characters, a longer word broken with a hyphen.
    static func wrapCharacters(_ text: String, limit: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            var word = String(word)
            while word.count > limit {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                lines.append(String(word.prefix(limit - 1)) + "-")
                word = String(word.dropFirst(limit - 1))
            }
            let candidate = current.isEmpty ? word : "\(current) \(word)"
            if candidate.count <= limit {
                current = candidate
            } else {
                if !current.isEmpty { lines.append(current) }
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }

    /// `wrapCharacters` on UTF-8 bytes, for text in which every Unicode scalar
    /// is a character of its own and whitespace is one of the bytes below
    /// (ASCII, Latin up to U+02FF, a few dashes, quotes and signs); nil for
    /// any other text, which then takes the `Character` path.
    static func wrapBytes(_ text: String, limit: Int) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            // Per byte: is it whitespace; is the text simple at all.
            var index = 0
            var lines: [String] = []
            var line: [UInt8] = [], lineCount = 0
            var word: [UInt8] = [], wordCount = 0
            func endWord() {
                guard wordCount > 0 else { return }
                var start = 0
                while wordCount > limit {
                    if lineCount > 0 {
                        lines.append(String(decoding: line, as: UTF8.self))
                        (line, lineCount) = ([], 0)
                    }
                    let end = offset(of: limit - 1, in: word, from: start)
                    lines.append(String(decoding: word[start..<end], as: UTF8.self) + "-")
                    (start, wordCount) = (end, wordCount - (limit - 1))
                }
                if lineCount == 0 {
                    (line, lineCount) = (Array(word[start...]), wordCount)
                } else if lineCount + 1 + wordCount <= limit {
                    line.append(0x20)
                    line += word[start...]
                    lineCount += 1 + wordCount
                } else {
                    lines.append(String(decoding: line, as: UTF8.self))
                    (line, lineCount) = (Array(word[start...]), wordCount)
                }
                (word, wordCount) = ([], 0)
            }
            while index < bytes.count {
                let byte = bytes[index]
                let length: Int
                var isSpace = false
                switch byte {
                case 0x09...0x0D, 0x20: (length, isSpace) = (1, true)
                case ..<0x80: length = 1
                case 0xC2...0xCB:
                    guard index + 1 < bytes.count else { return nil }
                    (length, isSpace) = (2, byte == 0xC2 && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0))
                case 0xE2:
                    guard index + 2 < bytes.count, simpleSymbols.contains(UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index + 2])) else { return nil }
                    length = 3
                default: return nil
                }
                if isSpace {
                    endWord()
                } else {
                    if length == 1 { word.append(byte) } else { word += bytes[index..<(index + length)] }
                    wordCount += 1
                }
                index += length
            }
            endWord()
            if lineCount > 0 { lines.append(String(decoding: line, as: UTF8.self)) }
            return lines.isEmpty ? [""] : lines
        }
    }

    /// The last two bytes of the three-byte characters `wrapBytes` takes (E2 …):
    /// – — ‘ ’ “ ” … € − ★, none of which joins a neighbour into one character.
    static let simpleSymbols: Set<UInt16> = [0x8093, 0x8094, 0x8098, 0x8099, 0x809C, 0x809D, 0x80A6, 0x82AC, 0x8892, 0x9885]

    /// The byte offset after `count` characters (scalars) of `bytes` from `start`.
    private static func offset(of count: Int, in bytes: [UInt8], from start: Int) -> Int {
        var index = start, seen = 0
        while index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 {
                if seen == count { return index }
                seen += 1
            }
            index += 1
        }
        return index
    }
}
