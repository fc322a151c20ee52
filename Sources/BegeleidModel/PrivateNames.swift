/// Whether a heading or a line's label names the private section or says
/// "do not publish" (`Notities`, `Privé (gesprek):`, `Niet publiceren.`).
///
/// The reader asks this of the first line of every block, paragraphs of a
/// thousand characters included, so the answer is decided first from the
/// text's first 64 characters where that is exact: every private name is short
/// and plain ASCII, and a text that names one must start with it, followed by
/// nothing or by what `SectionKind.key` strips (`:`, `.`, a space, `(`).
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

    private static let privatePhraseKeys = Set(privatePhrases.map(key))
    /// Every key `namesPrivateByKey` accepts (each is ASCII letters and spaces).
    private static let privateKeys: [[UInt8]] = (notes.headings + privatePhrases).map { Array(key($0).utf8) }
    private static let longestPrivateKey = privateKeys.map(\.count).max() ?? 0
    /// What `key` strips after a name: `:`, `.`, a space, an opening bracket.
    private static let strippable: Set<UInt8> = [0x3A, 0x2E, 0x20, 0x28]

    /// False only where `namesPrivateByKey` is false. The key of a prefix (cut
    /// between characters) is a prefix of the whole text's key, so when that
    /// prefix is longer than every private key it shows whether the text's key
    /// starts with one followed by something `key` may strip.
    static func mayNamePrivate(_ text: String) -> Bool {
        guard let end = text.index(text.startIndex, offsetBy: 64, limitedBy: text.endIndex), end < text.endIndex else {
            return true
        }
        let head = Array(Names.key(String(text[..<end])).utf8)
        guard head.count > longestPrivateKey else { return true }
        return privateKeys.contains { key in head.starts(with: key) && strippable.contains(head[key.count]) }
    }
}
