import BegeleidModel

/// Draws a `ValueMapLayout` as SVG: presentation attributes only (no
/// `<style>`, which inside an HTML page would style the whole page), no
/// script, a `<title>` and `<desc>` for screen readers, a tooltip per box.
///
///     ValueMapSVG.render(layout, title: "…", description: "…", standalone: true)
///     → "<?xml …?><svg xmlns=… role="img" …><title>…</title>…</svg>"
enum ValueMapSVG {
    static let colours = (ink: "#1b1f24", muted: "#4a5562", line: "#8a96a3", accent: "#0b5394", positive: "#1d6b34",
                          negative: "#a3241a", soft: "#f3f6f9", parked: "#f7f7f7")

    static func render(_ layout: ValueMapLayout, title: String, description: String, standalone: Bool) -> String {
        var out: [String] = []
        if standalone { out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>") }
        out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-4 -4 \(number(ValueMapLayout.width + 8)) \(number(layout.height + 8))\" "
                + "width=\"\(number(ValueMapLayout.width + 8))\" height=\"\(number(layout.height + 8))\" role=\"img\" "
                + "aria-labelledby=\"waardenkaart-titel waardenkaart-beschrijving\" class=\"value-map\" "
                + "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\" font-size=\"\(number(ValueMapLayout.fontSize))\">")
        out.append("<title id=\"waardenkaart-titel\">\(escape(title))</title>")
        out.append("<desc id=\"waardenkaart-beschrijving\">\(escape(description))</desc>")
        for heading in layout.headings {
            let weight = heading.isColumn ? " font-weight=\"700\" font-size=\"13\"" : " font-weight=\"600\""
            let fill = heading.isColumn ? colours.ink : colours.muted
            out.append("<text x=\"\(number(heading.x))\" y=\"\(number(heading.y))\" fill=\"\(fill)\"\(weight)>\(escape(heading.text))</text>")
        }
        out.append("<g fill=\"none\" stroke-width=\"1.2\">")
        for link in layout.links {
            guard let from = layout.node(link.from), let to = layout.node(link.to) else { continue }
            let (x1, y1) = (from.rect.x + from.rect.width, from.rect.y + from.rect.height / 2)
            let (x2, y2) = (to.rect.x, to.rect.y + to.rect.height / 2)
            let middle = (x1 + x2) / 2
            let colour = link.fromEffect ? (link.negative ? colours.negative : colours.positive) : colours.line
            let dash = link.negative ? " stroke-dasharray=\"5 3\"" : ""
            out.append("<path data-from=\"\(link.from)\" data-to=\"\(link.to)\" d=\"M\(number(x1)) \(number(y1)) "
                + "C\(number(middle)) \(number(y1)) \(number(middle)) \(number(y2)) \(number(x2)) \(number(y2))\" "
                + "stroke=\"\(colour)\"\(dash) stroke-opacity=\"0.75\"/>")
        }
        out.append("</g>")
        for node in layout.nodes {
            out.append(box(node, in: layout))
        }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// A box: border and fill tell its kind apart without colour alone —
    /// negative effects dashed, core values thick and filled, parked values dotted,
    /// priority options thick (and starred in their text), values not yet listed dashed.
    private static func box(_ node: ValueMapLayout.Node, in layout: ValueMapLayout) -> String {
        let rect = node.rect
        var stroke = colours.line, fill = "#ffffff", width = "1", dash = "", text = colours.ink, weight = ""
        switch node.kind {
        case .effect(let polarity):
            stroke = polarity == .negative ? colours.negative : colours.positive
            if polarity == .negative { dash = " stroke-dasharray=\"4 2\"" }
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
        var parts = ["<g id=\"kaart-\(node.id)\">", "<title>\(escape(node.fullText))</title>",
                     "<rect x=\"\(number(rect.x))\" y=\"\(number(rect.y))\" width=\"\(number(rect.width))\" height=\"\(number(rect.height))\" "
                         + "rx=\"4\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(width)\"\(dash)/>"]
        parts.append("<text fill=\"\(text)\"\(weight)>")
        for (index, line) in node.lines.enumerated() {
            let y = rect.y + layout.verticalPadding + ValueMapLayout.lineHeight * Double(index) + ValueMapLayout.fontSize - 1
            parts.append("<tspan x=\"\(number(rect.x + ValueMapLayout.padding))\" y=\"\(number(y))\">\(escape(line))</tspan>")
        }
        parts.append("</text></g>")
        return parts.joined()
    }

    /// A coordinate with at most one decimal, the same on every machine.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters are not allowed in XML 1.0.
                if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 || $0 == "\t" }) { out.append(character) }
            }
        }
        return out
    }
}
