/// Which link and image destinations may reach a report.
enum URLPolicy {
    private static let safeSchemes: Set<String> = ["http", "https", "mailto"]

    /// Only http(s) and mailto, written with their scheme, and a fragment
    /// (`#…`, a place in the same page) are safe. Every other scheme
    /// (`javascript:`, `vbscript:`, `data:`, `file:` …) is not, nor is a link
    /// without a scheme: `/etc/passwd`, `//host/x` and `\\host\share\x.docx`
    /// would point a browser or Word (which contacts a UNC server by itself)
    /// at a file or host the writer never meant. Control characters and
    /// whitespace, as browsers ignore them, are ignored here too.
    static func isSafe(_ url: String) -> Bool {
        let cleaned = url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
        if cleaned.first == "#" { return true }
        var scheme = ""
        for scalar in cleaned {
            if scalar == ":" { return safeSchemes.contains(scheme.lowercased()) }
            // A path, query, fragment or backslash before any colon: no scheme.
            if scalar == "/" || scalar == "?" || scalar == "#" || scalar == "\\" { return false }
            scheme.unicodeScalars.append(scalar)
        }
        return false
    }
}
