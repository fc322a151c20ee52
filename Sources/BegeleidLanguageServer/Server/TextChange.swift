/// A change the client sends, applied to the server's copy of a document.
/// Positions count UTF-16 code units; one past the end of a line or a line
/// past the end of the text is taken as the end (as the protocol says for
/// characters), and reported so that the server can log it.
enum TextChange {
    struct Applied {
        var text: String
        /// The change named a place outside the text.
        var clamped: Bool
    }

    static func apply(_ change: TextDocumentContentChangeEvent, to text: String) -> Applied {
        guard let range = change.range else { return Applied(text: change.text, clamped: false) }
        var units = Array(text.utf16)
        let starts = lineStarts(units)
        let (start, startClamped) = offset(range.start, starts: starts, units: units)
        let (end, endClamped) = offset(range.end, starts: starts, units: units)
        let lower = min(start, end)
        let upper = max(start, end)
        units.replaceSubrange(lower..<upper, with: Array(change.text.utf16))
        return Applied(text: String(decoding: units, as: UTF16.self), clamped: startClamped || endClamped || start > end)
    }

    /// Where each line starts (after LF, CRLF or CR).
    static func lineStarts(_ units: [UInt16]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit == 0x0D, index + 1 < units.count, units[index + 1] == 0x0A { index += 1 }
            if unit == 0x0A || unit == 0x0D { starts.append(index + 1) }
            index += 1
        }
        return starts
    }

    private static func offset(_ position: Position, starts: [Int], units: [UInt16]) -> (Int, Bool) {
        guard position.line >= 0, position.character >= 0 else { return (0, true) }
        guard position.line < starts.count else { return (units.count, position.line > starts.count || position.character > 0) }
        let start = starts[position.line]
        var end = position.line + 1 < starts.count ? starts[position.line + 1] : units.count
        while end > start, units[end - 1] == 0x0A || units[end - 1] == 0x0D { end -= 1 }
        return (start + min(position.character, end - start), position.character > end - start)
    }
}
