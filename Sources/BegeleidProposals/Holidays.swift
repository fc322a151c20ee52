import BegeleidModel

/// The days a planning avoids besides weekends, computed (no table to keep
/// up to date, no network): public holidays of the country, and the school
/// holidays every region of it shares in part.
///
/// - Netherlands: New Year, Easter Monday, King's Day (27 April, the 26th when
///   the 27th is a Sunday), Liberation Day, Ascension Day, Whit Monday,
///   Christmas and Boxing Day. The summer holiday of the three regions (north,
///   middle, south) together: six weeks per region, staggered by a week, from
///   the first Saturday on or after 4 July through the Sunday eight weeks
///   later. The Christmas holiday: two weeks from the Saturday of 19–25 December.
/// - Belgium: New Year, Easter Monday, Labour Day, Ascension Day, Whit Monday,
///   21 July, 15 August, 1 and 11 November, Christmas. The summer holiday of
///   the Flemish and French communities together: 1 July–31 August. The
///   Christmas holiday: from the Saturday before the Monday of Christmas week
///   (the week after when Christmas falls on a weekend) through the second
///   Sunday after it.
public enum Holidays {
    public enum Reason: String, Sendable {
        case publicHoliday, summerHoliday, christmasHoliday
    }

    /// Why `day` is no day for a meeting in `country`, or nil when it is one (weekends aside).
    public static func reason(_ day: CalendarDay, in country: Country) -> Reason? {
        let year = day.year
        if publicHolidays(year, in: country).contains(day) { return .publicHoliday }
        let summer = summerHoliday(year, in: country)
        if summer.contains(day) { return .summerHoliday }
        if christmasHoliday(year, in: country).contains(day) || christmasHoliday(year - 1, in: country).contains(day) {
            return .christmasHoliday
        }
        return nil
    }

    public static func publicHolidays(_ year: Int, in country: Country) -> Set<CalendarDay> {
        let easter = easterSunday(year)
        let day = { (month: Int, day: Int) in CalendarDay(year: year, month: month, day: day) }
        let moving = [easter.adding(days: 1), easter.adding(days: 39), easter.adding(days: 50)]
        switch country {
        case .netherlands:
            let kingsDay = day(4, 27).weekday == 1 ? day(4, 26) : day(4, 27)
            return Set(moving + [day(1, 1), kingsDay, day(5, 5), day(12, 25), day(12, 26)])
        case .belgium:
            return Set(moving + [day(1, 1), day(5, 1), day(7, 21), day(8, 15), day(11, 1), day(11, 11), day(12, 25)])
        }
    }

    /// The summer school holiday of all regions of `country` together.
    public static func summerHoliday(_ year: Int, in country: Country) -> ClosedRange<CalendarDay> {
        switch country {
        case .netherlands:
            let start = saturday(onOrAfter: CalendarDay(year: year, month: 7, day: 4))
            return start...start.adding(days: 8 * 7 + 1)
        case .belgium:
            return CalendarDay(year: year, month: 7, day: 1)...CalendarDay(year: year, month: 8, day: 31)
        }
    }

    /// The Christmas school holiday that starts in December of `year`.
    public static func christmasHoliday(_ year: Int, in country: Country) -> ClosedRange<CalendarDay> {
        switch country {
        case .netherlands:
            let start = saturday(onOrAfter: CalendarDay(year: year, month: 12, day: 19))
            return start...start.adding(days: 15)
        case .belgium:
            let christmas = CalendarDay(year: year, month: 12, day: 25)
            // Monday of Christmas week; when Christmas is on a Saturday or Sunday, the Monday after.
            let monday: CalendarDay
            switch christmas.weekday {
            case 1: monday = christmas.adding(days: 1)
            case 7: monday = christmas.adding(days: 2)
            default: monday = christmas.adding(days: 2 - christmas.weekday)
            }
            return monday.adding(days: -2)...monday.adding(days: 13)
        }
    }

    static func saturday(onOrAfter day: CalendarDay) -> CalendarDay {
        day.adding(days: (7 - day.weekday) % 7)
    }

    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    public static func easterSunday(_ year: Int) -> CalendarDay {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)
    }
}
