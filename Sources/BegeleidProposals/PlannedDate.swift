import BegeleidModel
import Foundation

/// When something in a proposal happens: a calendar date counted from the
/// proposal's date, or, for a profile without a date, a week number.
public enum PlannedDate: Sendable, Hashable, Comparable {
    /// ISO `YYYY-MM-DD`.
    case date(String)
    /// Weeks after the proposal is accepted.
    case week(Int)

    /// The date `weeks` weeks after `start` (an ISO date), and not before
    /// `notBefore`, moved to the next working day of `country` outside its
    /// public and school holidays; a week number when there is no start.
    public static func weeks(_ weeks: Int, after start: String?, in country: Country, notBefore: PlannedDate? = nil) -> PlannedDate {
        guard let start, let day = CalendarDay(iso: start) else {
            if case .week(let earliest) = notBefore { return .week(max(weeks, earliest)) }
            return .week(weeks)
        }
        var planned = day.adding(days: 7 * weeks)
        if case .date(let iso) = notBefore, let earliest = CalendarDay(iso: iso), earliest > planned { planned = earliest }
        return .date(planned.onWorkingDay(in: country).iso)
    }

    /// `days` days after `start` (no weekend rule: a deadline, not a meeting).
    public static func days(_ days: Int, after start: String?) -> PlannedDate? {
        guard let start, let day = CalendarDay(iso: start) else { return nil }
        return .date(day.adding(days: days).iso)
    }

    /// This date `weeks` weeks later (a week number plus `weeks`).
    public func adding(weeks: Int) -> PlannedDate {
        switch self {
        case .date(let iso): return CalendarDay(iso: iso).map { .date($0.adding(days: 7 * weeks).iso) } ?? self
        case .week(let week): return .week(week + weeks)
        }
    }

    public var iso: String? {
        if case .date(let iso) = self { return iso }
        return nil
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
