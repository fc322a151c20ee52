/// The escaping of `{{x}}`, byte by byte: every `<`, `>`, `&`, `"`, `'` (and for Markdown every
/// special character) is escaped, also one that a combining mark or a prepended mark (U+0600)
/// joins into a larger grapheme cluster. swift-mustache, the renderer before this one, escaped
/// character by character and so let `\u{600}<img …>` through as a tag (the XSS corpus holds it);
/// otherwise the bytes are the same as its escaping gave.
public enum Escaping {
    /// `< > & " '` as HTML entities (swift-mustache's `htmlEscape`).
    public static func appendHTML(_ text: String, to output: inout [UInt8]) {
        append(text, to: &output) { byte in
            switch byte {
            case 0x3C: return "&lt;"
            case 0x3E: return "&gt;"
            case 0x26: return "&amp;"
            case 0x22: return "&quot;"
            case 0x27: return "&#39;"
            default: return nil
            }
        }
    }

    /// `text`'s bytes appended to `output`, each byte that `replacement` gives a text for replaced by it (an
    /// empty one leaves the byte out); the bytes between two replaced ones are copied as one run. Byte by
    /// byte, so a replaced byte is replaced also where a mark joins it into a larger grapheme cluster.
    @inlinable
    public static func append(_ text: String, to output: inout [UInt8], replacing replacement: (UInt8) -> StaticString?) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                guard let replaced = replacement(bytes[index]) else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: replaced.utf8Start, count: replaced.utf8CodeUnitCount))
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    /// Markdown's special characters behind a backslash, newlines as spaces (`{{% CONTENT_TYPE: MARKDOWN}}`):
    /// a title or name can neither format text nor smuggle in HTML.
    public static func appendMarkdown(_ text: String, to output: inout [UInt8]) {
        let start = output.count
        var text = text
        let done: Bool = text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x0A, 0x0B, 0x0C:
                    output.append(0x20)
                case 0x0D:
                    output.append(0x20)
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x23, 0x7C, 0x7E, 0x26, 0x21, 0x7B, 0x7D:
                    output.append(0x5C)
                    output.append(byte)
                case 0xC2, 0xE2:
                    // U+0085 (C2 85), U+2028 and U+2029 (E2 80 A8/A9) are newlines too: rare, left to the slower way.
                    if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 { return false }
                    if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 { return false }
                    output.append(byte)
                default:
                    output.append(byte)
                }
                index += 1
            }
            return true
        }
        if !done {
            output.removeSubrange(start...)
            output.append(contentsOf: markdownByScalars(text).utf8)
        }
    }

    private static let markdownSpecial: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "!", "{", "}"]

    /// The Markdown escaping for text with a newline other than CR and LF: newlines by character (CRLF is one),
    /// special characters by scalar, so none hides inside a larger grapheme cluster.
    static func markdownByScalars(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isNewline {
                result.append(" ")
                continue
            }
            for scalar in character.unicodeScalars {
                if markdownSpecial.contains(scalar) { result.append("\\") }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
