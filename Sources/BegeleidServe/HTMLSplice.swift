import Foundation

/// Where the preview puts its own parts into a page: byte-wise on the page's UTF-8, because Foundation's
/// `range(of:)` and `replacingCharacters(in:with:)` went through `NSString` and were a third of the CPU of
/// serving a report (perf of `watch`, 200 requests for the ringweg report: 13 ms each, 4.5 of them here).
enum HTMLSplice {
    /// `html` with `insertion` and a line break just before its last `</body>`, or `insertion` at its end when it
    /// has none.
    static func beforeLastBodyEnd(_ html: some Collection<UInt8>, _ insertion: String) -> Data {
        let bytes = Array(html)
        var result = Data(capacity: bytes.count + insertion.utf8.count + 1)
        guard let at = lastRange(of: Array("</body>".utf8), in: bytes)?.lowerBound else {
            result.append(contentsOf: bytes)
            result.append(contentsOf: insertion.utf8)
            return result
        }
        result.append(contentsOf: bytes[..<at])
        result.append(contentsOf: insertion.utf8)
        result.append(UInt8(ascii: "\n"))
        result.append(contentsOf: bytes[at...])
        return result
    }

    /// `html` with `insertion` on a line of its own right after the `>` of its first `<body`, or before it all
    /// when it has none.
    static func afterBodyStart(_ html: String, _ insertion: String) -> String {
        let bytes = Array(html.utf8)
        guard let body = bytes.firstRange(of: Array("<body".utf8)),
              let close = bytes[body.upperBound...].firstIndex(of: UInt8(ascii: ">")) else { return insertion + html }
        var result = [UInt8]()
        result.reserveCapacity(bytes.count + insertion.utf8.count + 1)
        result.append(contentsOf: bytes[...close])
        result.append(UInt8(ascii: "\n"))
        result.append(contentsOf: insertion.utf8)
        result.append(contentsOf: bytes[(close + 1)...])
        return String(decoding: result, as: UTF8.self)
    }

    static func lastRange(of needle: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = bytes.count - needle.count
        while index >= 0 {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                return index..<(index + needle.count)
            }
            index -= 1
        }
        return nil
    }
}
