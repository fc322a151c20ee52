import BegeleidModel

/// The markers an option may carry in brackets, anywhere in its item:
/// `(prioriteit)` / `(priority)` and `(voor 2027-03-01)` / `(by 2027-03-01)`.
/// Only a bracket holding exactly a marker, or `voor`/`by` followed by
/// something shaped like a date, counts: `(voor bewoners)` stays text.
struct OptionMarkers {
    var isPriority = false
    var due: DueDate?
    /// Brackets that nearly say `(prioriteit)` (`(prioritiet)`): kept as text, and a finding says so.
    var nearMisses: [(written: String, location: SourceLocation)] = []

    static let prioritySpellings = ["prioriteit", "priority"]
    static let dueWords = ["voor", "by"]

    /// Finds the markers in `text` and cuts them out of it.
    static func extract(from text: inout LocatedText) -> OptionMarkers {
        var markers = OptionMarkers()
        var index = text.count - 1
        while index >= 0 {
            defer { index -= 1 }
            guard text.characters[index] == ")", let open = openingBracket(in: text, before: index) else { continue }
            let inner = String(joining: text.characters[(open + 1)..<index]).trimmed
            let key = Names.key(inner)
            if prioritySpellings.contains(key) {
                markers.isPriority = true
            } else if let date = dueDate(inner) {
                // The last-written date counts: markers are found from the end.
                if markers.due == nil {
                    // The date is the second word inside the bracket.
                    var start = open + 1
                    while start < index, text.characters[start].isWhitespace { start += 1 }
                    while start < index, !text.characters[start].isWhitespace { start += 1 }
                    while start < index, text.characters[start].isWhitespace { start += 1 }
                    let written = String(date)
                    markers.due = DueDate(
                        written: written, date: ISODate.isValid(written) ? written : nil, location: text.locations[start])
                }
            } else {
                if !key.isEmpty, key.count <= 16, Names.nearest(to: key, in: prioritySpellings) != nil {
                    markers.nearMisses.append((inner, text.locations[open]))
                }
                continue
            }
            text.replace(open..<(index + 1), with: "")
            // "text (prioriteit) more": one space stays, not two.
            if open > 0, open < text.count, text.characters[open - 1].isWhitespace, text.characters[open].isWhitespace {
                text.replace(open..<(open + 1), with: "")
            }
            index = open
        }
        return markers
    }

    private static func openingBracket(in text: LocatedText, before close: Int) -> Int? {
        var index = close - 1
        while index >= 0 {
            let character = text.characters[index]
            if character == "(" { return index }
            if character == ")" || character == "\n" { return nil }
            index -= 1
        }
        return nil
    }

    /// The date part of `voor 2027-03-01` / `by 1-3-2027`, when it is shaped like a date; or written with its month as a
    /// word (`voor 3 maart 2027`, `voor juni 2027`: a blind tester's deadlines stayed text without a word), which a
    /// finding then asks to write as digits.
    static func dueDate(_ inner: String) -> Substring? {
        let words = inner.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2, dueWords.contains(Names.key(String(words[0]))) else { return nil }
        if words.count == 2, isDateShaped(words[1]) { return words[1] }
        guard words.count <= 4 else { return nil }
        let date = inner[words[1].startIndex...]
        return ISODate.shapedInWords(String(date)) != nil || ISODate.monthInWords(String(date)) != nil ? date : nil
    }

    /// Digits in three groups split by `-`, `/` or `.` (`2027-03-01`, `1-3-2027`, `2027-13-45`).
    static func isDateShaped(_ word: Substring) -> Bool {
        let groups = word.split(separator: "-", omittingEmptySubsequences: false).count == 3
            ? word.split(separator: "-", omittingEmptySubsequences: false)
            : word.split(whereSeparator: { $0 == "/" || $0 == "." })
        return groups.count == 3 && groups.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
