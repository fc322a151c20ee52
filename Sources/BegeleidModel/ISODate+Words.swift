extension ISODate {
    /// A date written with its month as a word, as notes typed in a hurry write it (a blind tester's `datum: 3 december
    /// 2026` and `(voor 3 maart 2027)`): `3 december 2026`, `3 dec. 2026`, `3e december 2026`, `December 3, 2026`, as an
    /// ISO date when that date exists; nil otherwise.
    ///
    ///     "3 maart 2027" → "2027-03-03"
    public static func inWords(_ text: String) -> String? {
        shapedInWords(text).flatMap { isValid($0) ? $0 : nil }
    }

    /// `inWords` also where that date does not exist (`31 februari 2027`, as `2027-02-31`): a day, a month's name and a
    /// year, either way round.
    public static func shapedInWords(_ text: String) -> String? {
        let words = text.split { $0.isWhitespace || $0 == "," }.map(String.init)
        guard words.count == 3, let year = Int(words[2]), years.contains(year), words[2].count == 4 else { return nil }
        let (day, month) = month(of: words[1]).map { (words[0], $0) } ?? (words[1], month(of: words[0]) ?? 0)
        guard month > 0, let number = dayNumber(day) else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(number < 10 ? "0" : "")\(number)"
    }

    /// A month and its year in words, with no day (`juni 2027`, `June 2027`): the month's first day, which is what a
    /// deadline `voor juni 2027` means; nil otherwise.
    public static func monthInWords(_ text: String) -> String? {
        let words = text.split { $0.isWhitespace || $0 == "," }.map(String.init)
        guard words.count == 2, words[1].count == 4, let year = Int(words[1]), years.contains(year), let month = month(of: words[0]) else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-01"
    }

    /// The month (1…12) a Dutch or English name or its short form names (`maart`, `mrt`, `March`, `mar.`), any case.
    static func month(of word: String) -> Int? {
        let key = Names.key(word.hasSuffix(".") ? String(word.dropLast()) : word)
        return monthNames.firstIndex { $0.contains(key) }.map { $0 + 1 }
    }

    private static let monthNames: [Set<String>] = [
        ["januari", "january", "jan"], ["februari", "february", "feb", "febr"], ["maart", "march", "mrt", "mar"],
        ["april", "apr"], ["mei", "may"], ["juni", "june", "jun"], ["juli", "july", "jul"], ["augustus", "august", "aug"],
        ["september", "sep", "sept"], ["oktober", "october", "okt", "oct"], ["november", "nov"], ["december", "dec"],
    ]

    /// A day of the month as written: digits, also with an ordinal's ending (`3e`, `3rd`, `1st`).
    private static func dayNumber(_ word: String) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        let ending = Names.key(String(word.dropFirst(digits.count)))
        guard !digits.isEmpty, digits.count <= 2, ["", "e", "ste", "de", "st", "nd", "rd", "th"].contains(ending), let day = Int(digits),
              (1...31).contains(day) else { return nil }
        return day
    }
}
