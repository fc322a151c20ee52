@testable import BegeleidProposals
import BegeleidModel
import Foundation
import Testing

/// Money, clock times, dates and head counts of a proposal, each on its own.
@Suite("Proposals: money, times, dates and counts")
struct ProposalMathTests {
    static func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    @Test(arguments: [
        ("1234.5", "€ 1.234,50", "€1,234.50"),
        ("0", "€ 0,00", "€0.00"),
        ("999.999", "€ 1.000,00", "€1,000.00"),
        ("1000000", "€ 1.000.000,00", "€1,000,000.00"),
        ("85.5", "€ 85,50", "€85.50"),
        ("123456789.01", "€ 123.456.789,01", "€123,456,789.01"),
    ])
    func formatting(_ amount: String, _ dutch: String, _ english: String) {
        #expect(Money.format(Self.decimal(amount), .dutch) == dutch)
        #expect(Money.format(Self.decimal(amount), .english) == english)
    }

    @Test func roundingIsToCentsHalfAwayFromZero() {
        #expect(Money.cents(Self.decimal("0.125")) == Self.decimal("0.13"))
        #expect(Money.cents(Self.decimal("0.124999")) == Self.decimal("0.12"))
        #expect(Money.cents(Self.decimal("259.2555")) == Self.decimal("259.26"))
        #expect(Money.cents(Self.decimal("0.005")) == Self.decimal("0.01"))
        #expect(Money.percentage(21, of: Self.decimal("1234.55")) == Self.decimal("259.26"))
        #expect(Money.percentage(9, of: Self.decimal("0.50")) == Self.decimal("0.05"))
        #expect(Money.formatPercentage(Self.decimal("20.5"), .dutch) == "20,5")
        #expect(Money.formatPercentage(21, .english) == "21")
    }

    @Test func investmentAddsExactlyOverSeveralUnits() {
        // Ten times 0.10 is exactly 1.00 here, where binary floating point drifts.
        let items: [(item: CostItem, title: String, quantity: Int)] = [
            (CostItem(title: LocalizedText(nl: "a", en: "a"), price: Self.decimal("0.10"), unit: .participant), "a", 10),
            (CostItem(title: LocalizedText(nl: "b", en: "b"), price: Self.decimal("1000.50"), unit: .session), "b", 3),
            (CostItem(title: LocalizedText(nl: "c", en: "c"), price: Self.decimal("185.55"), unit: .proposal), "c", 1),
            (CostItem(title: LocalizedText(nl: "d", en: "d"), price: 800, unit: .halfDay), "d", 0),
        ]
        let investment = Investment(items, vatPercentage: 21)
        #expect(investment.lines.map(\.title) == ["a", "b", "c"], "a line counted zero times is left out")
        #expect(investment.lines.map(\.amount) == [Self.decimal("1.00"), Self.decimal("3001.50"), Self.decimal("185.55")])
        #expect(investment.subtotal == Self.decimal("3188.05"))
        #expect(investment.vat == Self.decimal("669.49"))  // 669.4905
        #expect(investment.total == Self.decimal("3857.54"))
        #expect(Money.format(investment.total, .dutch) == "€ 3.857,54")
    }

    @Test func vatAtNineAndAtZeroPercent() {
        let item = CostItem(title: LocalizedText(nl: "x", en: "x"), price: Self.decimal("333.33"), unit: .session)
        let nine = Investment([(item, "x", 3)], vatPercentage: 9)
        #expect(nine.subtotal == Self.decimal("999.99"))
        #expect(nine.vat == Self.decimal("90.00"))  // 89.9991
        #expect(nine.total == Self.decimal("1089.99"))
        let zero = Investment([(item, "x", 1)], vatPercentage: 0)
        #expect(zero.vat == 0)
        #expect(zero.total == Self.decimal("333.33"))
    }

    @Test func apportionAddsUpAndBreaksTiesInOrder() {
        #expect(apportion(15, shares: [30, 30, 20, 20]) == [5, 4, 3, 3])
        #expect(apportion(18, shares: [30, 30, 20, 20]) == [5, 5, 4, 4])
        #expect(apportion(7, shares: [1, 1, 1]) == [3, 2, 2])
        #expect(apportion(0, shares: [50, 50]) == [0, 0])
        for total in 1...60 {
            #expect(apportion(total, shares: [30, 30, 20, 20]).reduce(0, +) == total)
        }
    }

    @Test func programmeClockTimesFollowFromTheStartAndTheDurations() throws {
        let parts = [15, 25, 60, 15, 50].map { ProgrammePart(title: LocalizedText(nl: "deel \($0)", en: "part \($0)"), minutes: $0) }
        let slots = ProposalBuilder.programme(parts, start: try #require(ClockTime("9:30")), language: .dutch)
        #expect(slots.map { "\($0.start.text)–\($0.end.text)" } == [
            "09:30–09:45", "09:45–10:10", "10:10–11:10", "11:10–11:25", "11:25–12:15",
        ])
        #expect(ClockTime("24:00") == nil)
        #expect(ClockTime("13:5") == nil)
        #expect(ClockTime("7:05")?.minutes == 425)
    }

    @Test func datesCountFromTheProposalAndSkipWeekends() {
        // 2026-03-02 is a Monday; six weeks on is Monday 13 April.
        #expect(PlannedDate.weeks(6, after: "2026-03-02", in: .netherlands) == .date("2026-04-13"))
        // From a Saturday, whole weeks land on Saturdays: moved to the Monday.
        #expect(PlannedDate.weeks(1, after: "2026-03-07", in: .netherlands) == .date("2026-03-16"))
        #expect(PlannedDate.weeks(0, after: "2026-03-08", in: .netherlands) == .date("2026-03-09"))
        // Over a leap day and a year end.
        #expect(PlannedDate.days(60, after: "2028-01-15") == .date("2028-03-15"))
        #expect(PlannedDate.days(60, after: "2026-12-07") == .date("2027-02-05"))
        #expect(PlannedDate.weeks(3, after: nil, in: .netherlands) == .week(3))
        // Public holidays and the Christmas break move to the next working day.
        #expect(PlannedDate.weeks(6, after: "2026-11-13", in: .netherlands) == .date("2027-01-04"), "25 December, then the break")
        #expect(PlannedDate.weeks(6, after: "2026-03-16", in: .netherlands) == .date("2026-04-28"), "King's Day 2026 (a Monday)")
        #expect(PlannedDate.weeks(0, after: "2026-04-06", in: .netherlands) == .date("2026-04-07"), "Easter Monday 2026")
        #expect(PlannedDate.weeks(0, after: "2026-05-14", in: .netherlands) == .date("2026-05-15"), "Ascension Day 2026")
        #expect(PlannedDate.weeks(0, after: "2026-05-25", in: .netherlands) == .date("2026-05-26"), "Whit Monday 2026")
        #expect(PlannedDate.weeks(0, after: "2025-04-21", in: .netherlands) == .date("2025-04-22"), "Easter Monday 2025")
        #expect(PlannedDate.weeks(0, after: "2025-04-28", in: .netherlands) == .date("2025-04-28"), "King's Day 2025 fell on a Saturday: no shift")
        #expect(PlannedDate.days(30, after: nil) == nil)
    }

    @Test func aSeriesSpreadsOverTheRemainingPhases() {
        let spread = { (count: Int, first: Phase) in MeetingPlan.spread(count, from: first).map { "\($0.phase.rawValue)=\($0.count)" } }
        #expect(spread(3, .before) == ["before=1", "during=1", "after=1"])
        #expect(spread(4, .before) == ["before=1", "during=2", "after=1"])
        #expect(spread(5, .before) == ["before=2", "during=2", "after=1"])
        #expect(spread(2, .before) == ["before=1", "during=1", "after=0"])
        #expect(spread(3, .during) == ["during=2", "after=1"])
        #expect(spread(2, .after) == ["after=2"])
        #expect(spread(1, .before) == ["before=1", "during=0", "after=0"], "a series starts in the earliest phase")
        #expect(spread(1, .during) == ["during=1", "after=0"])
    }
}
