/// A horizontal bar chart drawn as SVG: one bar per row, its length the
/// total, cut into segments (core, worked out, parked, only named) that lie
/// side by side; the numbers are written beside each bar and in its tooltip,
/// so the chart does not depend on colour. Presentation attributes only.
enum BarChartSVG {
    struct Bar {
        var label: String
        /// One count per segment, in the order of the legend.
        var segments: [Int]
        var total: Int { segments.reduce(0, +) }
    }

    static let labelWidth = 230.0, barWidth = 460.0, rowHeight = 22.0, top = 6.0
    /// Fill per segment: dark and light blue, amber, pale grey (with the bar's outline around all).
    static let fills = ["#0b5394", "#6fa8dc", "#e69138", "#eeeeee"]

    static func render(_ bars: [Bar], title: String, description: String, legend: [String]) -> String {
        let maximum = max(bars.map(\.total).max() ?? 1, 1)
        let height = top + Double(bars.count) * rowHeight + 34
        let width = labelWidth + barWidth + 120
        let n = ValueMapSVG.number
        var out = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" "
            + "role=\"img\" aria-labelledby=\"grafiek-titel grafiek-beschrijving\" class=\"bar-chart\" "
            + "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\" font-size=\"12\">",
            "<title id=\"grafiek-titel\">\(ValueMapSVG.escape(title))</title>",
            "<desc id=\"grafiek-beschrijving\">\(ValueMapSVG.escape(description))</desc>"]
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowHeight
            let length = barWidth * Double(bar.total) / Double(maximum)
            let label = bar.label.count > 34 ? String(bar.label.prefix(33)) + "…" : bar.label
            let parts = zip(legend, bar.segments).map { "\($0.0.lowercased()) \($0.1)" }.joined(separator: ", ")
            var shapes = ""
            var x = labelWidth
            for (segment, count) in bar.segments.enumerated() where count > 0 {
                let part = barWidth * Double(count) / Double(maximum)
                shapes += "<rect x=\"\(n(x))\" y=\"\(n(y + 3))\" width=\"\(n(part))\" height=\"16\" fill=\"\(fills[segment % fills.count])\"/>"
                x += part
            }
            out.append("<g><title>\(ValueMapSVG.escape("\(bar.label): \(bar.total) (\(parts))"))</title>"
                + "<text x=\"\(n(labelWidth - 8))\" y=\"\(n(y + 15))\" text-anchor=\"end\" fill=\"#1b1f24\">\(ValueMapSVG.escape(label))</text>"
                + shapes
                + "<rect x=\"\(n(labelWidth))\" y=\"\(n(y + 3))\" width=\"\(n(length))\" height=\"16\" fill=\"none\" stroke=\"#0b5394\" stroke-width=\"1\"/>"
                + "<text x=\"\(n(labelWidth + length + 6))\" y=\"\(n(y + 15))\" fill=\"#1b1f24\">\(bar.total) (\(bar.segments.map(String.init).joined(separator: " / ")))</text></g>")
        }
        let legendY = top + Double(bars.count) * rowHeight + 14
        var legendX = labelWidth
        for (segment, name) in legend.enumerated() {
            out.append("<rect x=\"\(n(legendX))\" y=\"\(n(legendY))\" width=\"14\" height=\"12\" fill=\"\(fills[segment % fills.count])\" stroke=\"#0b5394\"/>"
                + "<text x=\"\(n(legendX + 20))\" y=\"\(n(legendY + 10))\" fill=\"#4a5562\">\(ValueMapSVG.escape(name))</text>")
            legendX += 150
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }
}
