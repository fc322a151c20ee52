import BegeleidModel
import Foundation

/// A session's value map: its layout, and the SVG with its title and
/// description, drawn once (the report shows it inline, the output folder
/// has it as a file of its own: the same drawing after an XML declaration).
struct ValueMap {
    let layout: ValueMapLayout
    let title: String
    let description: String
    /// The SVG as the report holds it inline.
    let inline: String

    init(session: Session, labels: Labels) {
        layout = ValueMapLayout(session: session, labels: labels)
        title = labels.fill("value_map_title", ["titel": session.meta.title])
        description = labels.fill("value_map_desc", [
            "effecten": "\(session.effects.count)", "waarden": "\(session.values.count)",
            "opties": "\(session.options.count)", "lijnen": "\(layout.links.count)",
        ])
        inline = ValueMapSVG.render(layout, title: title, description: description, standalone: false)
    }

    func svg(standalone: Bool) -> String {
        standalone ? ValueMapSVG.declaration + inline : inline
    }

    /// `svg(standalone: true)` as the file's bytes (without the String of both made between).
    var file: Data {
        var data = Data(capacity: ValueMapSVG.declaration.utf8.count + inline.utf8.count)
        data.append(contentsOf: ValueMapSVG.declaration.utf8)
        data.append(contentsOf: inline.utf8)
        return data
    }
}
