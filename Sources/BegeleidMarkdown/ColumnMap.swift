/// Turns cmark-gfm's byte columns into character columns, line by line.
struct ColumnMap {
    private let lines: [[UInt8]]

    init(_ source: String) {
        lines = source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
    }

    func position(line: Int, byteColumn: Int) -> TextPosition {
        guard line >= 1, line <= lines.count, byteColumn > 1 else {
            return TextPosition(line: max(line, 1), column: max(byteColumn, 1))
        }
        let bytes = lines[line - 1]
        let prefix = bytes.prefix(min(byteColumn - 1, bytes.count))
        // Count scalars: every byte that does not continue a UTF-8 sequence starts one.
        let characters = prefix.reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        return TextPosition(line: line, column: characters + 1 + max(0, byteColumn - 1 - bytes.count))
    }
}
