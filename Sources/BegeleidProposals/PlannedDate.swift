import Foundation

/// When something in a proposal happens: a calendar date counted from the
/// proposal's date, or, for a profile without a date, a week number.
public enum PlannedDate: Sendable, Hashable, Comparable {
    /// ISO `YYYY-MM-DD`.
    case date(String)
    /// Weeks after the proposal is accepted.
    case week(Int)

    /// The date `weeks` weeks after `start` (an ISO date), moved to the next
    /// working day when it falls in a weekend, on a Dutch public holiday or in
    /// the Christmas break; a week number when there is no start.
    public static func weeks(_ weeks: Int, after start: String?) -> PlannedDate {
        guard let start, let day = CalendarDay(iso: start) else { return .week(weeks) }
        return .date(day.adding(days: 7 * weeks).onWorkingDay.iso)
    }

    /// `days` days after `start` (no weekend rule: a deadline, not a meeting).
    public static func days(_ days: Int, after start: String?) -> PlannedDate? {
        guard let start, let day = CalendarDay(iso: start) else { return nil }
        return .date(day.adding(days: days).iso)
    }

    public static func < (lhs: PlannedDate, rhs: PlannedDate) -> Bool {
        switch (lhs, rhs) {
        case (.date(let a), .date(let b)): return a < b
        case (.week(let a), .week(let b)): return a < b
        case (.week, .date): return true
        case (.date, .week): return false
        }
    }
}

/// A day in the Gregorian calendar, computed in UTC so that no time zone or
/// locale of the machine changes a planning.
struct CalendarDay {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    let date: Date

    init?(iso: String) {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3,
              let date = Self.calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
        else { return nil }
        self.date = date
    }

    private init(date: Date) {
        self.date = date
    }

    func adding(days: Int) -> CalendarDay {
        CalendarDay(date: Self.calendar.date(byAdding: .day, value: days, to: date)!)
    }

    /// The first working day from this one on.
    var onWorkingDay: CalendarDay {
        var day = self
        while !day.isWorkingDay { day = day.adding(days: 1) }
        return day
    }

    /// Not a Saturday or Sunday, not a Dutch public holiday, not 24 December–1 January.
    var isWorkingDay: Bool {
        let parts = Self.calendar.dateComponents([.year, .month, .day, .weekday], from: date)
        let (year, month, day) = (parts.year!, parts.month!, parts.day!)
        if parts.weekday == 1 || parts.weekday == 7 { return false }
        if (month == 12 && day >= 24) || (month == 1 && day == 1) { return false }
        return !Self.holidays(in: year).contains(iso)
    }

    /// Dutch public holidays that fall on weekdays: Easter Monday, King's Day
    /// (27 April, or the 26th when the 27th is a Sunday), Liberation Day,
    /// Ascension Day and Whit Monday; Christmas and New Year are in the break.
    static func holidays(in year: Int) -> Set<String> {
        guard let easter = easterSunday(year) else { return [] }
        let kingsDay = CalendarDay(iso: "\(year)-04-27").map { $0.weekday == 1 ? $0.adding(days: -1) : $0 }
        return Set([easter.adding(days: 1), easter.adding(days: 39), easter.adding(days: 50)].map(\.iso)
            + [kingsDay?.iso, "\(year)-05-05"].compactMap { $0 })
    }

    var weekday: Int { Self.calendar.component(.weekday, from: date) }

    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    static func easterSunday(_ year: Int) -> CalendarDay? {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(iso: "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)")
    }

    var iso: String {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
        let pad: (Int) -> String = { $0 < 10 ? "0\($0)" : "\($0)" }
        return "\(parts.year!)-\(pad(parts.month!))-\(pad(parts.day!))"
    }
}
