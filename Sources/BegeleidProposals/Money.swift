import BegeleidModel
import Foundation

/// Amounts in euros: exact decimal arithmetic, rounded to whole cents half
/// away from zero, written the Dutch way (`€ 1.234,50`) or the English way
/// (`€1,234.50`).
public enum Money {
    /// `amount` rounded to cents: 259.2555 → 259.26, 0.125 → 0.13.
    public static func cents(_ amount: Decimal) -> Decimal {
        var input = amount
        var result = Decimal()
        NSDecimalRound(&result, &input, 2, .plain)
        return result
    }

    /// `percentage` % of `amount`, rounded to cents.
    public static func percentage(_ percentage: Decimal, of amount: Decimal) -> Decimal {
        cents(amount * percentage / 100)
    }

    /// 1234.5 → `€ 1.234,50` (nl) or `€1,234.50` (en).
    public static func format(_ amount: Decimal, _ language: Language) -> String {
        let rounded = cents(amount)
        let isNegative = rounded < 0
        let digits = plain(isNegative ? -rounded : rounded)
        let (whole, fraction) = split(digits)
        let separators: (group: Character, decimal: Character) = language == .dutch ? (".", ",") : (",", ".")
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped.append(separators.group) }
            grouped.append(digit)
        }
        let number = "\(grouped)\(separators.decimal)\(fraction)"
        let sign = isNegative ? "-" : ""
        return language == .dutch ? "€ \(sign)\(number)" : "\(sign)€\(number)"
    }

    /// `1234.5` → `1234.50`: cents as a decimal string with a point, for JSON.
    public static func decimalString(_ amount: Decimal) -> String {
        let rounded = cents(amount)
        let isNegative = rounded < 0
        let (whole, fraction) = split(plain(isNegative ? -rounded : rounded))
        return "\(isNegative ? "-" : "")\(whole).\(fraction)"
    }

    /// A percentage as written in the language: 21 → `21`, 20.5 → `20,5` (nl).
    public static func formatPercentage(_ percentage: Decimal, _ language: Language) -> String {
        let text = plain(percentage)
        return language == .dutch ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// The decimal's digits with `.` as separator, independent of any locale.
    private static func plain(_ amount: Decimal) -> String {
        NSDecimalNumber(decimal: amount).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }

    /// `1234.5` → (`1234`, `50`).
    private static func split(_ digits: String) -> (String, String) {
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count < 2 { fraction.append("0") }
        return (whole, String(fraction.prefix(2)))
    }
}
