import Foundation

/// When something in a proposal happens: a calendar date counted from the
/// proposal's date, or, for a profile without a date, a week number.
public enum PlannedDate: Sendable, Hashable, Comparable {
    /// ISO `YYYY-MM-DD`.
    case date(String)
    /// Weeks after the proposal is accepted.
    case week(Int)

    /// The date `weeks` weeks after `start` (an ISO date), moved to the next
    /// Monday when it falls in a weekend; a week number when there is no start.
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

    /// Saturday and Sunday move to the Monday after.
    var onWorkingDay: CalendarDay {
        switch Self.calendar.component(.weekday, from: date) {
        case 7: return adding(days: 2)
        case 1: return adding(days: 1)
        default: return self
        }
    }

    var iso: String {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
        let pad: (Int) -> String = { $0 < 10 ? "0\($0)" : "\($0)" }
        return "\(parts.year!)-\(pad(parts.month!))-\(pad(parts.day!))"
    }
}
