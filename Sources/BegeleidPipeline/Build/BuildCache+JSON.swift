import BegeleidModel

/// An entry of `cache.json` written straight into bytes, as JSONEncoder with sorted keys and unescaped
/// slashes writes it (held to JSONEncoder on generated caches in CompactCoderTests): JSONEncoder's boxes
/// for a thousand entries were a tenth of a one-file rebuild. Keys in the order JSONEncoder sorts them
/// (written so here), a missing optional left out, strings escaped as JSONEncoder escapes them.
extension BuildCache.Entry {
    func appendJSON(to out: inout [UInt8]) {
        var object = JSONObject(&out)
        if let dependsOn {
            object.key("dependsOn", &out)
            var inner = JSONObject(&out)
            for name in dependsOn.keys.sorted() { inner.field(name, dependsOn[name], &out) }
            inner.close(&out)
        }
        object.field("digest", digest, &out)
        object.key("files", &out)
        out.appendJSON(list: files) { $0.appendJSON($1) }
        object.key("findings", &out)
        out.appendJSON(list: findings) { $1.appendJSON(to: &$0) }
        object.field("hash", hash, &out)
        object.field("share", share, &out)
        object.field("slug", slug, &out)
        if let summary {
            object.key("summary", &out)
            summary.appendJSON(to: &out)
        }
        object.field("valid", valid, &out)
        object.close(&out)
    }
}

extension BuildCache.Kept {
    /// The member `member` (`pages`, `tables`), after the others (with its comma).
    func appendJSON(member: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: ","))
        out.appendJSON(member)
        out.append(UInt8(ascii: ":"))
        var object = JSONObject(&out)
        object.key("files", &out)
        out.appendJSON(list: files) { $0.appendJSON($1) }
        object.field("key", key, &out)
        object.close(&out)
    }
}

extension BuildCache.Sessies {
    /// The member `sessies`, after the others (with its comma).
    func appendJSON(to out: inout [UInt8]) {
        out.append(contentsOf: #","sessies":"#.utf8)
        var object = JSONObject(&out)
        object.key("lengths", &out)
        out.appendJSON(list: lengths) { $0.append(contentsOf: String($1).utf8) }
        object.key("names", &out)
        out.appendJSON(list: names) { $0.appendJSON($1) }
        object.close(&out)
    }
}

extension BuildCache.Finding {
    func appendJSON(to out: inout [UInt8]) {
        var object = JSONObject(&out)
        object.field("code", code.rawValue, &out)
        object.field("column", column, &out)
        object.field("dutch", dutch, &out)
        object.field("endColumn", endColumn, &out)
        object.field("endLine", endLine, &out)
        object.field("english", english, &out)
        object.field("line", line, &out)
        object.field("severity", severity.rawValue, &out)
        object.field("suggestion", suggestion, &out)
        object.close(&out)
    }
}

extension BuildCache.Summary {
    func appendJSON(to out: inout [UInt8]) {
        var object = JSONObject(&out)
        object.field("date", date, &out)
        object.field("follows", follows, &out)
        object.field("isPublic", isPublic, &out)
        object.key("notes", &out)
        out.appendJSON(list: notes) { $1.appendJSON(to: &$0) }
        object.field("notesKey", notesKey, &out)
        object.field("status", status.rawValue, &out)
        object.field("title", title, &out)
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

    /// A member holding a text (nothing when it is nil).
    mutating func field(_ name: String, _ value: String?, _ out: inout [UInt8]) {
        guard let value else { return }
        key(name, &out)
        out.appendJSON(value)
    }

    /// A member holding a whole number (nothing when it is nil).
    mutating func field(_ name: String, _ value: Int?, _ out: inout [UInt8]) {
        guard let value else { return }
        key(name, &out)
        out.append(contentsOf: String(value).utf8)
    }

    mutating func field(_ name: String, _ value: Bool, _ out: inout [UInt8]) {
        key(name, &out)
        out.append(contentsOf: (value ? "true" : "false").utf8)
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

    mutating func appendJSON<Item>(list: [Item], _ element: (inout [UInt8], Item) -> Void) {
        append(UInt8(ascii: "["))
        for (index, item) in list.enumerated() {
            if index > 0 { append(UInt8(ascii: ",")) }
            element(&self, item)
        }
        append(UInt8(ascii: "]"))
    }
}
