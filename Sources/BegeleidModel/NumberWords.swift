/// Numbers written as words, as notes typed in a hurry write a count (`Veiligheid: zeven`) or a date (`3 maart 2027`).
public enum NumberWords {
    /// The number `word` names, from zero to twenty, in Dutch or English (any case, `één` with or without accents); nil
    /// for any other word.
    public static func value(of word: String) -> Int? {
        numbers[Names.key(word)]
    }

    private static let numbers: [String: Int] = {
        let dutch = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien",
                     "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"]
        let english = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                       "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
        var table: [String: Int] = [:]
        for (number, word) in dutch.enumerated() { table[word] = number }
        for (number, word) in english.enumerated() { table[word] = number }
        return table
    }()
}
