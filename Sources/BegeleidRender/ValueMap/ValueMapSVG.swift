import BegeleidModel
import BegeleidMustache

/// Draws a `ValueMapLayout` as SVG: presentation attributes only (no
/// `<style>`, which inside an HTML page would style the whole page), no
/// script, a `<title>` and `<desc>` for screen readers, a tooltip per box.
///
///     ValueMapSVG.render(layout, title: "…", description: "…", standalone: true)
///     → "<?xml …?><svg xmlns=… role="img" …><title>…</title>…</svg>"
enum ValueMapSVG {
    /// (Literals, so the writer copies their bytes without making a String: issue 18.)
    static let colours: (ink: StaticString, muted: StaticString, line: StaticString, accent: StaticString,
                         positive: StaticString, negative: StaticString, soft: StaticString, parked: StaticString) =
        (ink: "#1b1f24", muted: "#4a5562", line: "#8a96a3", accent: "#0b5394", positive: "#1d6b34",
         negative: "#a3241a", soft: "#f3f6f9", parked: "#f7f7f7")

    static func render(_ layout: ValueMapLayout, title: String, description: String, standalone: Bool) -> String {
        // Written as bytes, one String made at the end.
        var out: [UInt8] = []
        out.reserveCapacity(1_024 + 360 * layout.nodes.count + 150 * layout.links.count)
        if standalone { out.append(contentsOf: declaration.utf8) }
        let (width, height) = (ValueMapLayout.width + 8, layout.height + 8)
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-4 -4 "
        append(width, to: &out); out += " "; append(height, to: &out)
        out += "\" width=\""; append(width, to: &out); out += "\" height=\""; append(height, to: &out)
        out += "\" role=\"img\" aria-labelledby=\"waardenkaart-titel waardenkaart-beschrijving\" class=\"value-map\" "
        out += "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\" font-size=\""
        append(ValueMapLayout.fontSize, to: &out)
        out += "\">\n<title id=\"waardenkaart-titel\">"
        escape(title, into: &out)
        out += "</title>\n<desc id=\"waardenkaart-beschrijving\">"
        escape(description, into: &out)
        out += "</desc>\n"
        for heading in layout.headings {
            out += "<text x=\""; append(heading.x, to: &out); out += "\" y=\""; append(heading.y, to: &out)
            out += "\" fill=\""
            if heading.isColumn {
                out += colours.ink; out += "\" font-weight=\"700\" font-size=\"13\">"
            } else {
                out += colours.muted; out += "\" font-weight=\"600\">"
            }
            escape(heading.text, into: &out)
            out += "</text>\n"
        }
        out += "<g fill=\"none\" stroke-width=\"1.2\">\n"
        for link in layout.links {
            guard let from = layout.node(link.from), let to = layout.node(link.to) else { continue }
            let (x1, y1) = (from.rect.x + from.rect.width, from.rect.y + from.rect.height / 2)
            let (x2, y2) = (to.rect.x, to.rect.y + to.rect.height / 2)
            let middle = (x1 + x2) / 2
            out += "<path data-from=\""; out.append(contentsOf: link.from.utf8); out += "\" data-to=\""
            out.append(contentsOf: link.to.utf8); out += "\" d=\"M"
            append(x1, to: &out); out += " "; append(y1, to: &out); out += " C"
            append(middle, to: &out); out += " "; append(y1, to: &out); out += " "
            append(middle, to: &out); out += " "; append(y2, to: &out); out += " "
            append(x2, to: &out); out += " "; append(y2, to: &out)
            out += "\" stroke=\""
            out += link.fromEffect ? (link.negative ? colours.negative : colours.positive) : colours.line
            out += link.negative ? "\" stroke-dasharray=\"5 3\" stroke-opacity=\"0.75\"/>\n" : "\" stroke-opacity=\"0.75\"/>\n"
        }
        out += "</g>\n"
        for node in layout.nodes {
            box(node, in: layout, to: &out)
            out += "\n"
        }
        out += "</svg>\n"
        return String(decoding: out, as: UTF8.self)
    }

    /// The first line of the SVG as a file of its own.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// A box: border and fill tell its kind apart without colour alone —
    /// negative effects dashed, core values thick and filled, parked values dotted,
    /// priority options thick (and starred in their text), values not yet listed dashed.
    private static func box(_ node: ValueMapLayout.Node, in layout: ValueMapLayout, to out: inout [UInt8]) {
        let rect = node.rect
        var stroke = colours.line, fill: StaticString = "#ffffff", width: StaticString = "1", dash: StaticString = ""
        var text = colours.ink, weight: StaticString = ""
        switch node.kind {
        case .effect(let polarity):
            // Not yet sorted: grey and dotted, as a gap.
            stroke = polarity.map { $0 == .negative ? colours.negative : colours.positive } ?? colours.line
            if polarity == .negative { dash = " stroke-dasharray=\"4 2\"" } else if polarity == nil { dash = " stroke-dasharray=\"1 2\"" }
        case .value(let status, let listed):
            // A value a concept names but does not list yet: dashed, like a gap in the report.
            if !listed { dash = " stroke-dasharray=\"3 3\"" }
            switch status {
            case .core: (stroke, fill, width, weight) = (colours.accent, "#e8f0f8", "2.5", " font-weight=\"700\"")
            case .regular: stroke = colours.accent
            case .parked: (stroke, fill, dash, text) = (colours.muted, colours.parked, " stroke-dasharray=\"1 2\"", colours.muted)
            }
        case .option(_, let priority):
            stroke = priority ? colours.positive : colours.line
            fill = colours.soft
            if priority { (width, weight) = ("2.5", " font-weight=\"700\"") }
        }
        out += "<g id=\"kaart-"; out.append(contentsOf: node.id.utf8); out += "\"><title>"
        escape(node.fullText, into: &out)
        out += "</title><rect x=\""; append(rect.x, to: &out); out += "\" y=\""; append(rect.y, to: &out)
        out += "\" width=\""; append(rect.width, to: &out); out += "\" height=\""; append(rect.height, to: &out)
        out += "\" rx=\"4\" fill=\""; out += fill; out += "\" stroke=\""; out += stroke; out += "\" stroke-width=\""; out += width
        out += "\""; out += dash; out += "/><text fill=\""; out += text; out += "\""; out += weight; out += ">"
        for (index, line) in node.lines.enumerated() {
            let y = rect.y + layout.verticalPadding + ValueMapLayout.lineHeight * Double(index) + ValueMapLayout.fontSize - 1
            out += "<tspan x=\""; append(rect.x + ValueMapLayout.padding, to: &out); out += "\" y=\""; append(y, to: &out); out += "\">"
            escape(line, into: &out)
            out += "</tspan>"
        }
        out += "</text></g>"
    }

    /// A coordinate with at most one decimal, the same on every machine.
    static func number(_ value: Double) -> String {
        var out: [UInt8] = []
        append(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func append(_ value: Double, to out: inout [UInt8]) {
        let tenths = Int((value * 10).rounded())
        out.appendDecimal(tenths / 10)
        if tenths % 10 != 0 {
            out.append(UInt8(ascii: "."))
            out.append(UInt8(ascii: "0") + UInt8(abs(tenths % 10)))
        }
    }

    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        escape(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Text for XML, byte by byte: the five special characters as entities,
    /// other control characters (not allowed in XML 1.0) left out, a line end as a space. Byte-wise, so a
    /// `<` stays escaped even where a neighbouring mark joins it into one
    /// `Character` (U+0600 before it, a combining accent after it).
    static func escape(_ text: String, into out: inout [UInt8]) {
        Escaping.append(text, to: &out) { byte in
            switch byte {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            case UInt8(ascii: "\""): return "&quot;"
            case UInt8(ascii: "'"): return "&#39;"
            case UInt8(ascii: "\t"): return nil
            // A line end is a space: left out, it glued the words of an option typed over two lines (“tenzijde”).
            case UInt8(ascii: "\n"): return " "
            case ..<0x20: return ""
            default: return nil
            }
        }
    }
}

/// A literal's UTF-8 bytes appended (no String made between).
private func += (bytes: inout [UInt8], text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
}
