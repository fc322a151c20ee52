/// Whether a heading or a line's label names the private section or says
/// "do not publish" (`Notities`, `Privé (gesprek):`, `Niet publiceren.`).
///
/// The reader asks this of the first line of every block, paragraphs of a
/// thousand characters included, so the answer is decided first from the
/// text's first character and its first few words where that is exact: every
/// private name is short and plain ASCII, and a text that names one must start
/// with it, followed by nothing or by what `SectionKind.key` strips (`:`, `.`,
/// a space, `(`).
extension SectionKind {
    public static func namesPrivate(_ text: String) -> Bool {
        guard mayNamePrivate(text) else { return false }
        return namesPrivateByKey(text)
    }

    /// The definition: the text's key (`SectionKind.key`) is one of the private section's or a private phrase's.
    static func namesPrivateByKey(_ text: String) -> Bool {
        let key = key(text)
        return byKey[key] == .notes || privatePhraseKeys.contains(key)
    }

    private static let privatePhraseKeys = Set((privatePhrases + privateLabelPhrases).map(key))
    /// Every key `namesPrivateByKey` accepts (each is ASCII letters and spaces).
    private static let privateKeys: [[UInt8]] = (notes.headings + privatePhrases + privateLabelPhrases).map { Array(key($0).utf8) }
    private static let longestPrivateKey = privateKeys.map(\.count).max() ?? 0
    private static let initials = Set(privateKeys.compactMap(\.first))
    /// What `key` strips after a name: `:`, `.`, a space, an opening bracket.
    private static let strippable: Set<UInt8> = [0x3A, 0x2E, 0x20, 0x28]

    /// False only where `namesPrivateByKey` is false. The key of a prefix (cut
    /// between characters) is a prefix of the whole text's key, so when that
    /// prefix is longer than every private key it shows whether the text's key
    /// starts with one followed by something `key` may strip.
    static func mayNamePrivate(_ text: String) -> Bool {
        // The key starts with the first character that is no white space: plain ASCII, it is that letter in lower case.
        if let first = text.first(where: { !$0.isWhitespace }), first.isASCII, let byte = first.asciiValue,
           !initials.contains((0x41...0x5A).contains(byte) ? byte + 32 : byte) {
            return false
        }
        // Enough characters for the longest key and the one after it, white space not counted.
        let end = asciiEnd(text) ?? characterEnd(text)
        guard end < text.endIndex else { return true }
        let head = Array(Names.key(String(text[..<end])).utf8)
        guard head.count > longestPrivateKey else { return true }
        return privateKeys.contains { key in head.starts(with: key) && strippable.contains(head[key.count]) }
    }

    /// Where the text has counted more characters than the longest key, white space not counted: by bytes while
    /// they are ASCII, nil at the first that is not (a byte-wise end may be no character's end there).
    private static func asciiEnd(_ text: String) -> String.Index? {
        let utf8 = text.utf8
        var end = utf8.startIndex
        var counted = 0
        while end < utf8.endIndex, counted <= longestPrivateKey {
            let byte = utf8[end]
            guard byte < 0x80 else { return nil }
            if !byte.isASCIIWhitespace { counted += 1 }
            utf8.formIndex(after: &end)
        }
        // The next character must not be one that joins with the last ASCII byte (a combining accent).
        return end == utf8.endIndex || utf8[end] < 0x80 ? end : nil
    }

    private static func characterEnd(_ text: String) -> String.Index {
        var end = text.startIndex
        var counted = 0
        while end < text.endIndex, counted <= longestPrivateKey {
            if !text[end].isWhitespace { counted += 1 }
            end = text.index(after: end)
        }
        return end
    }
}
