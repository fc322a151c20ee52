import BegeleidModel

/// An entry of `cache.json` written straight into bytes, as JSONEncoder with sorted keys and unescaped
/// slashes writes it (held to JSONEncoder on generated caches in CompactCoderTests): JSONEncoder's boxes
/// for a thousand entries were a tenth of a one-file rebuild. Keys in byte order, a missing optional
/// left out, strings escaped as JSONEncoder escapes them.
extension BuildCache.Entry {
    func appendJSON(to out: inout [UInt8]) {
        var object = JSONObject(&out)
        if let dependsOn {
            object.key("dependsOn", &out)
            var inner = JSONObject(&out)
            for name in dependsOn.keys.sorted() {
                inner.key(name, &out)
                out.appendJSON(dependsOn[name] ?? "")
            }
            inner.close(&out)
        }
        object.key("files", &out)
        out.appendJSON(list: files) { $0.appendJSON($1) }
        object.key("findings", &out)
        out.appendJSON(list: findings) { $1.appendJSON(to: &$0) }
        object.key("hash", &out)
        out.appendJSON(hash)
        object.key("slug", &out)
        out.appendJSON(slug)
        if let summary {
            object.key("summary", &out)
            summary.appendJSON(to: &out)
        }
        object.key("valid", &out)
        out.append(contentsOf: valid ? Array("true".utf8) : Array("false".utf8))
        object.close(&out)
    }
}

extension BuildCache.Finding {
    func appendJSON(to out: inout [UInt8]) {
        var object = JSONObject(&out)
        object.key("code", &out)
        out.appendJSON(code.rawValue)
        object.key("column", &out)
        out.appendJSON(column)
        object.key("dutch", &out)
        out.appendJSON(dutch)
        if let endColumn {
            object.key("endColumn", &out)
            out.appendJSON(endColumn)
        }
        if let endLine {
            object.key("endLine", &out)
            out.appendJSON(endLine)
        }
        object.key("english", &out)
        out.appendJSON(english)
        object.key("line", &out)
        out.appendJSON(line)
        object.key("severity", &out)
        out.appendJSON(severity.rawValue)
        if let suggestion {
            object.key("suggestion", &out)
            out.appendJSON(suggestion)
        }
        object.close(&out)
    }
}

extension BuildCache.Summary {
    func appendJSON(to out: inout [UInt8]) {
        var object = JSONObject(&out)
        object.key("date", &out)
        out.appendJSON(date)
        if let follows {
            object.key("follows", &out)
            out.appendJSON(follows)
        }
        object.key("isPublic", &out)
        out.append(contentsOf: isPublic ? Array("true".utf8) : Array("false".utf8))
        object.key("notes", &out)
        out.appendJSON(list: notes) { $1.appendJSON(to: &$0) }
        object.key("notesKey", &out)
        out.appendJSON(notesKey)
        object.key("status", &out)
        out.appendJSON(status.rawValue)
        object.key("title", &out)
        out.appendJSON(title)
        object.close(&out)
    }
}

/// An object being written: its opening brace, a comma before every key but the first, its closing brace.
private struct JSONObject {
    private var first = true

    init(_ out: inout [UInt8]) { out.append(UInt8(ascii: "{")) }

    mutating func key(_ name: String, _ out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        out.appendJSON(name)
        out.append(UInt8(ascii: ":"))
    }

    func close(_ out: inout [UInt8]) { out.append(UInt8(ascii: "}")) }
}

extension [UInt8] {
    /// A JSON string as JSONEncoder writes it: `"` and `\` escaped, control characters as `\b \t \n \f \r`
    /// or `\u00xx`, everything else (slashes, non-ASCII) as it is.
    mutating func appendJSON(_ text: String) {
        append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
                switch byte {
                case UInt8(ascii: "\""): append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x08: append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
                case 0x09: append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case 0x0A: append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0C: append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
                case 0x0D: append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    append(contentsOf: Array("\\u00".utf8))
                    append(hex[Int(byte >> 4)])
                    append(hex[Int(byte & 0xF)])
                }
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        append(UInt8(ascii: "\""))
    }

    mutating func appendJSON(_ number: Int) {
        append(contentsOf: String(number).utf8)
    }

    mutating func appendJSON<Item>(list: [Item], _ element: (inout [UInt8], Item) -> Void) {
        append(UInt8(ascii: "["))
        for (index, item) in list.enumerated() {
            if index > 0 { append(UInt8(ascii: ",")) }
            element(&self, item)
        }
        append(UInt8(ascii: "]"))
    }
}
