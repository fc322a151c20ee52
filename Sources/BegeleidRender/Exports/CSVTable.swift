/// A table written as RFC 4180 CSV: comma-separated, CRLF line ends, a field
/// quoted when it holds a comma, quote or line end (quotes doubled), UTF-8
/// with a byte-order mark so that spreadsheets read the accents right. A
/// field that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`)
/// gets a leading apostrophe.
///
///     CSVTable(header: ["a", "b"], rows: [["1", "x, y"]]).text → "\u{FEFF}a,b\r\n1,\"x, y\"\r\n"
struct CSVTable {
    var header: [String]
    var rows: [[String]]

    var text: String {
        "\u{FEFF}" + ([header] + rows).map(Self.line).joined()
    }

    /// One row with its line end.
    static func line(_ row: [String]) -> String {
        row.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        var text = value
        if let first = text.first, ["=", "+", "-", "@"].contains(first), text.count > 1 { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
