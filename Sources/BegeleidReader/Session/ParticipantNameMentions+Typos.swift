import BegeleidModel

extension ParticipantNameMentions {
    /// A participant's name as given (two to four words), typed with one slip in one of its words of five letters or
    /// more: a letter left out, added, changed, or two swapped (`Marieke Hoekstar`, `Mariek Hoekstra`, `Ruud
    /// Veldkampp`, `Ruud Feldkamp`: blind tester 39, each published). The other words as given.
    struct TypedName {
        let words: [[Unicode.Scalar]]
        let role: Role
        let who: Int

        init?(_ name: String, role: Role, who: Int) {
            var folded = Folded()
            folded.append(withoutTitles(name) ?? name, line: 0)
            let words = folded.trimmed.split { !Folded.isWord($0) }.map(Array.init)
            guard (2...4).contains(words.count), words.contains(where: { $0.count >= 5 }) else { return nil }
            (self.words, self.role, self.who) = (words, role, who)
        }
    }

    /// Where `text` writes one of `names` with one slip (`TypedName`): the first word's place and the last one's end.
    static func typedNames(_ names: [TypedName], in text: Folded) -> [(name: TypedName, start: SourceLocation, end: SourceLocation)] {
        guard !names.isEmpty else { return [] }
        // The text's words as ranges of its scalars; a break (a private line left out) ends a run of words.
        let scalars = text.scalars
        var words: [Range<Int>] = []
        var start: Int?
        for index in scalars.indices {
            if Folded.isWord(scalars[index]) {
                if start == nil { start = index }
            } else if let begun = start {
                words.append(begun..<index)
                start = nil
            }
        }
        if let begun = start { words.append(begun..<scalars.count) }
        let equal = { (word: Range<Int>, given: [Unicode.Scalar]) in word.count == given.count && scalars[word].elementsEqual(given) }
        var found: [(name: TypedName, start: SourceLocation, end: SourceLocation)] = []
        for first in words.indices {
            for name in names where first + name.words.count <= words.count {
                // (One slip at most: the first or the second word is as given. Most words are neither, by their length.)
                guard equal(words[first], name.words[0]) || equal(words[first + 1], name.words[1]) else { continue }
                var slips = 0
                for (offset, given) in name.words.enumerated() where !equal(words[first + offset], given) {
                    slips += given.count >= 5 && isOneSlip(Array(scalars[words[first + offset]]), given) ? 1 : 2
                    if slips > 1 { break }
                }
                // (No slip: the name as given, found by `Folded.wholeWordMatches`. The words must follow each other with
                // white space or marks only: not across a break.)
                guard slips == 1 else { continue }
                let window = words[first].lowerBound..<words[first + name.words.count - 1].upperBound
                guard !scalars[window].contains("\u{0}") else { continue }
                let last = text.place(window.upperBound - 1)
                found.append((name, text.place(window.lowerBound), SourceLocation(line: last.line, column: last.column + 1)))
            }
        }
        return found
    }

    /// Whether `typed` is `given` with one letter left out, added or changed, or two neighbours swapped.
    static func isOneSlip(_ typed: [Unicode.Scalar], _ given: [Unicode.Scalar]) -> Bool {
        guard abs(typed.count - given.count) <= 1, typed != given else { return false }
        var prefix = 0
        while prefix < min(typed.count, given.count), typed[prefix] == given[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(typed.count, given.count) - prefix,
              typed[typed.count - 1 - suffix] == given[given.count - 1 - suffix] { suffix += 1 }
        let typedMiddle = typed.count - prefix - suffix, givenMiddle = given.count - prefix - suffix
        if typedMiddle <= 1 && givenMiddle <= 1 { return true }
        // Two neighbours swapped.
        return typedMiddle == 2 && givenMiddle == 2 && typed[prefix] == given[prefix + 1] && typed[prefix + 1] == given[prefix]
    }
}
