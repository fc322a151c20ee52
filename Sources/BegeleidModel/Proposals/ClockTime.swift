/// A time of day in whole minutes, written `13:30` or `9:00`.
public struct ClockTime: Sendable, Hashable, Comparable {
    public var minutes: Int

    public init(minutes: Int) {
        self.minutes = minutes
    }

    /// Parses `H:MM` or `HH:MM` (00:00–23:59); nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hours = Int(parts[0]), let minutes = Int(parts[1]), hours < 24, minutes < 60
        else { return nil }
        self.minutes = hours * 60 + minutes
    }

    /// `09:05`; past midnight it keeps counting (`24:15`), which the offer rules flag.
    public var text: String {
        let (hour, minute) = (minutes / 60, minutes % 60)
        return "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }

    public func adding(minutes more: Int) -> ClockTime { ClockTime(minutes: minutes + more) }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }
}
