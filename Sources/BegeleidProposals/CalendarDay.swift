import BegeleidModel
import Foundation

/// A day in the Gregorian calendar, computed in UTC so that no time zone or
/// locale of the machine changes a planning.
public struct CalendarDay: Sendable, Hashable, Comparable {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    let date: Date

    public init?(iso: String) {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]),
              let date = Self.calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
        else { return nil }
        self.date = date
    }

    init(year: Int, month: Int, day: Int) {
        date = Self.calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    private init(date: Date) {
        self.date = date
    }

    public func adding(days: Int) -> CalendarDay {
        CalendarDay(date: Self.calendar.date(byAdding: .day, value: days, to: date)!)
    }

    /// The first day from this one on that is a working day in `country`, outside its school holidays.
    public func onWorkingDay(in country: Country) -> CalendarDay {
        var day = self
        while !day.isWorkingDay(in: country) { day = day.adding(days: 1) }
        return day
    }

    /// Not a Saturday or Sunday, not a public holiday of `country`, not in
    /// its summer or Christmas school holiday.
    public func isWorkingDay(in country: Country) -> Bool {
        if weekday == 1 || weekday == 7 { return false }
        return Holidays.reason(self, in: country) == nil
    }

    /// 1 = Sunday … 7 = Saturday.
    public var weekday: Int { Self.calendar.component(.weekday, from: date) }

    public var year: Int { Self.calendar.component(.year, from: date) }

    /// Whole days from `other` to this day.
    public func days(since other: CalendarDay) -> Int {
        Self.calendar.dateComponents([.day], from: other.date, to: date).day!
    }

    public var iso: String {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
        let pad: (Int) -> String = { $0 < 10 ? "0\($0)" : "\($0)" }
        return "\(parts.year!)-\(pad(parts.month!))-\(pad(parts.day!))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.date < rhs.date }
}
