import BegeleidModel

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
        var out: [UInt8] = []
        appendLine(row, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `line(row)`'s bytes appended to `out` (byte-wise: a session's share of `data/` is made of thousands).
    static func appendLine(_ row: [String], to out: inout [UInt8]) {
        for (index, value) in row.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendField(value, to: &out)
        }
        out.append(contentsOf: [13, 10])
    }

    /// A field: quoted when any of its bytes is a comma, quote or line end (a comma that a combining
    /// mark follows is still a comma to every CSV reader), after the formula guard.
    static func appendField(_ value: String, to out: inout [UInt8]) {
        let guarded = startsLikeAFormula(value)
        let quoted = value.utf8Contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        if quoted { out.append(UInt8(ascii: "\"")) }
        if guarded { out.append(UInt8(ascii: "'")) }
        if quoted {
            for byte in value.utf8 {
                if byte == UInt8(ascii: "\"") { out.append(byte) }
                out.append(byte)
            }
        } else {
            // (No quote to double: the bytes as one run.)
            out.append(contentsOf: value.utf8)
        }
        if quoted { out.append(UInt8(ascii: "\"")) }
    }

    /// Whether a spreadsheet would take `value` for a formula: its first character is `=`, `+`, `-` or
    /// `@` (as a whole character: not one a combining mark is joined to) and more follows.
    static func startsLikeAFormula(_ value: String) -> Bool {
        guard let byte = value.utf8.first, byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@") else { return false }
        guard let first = value.first, first == "=" || first == "+" || first == "-" || first == "@" else { return false }
        return !value.dropFirst().isEmpty
    }
}
