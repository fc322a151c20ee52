import BegeleidMarkdown
import BegeleidModel

/// Reads `## Overgang`: items `- Privacy: 9` (or `9 stemmen`, `9 votes`,
/// with an optional remark after the number) are votes; everything else in
/// the section (other items, paragraphs) is kept as free text, so that a
/// version 1 file that used the heading for its own notes reads as before.
enum TransitionReader {
    static let voteWords = ["stemmen", "stem", "votes", "vote"]

    static func read(_ section: BodyOutline.Section, body: BodyLines, path: String, diagnostics: inout [Diagnostic]) -> Transition {
        var votes: [(Vote, String)] = []
        var voteLines: Set<Int> = []
        for block in section.blocks where block.kind == .list {
            for item in block.children where item.kind == .item {
                var ignored: [Diagnostic] = []
                guard let source = ItemSource.read(item, body: body, path: path, diagnostics: &ignored),
                      let vote = vote(in: source) else { continue }
                votes.append(vote)
                voteLines.formUnion((item.start.line - 1)..<item.end.line)
            }
        }
        // The text before the first vote leads in to the table; the rest follows it (all of it, without votes).
        let firstVote = voteLines.min() ?? -1
        let rest = section.contentLines.filter { !voteLines.contains($0) }
        let text = { (lines: [Int]) in RichText.sanitized(String(lines: lines.map { body.lines[$0] })) }
        return Transition(votes: votes.map(\.0), leadIn: text(rest.filter { $0 < firstVote }),
                          notes: text(rest.filter { $0 > firstVote }))
    }

    /// `Name: number …` as a vote (its value resolved later), or nil when the
    /// item is free text (no colon, or no digit right after it). A number
    /// written as a word alone, or before `stemmen` (`Veiligheid: zeven`), is
    /// a vote whose count is not read (a finding says to write the digits: a
    /// blind tester's vote was left out of the table without a word).
    static func vote(in source: ItemSource) -> (Vote, String)? {
        let text = source.text
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let name = PlainName.of(text[0..<colon].trimmed().string)
        let after = text[(colon + 1)..<text.count].trimmed()
        guard !name.isEmpty, let first = after.characters.first else { return nil }
        if first.isLetter, let word = numberWord(after.string) {
            return (Vote(value: Reference(text: name, location: text.location, target: nil), count: nil, written: word,
                         countLocation: after.location), name)
        }
        guard first.isASCII, first.isNumber else { return nil }
        var end = 0
        while end < after.count, after.characters[end].isNumber || after.characters[end] == "." || after.characters[end] == "," {
            end += 1
        }
        let written = String(joining: after.characters[0..<end])
        let isWhole = written.allSatisfy { $0.isASCII && $0.isNumber } && written.count <= 6
        var rest = after[end..<after.count].trimmed().string
        for word in voteWords where Names.key(String(rest.prefix(word.count))) == word {
            let next = rest.dropFirst(word.count).first
            if next == nil || !(next!.isLetter) {
                rest = String(rest.dropFirst(word.count))
                break
            }
        }
        rest = String(rest.drop { $0.isWhitespace || "—–-:;,.".contains($0) })
        let vote = Vote(
            value: Reference(text: name, location: text.location, target: nil),
            count: isWhole ? Int(written) : nil, written: written, countLocation: after.location,
            remark: RichText.sanitized(rest))
        return (vote, name)
    }

    /// The number word `text` is, alone or before a vote word and a remark after a dash (`zeven`, `zeven stemmen`,
    /// `Seven votes – most worries`); nil for free text (`een punt dat vaak terugkwam`).
    private static func numberWord(_ text: String) -> String? {
        let words = text.split { $0.isWhitespace || $0 == "." }.prefix(3).map(String.init)
        guard let word = words.first, NumberWords.value(of: word) != nil else { return nil }
        guard words.count > 1 else { return word }
        let next = Names.key(words[1])
        return voteWords.contains(next) || words[1].allSatisfy({ "—–-:;,".contains($0) }) ? word : nil
    }
}
