import ArgumentParser
import Foundation

/// A size on the command line: `1048576`, `512k`, `1M`, `2MiB`, `1.5MB`
/// (k and M are powers of 1024, as people mean them for files).
struct ByteSize: ExpressibleByArgument, Sendable {
    var bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        let number = text.prefix { $0.isNumber || $0 == "." || $0 == "," }
        let unit = text.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
        guard let amount = Double(number.replacingOccurrences(of: ",", with: ".")), amount > 0 else { return nil }
        let factor: Double
        switch unit {
        case "", "b", "bytes": factor = 1
        case "k", "kb", "kib": factor = 1024
        case "m", "mb", "mib": factor = 1024 * 1024
        case "g", "gb", "gib": factor = 1024 * 1024 * 1024
        default: return nil
        }
        let total = amount * factor
        guard total >= 1, total <= Double(Int32.max) else { return nil }
        bytes = Int(total)
    }

    var defaultValueDescription: String { "1M" }
}
