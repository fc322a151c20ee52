/// A horizontal bar chart drawn as SVG: one bar per row, its length the
/// count, a darker part for a sub-count (core), the numbers written beside
/// it so the chart does not depend on colour. Presentation attributes only.
enum BarChartSVG {
    struct Bar {
        var label: String
        var total: Int
        var highlighted: Int
    }

    static let labelWidth = 230.0, barWidth = 460.0, rowHeight = 22.0, top = 6.0

    static func render(_ bars: [Bar], title: String, description: String, legend: (total: String, highlighted: String)) -> String {
        let maximum = max(bars.map(\.total).max() ?? 1, 1)
        let height = top + Double(bars.count) * rowHeight + 34
        let width = labelWidth + barWidth + 60
        let n = ValueMapSVG.number
        var out = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" "
            + "role=\"img\" aria-labelledby=\"grafiek-titel grafiek-beschrijving\" class=\"bar-chart\" "
            + "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\" font-size=\"12\">",
            "<title id=\"grafiek-titel\">\(ValueMapSVG.escape(title))</title>",
            "<desc id=\"grafiek-beschrijving\">\(ValueMapSVG.escape(description))</desc>"]
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowHeight
            let length = barWidth * Double(bar.total) / Double(maximum)
            let core = barWidth * Double(bar.highlighted) / Double(maximum)
            let label = bar.label.count > 34 ? String(bar.label.prefix(33)) + "…" : bar.label
            out.append("<g><title>\(ValueMapSVG.escape("\(bar.label): \(bar.total) (\(legend.highlighted.lowercased()) \(bar.highlighted))"))</title>"
                + "<text x=\"\(n(labelWidth - 8))\" y=\"\(n(y + 15))\" text-anchor=\"end\" fill=\"#1b1f24\">\(ValueMapSVG.escape(label))</text>"
                + "<rect x=\"\(n(labelWidth))\" y=\"\(n(y + 3))\" width=\"\(n(length))\" height=\"16\" fill=\"#c9dcef\" stroke=\"#0b5394\" stroke-width=\"1\"/>"
                + (bar.highlighted > 0 ? "<rect x=\"\(n(labelWidth))\" y=\"\(n(y + 3))\" width=\"\(n(core))\" height=\"16\" fill=\"#0b5394\"/>" : "")
                + "<text x=\"\(n(labelWidth + length + 6))\" y=\"\(n(y + 15))\" fill=\"#1b1f24\">\(bar.total) (\(bar.highlighted))</text></g>")
        }
        let legendY = top + Double(bars.count) * rowHeight + 14
        out.append("<rect x=\"\(n(labelWidth))\" y=\"\(n(legendY))\" width=\"14\" height=\"12\" fill=\"#c9dcef\" stroke=\"#0b5394\"/>"
            + "<text x=\"\(n(labelWidth + 20))\" y=\"\(n(legendY + 10))\" fill=\"#4a5562\">\(ValueMapSVG.escape(legend.total))</text>"
            + "<rect x=\"\(n(labelWidth + 180))\" y=\"\(n(legendY))\" width=\"14\" height=\"12\" fill=\"#0b5394\"/>"
            + "<text x=\"\(n(labelWidth + 200))\" y=\"\(n(legendY + 10))\" fill=\"#4a5562\">(\(ValueMapSVG.escape(legend.highlighted)))</text>")
        out.append("</svg>")
        return out.joined(separator: "\n")
    }
}
