/// Calendar dates written as `YYYY-MM-DD`, and the Dutch way people also type them.
public enum ISODate {
    /// The years a date in the notes or a profile may have.
    public static let years = 1900...2999

    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1
        else { return false }
        let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }

    /// `14-04-2021`, `1/3/2027` or `1.3.2027` (day first, as in Dutch), or
    /// `2026-12-1` (year first without its zeros), as an ISO date when that
    /// date exists; nil otherwise.
    ///
    ///     "14-04-2021" → "2021-04-14"
    ///     "2026-12-1" → "2026-12-01"
    public static func dayFirst(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let pad = { (part: Substring) in part.count == 1 ? "0" + part : String(part) }
        let iso: String
        if parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 {
            iso = "\(parts[2])-\(pad(parts[1]))-\(pad(parts[0]))"
        } else if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 {
            iso = "\(parts[0])-\(pad(parts[1]))-\(pad(parts[2]))"
        } else {
            return nil
        }
        return iso != text && isValid(iso) ? iso : nil
    }

    /// What to say of `word`, which is not a valid `YYYY-MM-DD` date: a date
    /// typed day first is answered with how to write it (and that spelling as
    /// the suggestion), not with "does not exist".
    public static func problem(_ word: String, example: String) -> (message: LocalizedText, suggestion: String?) {
        if let iso = dayFirst(word) ?? inWords(word) {
            return (LocalizedText(
                nl: "schrijf de datum “\(word)” als \(iso) (jaar-maand-dag)",
                en: "write the date “\(word)” as \(iso) (year-month-day)"), iso)
        }
        if let first = monthInWords(word) {
            return (LocalizedText(
                nl: "“\(word)” noemt geen dag; schrijf JJJJ-MM-DD, bijvoorbeeld \(first) (de eerste van die maand)",
                en: "“\(word)” names no day; write YYYY-MM-DD, for example \(first) (the first of that month)"), nil)
        }
        return (LocalizedText(
            nl: "“\(word)” is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld \(example)",
            en: "“\(word)” is not a date that exists; write YYYY-MM-DD, for example \(example)"), nil)
    }
}
