import BegeleidModel

/// A session's value map: its layout, and the SVG with its title and description.
struct ValueMap {
    let layout: ValueMapLayout
    let title: String
    let description: String

    init(session: Session, labels: Labels) {
        layout = ValueMapLayout(session: session, labels: labels)
        title = labels["value_map_title"].replacingOccurrences(of: "{titel}", with: session.meta.title)
        let counts = [
            "effecten": session.effects.count, "waarden": session.values.count,
            "opties": session.options.count, "lijnen": layout.links.count,
        ]
        description = counts.sorted { $0.key < $1.key }.reduce(labels["value_map_desc"]) {
            $0.replacingOccurrences(of: "{\($1.key)}", with: "\($1.value)")
        }
    }

    func svg(standalone: Bool) -> String {
        ValueMapSVG.render(layout, title: title, description: description, standalone: standalone)
    }
}
