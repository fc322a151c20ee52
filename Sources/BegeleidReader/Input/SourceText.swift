import BegeleidModel
import Foundation

/// The text of an input file as the user saw it: valid UTF-8, a byte-order
/// mark dropped, CRLF and lone CR read as line ends.
struct SourceText: Sendable {
    let lines: [String]

    /// Decodes `bytes`, or returns the diagnostic that explains why it cannot.
    static func decode(_ bytes: [UInt8], path: String) -> Result<SourceText, Diagnostic> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            return .failure(Diagnostic(
                .error, .notUtf8, path: path, at: SourceLocation(line: 1, column: 1),
                LocalizedText(
                    nl: "het bestand is UTF-16; sla het op als UTF-8",
                    en: "the file is UTF-16; save it as UTF-8")))
        }
        if looksLikeUTF16(body) {
            return .failure(Diagnostic(
                .error, .notUtf8, path: path, at: SourceLocation(line: 1, column: 1),
                LocalizedText(
                    nl: "het bestand lijkt UTF-16 (zonder byte-order mark); sla het op als UTF-8",
                    en: "the file looks like UTF-16 (without a byte-order mark); save it as UTF-8")))
        }
        // Checked and decoded at once by the standard library; only a file that is not valid UTF-8 is walked
        // scalar by scalar, to say where.
        let decoded = String(validating: body, as: UTF8.self)
        if decoded == nil, let bad = firstInvalidUTF8(body) {
            return .failure(Diagnostic(
                .error, .notUtf8, path: path, at: bad,
                LocalizedText(
                    nl: "het bestand is geen geldige UTF-8-tekst; sla het op als UTF-8",
                    en: "the file is not valid UTF-8 text; save it as UTF-8")))
        }
        if let nul = body.firstIndex(of: 0) {
            return .failure(Diagnostic(
                .error, .nulByte, path: path, at: location(ofByte: nul, in: body),
                LocalizedText(
                    nl: "het bestand bevat een NUL-teken; is het wel een tekstbestand?",
                    en: "the file contains a NUL character; is it a text file?")))
        }
        let text = decoded ?? String(decoding: body, as: UTF8.self)
        if let bad = firstControlCharacter(text) {
            return .failure(Diagnostic(
                .error, .controlCharacter, path: path, at: bad.location,
                LocalizedText(
                    nl: "het bestand bevat een onzichtbaar stuurteken (U+\(bad.code)); haal het weg (het komt vaak mee bij plakken)",
                    en: "the file contains an invisible control character (U+\(bad.code)); remove it (it often comes with pasted text)")))
        }
        // Cut byte-wise: in valid UTF-8 the bytes 0A and 0D are only LF and CR. CRLF ends one line.
        var lines: [String] = []
        var start = body.startIndex
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(String(decoding: body[start..<index], as: UTF8.self))
                index += byte == 0x0D && index + 1 < body.endIndex && body[index + 1] == 0x0A ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        lines.append(String(decoding: body[start..<body.endIndex], as: UTF8.self))
        return .success(SourceText(lines: lines))
    }

    /// Text in UTF-16 without a byte-order mark: most bytes in even or in odd
    /// places of the first few hundred are zero.
    private static func looksLikeUTF16(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(512)
        guard sample.count >= 4 else { return false }
        var zeros = [0, 0]
        for (offset, byte) in sample.enumerated() where byte == 0 { zeros[offset % 2] += 1 }
        return zeros.contains { $0 * 10 >= sample.count / 2 * 7 }
    }

    /// A control character (but tab and line ends), DEL, or a Unicode noncharacter.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0x7F
            || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }

    /// The first control character (but tab and line ends) or Unicode noncharacter:
    /// pages would carry it raw, and it makes an SVG invalid XML.
    static func firstControlCharacter(_ text: String) -> (location: SourceLocation, code: String)? {
        // Every such character has a byte below 0x20 (not tab, LF or CR), 0x7F, or starts with EF
        // (U+FDD0…U+FDEF, U+FFFE, U+FFFF) or F0…F4 (the noncharacters of the other planes): a text without
        // those bytes has none (most notes).
        guard text.utf8Contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F || $0 >= 0xEF }) else {
            return nil
        }
        return firstControlCharacterByScalars(text)
    }

    /// `firstControlCharacter` scalar by scalar (held to the byte test in ByteScanningTests).
    static func firstControlCharacterByScalars(_ text: String) -> (location: SourceLocation, code: String)? {
        var line = 1
        var column = 1
        var afterCR = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            // CRLF, LF and a lone CR each end one line.
            if value == 0x0A || value == 0x0D {
                if !(value == 0x0A && afterCR) { line += 1 }
                afterCR = value == 0x0D
                column = 1
                continue
            }
            afterCR = false
            if isControl(scalar) {
                return (SourceLocation(line: line, column: column), String(format: "%04X", value))
            }
            if !(0x300...0x36F).contains(value) { column += 1 }
        }
        return nil
    }

    var isBlank: Bool { lines.allSatisfy { $0.allSatisfy(\.isWhitespace) } }

    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> SourceLocation? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = bytes.startIndex
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                offset = bytes.startIndex + consumed
            case .emptyInput:
                return nil
            case .error:
                return location(ofByte: offset, in: bytes)
            }
        }
    }

    private static func location(ofByte index: Int, in bytes: ArraySlice<UInt8>) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in bytes[bytes.startIndex..<index] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }
}
