@testable import BegeleidRender

/// A CSV field and a sheet row as text, for the tests that compare them (the build appends bytes).
extension CSVTable {
    static func field(_ value: String) -> String {
        var out: [UInt8] = []
        appendField(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

extension Workbook {
    static func row(_ row: [String], header columns: [String], numeric: Set<String>) -> String {
        var out: [UInt8] = []
        appendRow(row, kinds: kinds(header: columns, numeric: numeric), to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
