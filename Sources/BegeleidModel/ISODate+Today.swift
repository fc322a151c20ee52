import Foundation

extension ISODate {
    /// Today as `YYYY-MM-DD` in the local calendar; `BEGELEID_TODAY` (an ISO
    /// date) pins it, for tests and for re-running an old build. Only
    /// findings read it, never an output.
    public static func today() -> String {
        if let pinned = ProcessInfo.processInfo.environment["BEGELEID_TODAY"], isValid(pinned) { return pinned }
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.year ?? 2026)-\(pad(parts.month ?? 1))-\(pad(parts.day ?? 1))"
    }
}
