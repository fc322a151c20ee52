import BegeleidModel

/// A session's value map: its layout, and the SVG with its title and description.
struct ValueMap {
    let layout: ValueMapLayout
    let title: String
    let description: String

    init(session: Session, labels: Labels) {
        layout = ValueMapLayout(session: session, labels: labels)
        title = labels.fill("value_map_title", ["titel": session.meta.title])
        description = labels.fill("value_map_desc", [
            "effecten": "\(session.effects.count)", "waarden": "\(session.values.count)",
            "opties": "\(session.options.count)", "lijnen": "\(layout.links.count)",
        ])
    }

    func svg(standalone: Bool) -> String {
        ValueMapSVG.render(layout, title: title, description: description, standalone: standalone)
    }
}
