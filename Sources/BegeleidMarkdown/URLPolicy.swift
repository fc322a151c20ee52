/// Which link and image destinations may reach a report.
enum URLPolicy {
    private static let safeSchemes: Set<String> = ["http", "https", "mailto"]

    /// Relative URLs, fragments and http(s)/mailto are safe; every other
    /// scheme (`javascript:`, `vbscript:`, `data:`, `file:` …) is not. Control
    /// characters and whitespace inside the scheme, as browsers ignore them,
    /// are ignored here too.
    static func isSafe(_ url: String) -> Bool {
        let cleaned = url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
        var scheme = ""
        for scalar in cleaned {
            if scalar == ":" { return safeSchemes.contains(scheme.lowercased()) }
            if scalar == "/" || scalar == "?" || scalar == "#" { return true }
            scheme.unicodeScalars.append(scalar)
        }
        return true
    }
}
