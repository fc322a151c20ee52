import BegeleidMarkdown
import BegeleidModel

/// Where everything of a session's value map goes: three columns (effects,
/// values, options by direction), a box per item, a line per link. Pure
/// geometry, so tests can check it (no overlaps, every link once) and the
/// SVG writer only draws it. Same session, same layout.
struct ValueMapLayout {
    struct Rect: Equatable {
        var x: Double, y: Double, width: Double, height: Double
        var maxY: Double { y + height }
        func overlaps(_ other: Rect) -> Bool {
            x < other.x + other.width && other.x < x + width && y < other.maxY && other.y < maxY
        }
    }

    enum Kind: Equatable {
        case effect(Polarity?)
        case value(Value.Status, listed: Bool)
        case option(Direction?, priority: Bool)
    }

    struct Node {
        /// `e-…`, `v-…`, `o-…`: the item's kind and id.
        var id: String
        var kind: Kind
        var lines: [String]
        var fullText: String
        var rect: Rect
    }

    struct Heading {
        var text: String
        var x: Double, y: Double
        var isColumn: Bool
    }

    struct Link: Hashable {
        var from: String
        var to: String
        var negative: Bool
        var fromEffect: Bool
    }

    static let width = 800.0
    static let columns = (effects: (x: 0.0, width: 250.0), values: (x: 315.0, width: 170.0), options: (x: 550.0, width: 250.0))
    static let fontSize = 11.0
    static let lineHeight = 14.0
    /// Inside a box, left and right.
    static let padding = 5.0
    static let headingHeight = 20.0
    static let top = 28.0

    /// More than twenty items in a column: less space around and between the boxes.
    let compact: Bool
    /// Inside a box, above and below the text; and between boxes.
    var verticalPadding: Double { compact ? 3 : 5 }
    var gap: Double { compact ? 2 : 6 }
    var height = 0.0
    var nodes: [Node] = []
    var headings: [Heading] = []
    var links: [Link] = []

    /// Where each node is in `nodes`, by id (a map of thousands of links looks them up often).
    private var nodeIndex: [String: Int] = [:]

    func node(_ id: String) -> Node? { nodeIndex[id].map { nodes[$0] } }

    init(session: Session, labels: Labels) {
        let order = ValueMapOrder(session: session)
        let maxCount = max(session.effects.count, session.values.count, session.options.count)
        compact = maxCount > 20
        headings = [
            Heading(text: labels["effects"], x: Self.columns.effects.x, y: 14, isColumn: true),
            Heading(text: labels["values"], x: Self.columns.values.x, y: 14, isColumn: true),
            Heading(text: labels["options"], x: Self.columns.options.x, y: 14, isColumn: true),
        ]
        var y = Self.top
        for (polarity, effects) in order.effectGroups {
            let heading = polarity.map { $0 == .negative ? labels["negative_effects"] : labels["positive_effects"] } ?? labels["unsorted_effects_short"]
            headings.append(Heading(text: heading, x: Self.columns.effects.x, y: y + 13, isColumn: false))
            y += Self.headingHeight
            for effect in effects {
                let marker = effect.polarity.map { $0 == .negative ? "− " : "+ " } ?? "? "
                y = place("e-\(effect.id)", .effect(effect.polarity), marker + Markdown.plainText(effect.text.markdown),
                          column: Self.columns.effects, y: y)
            }
        }
        let effectsBottom = y
        y = Self.top
        for (direction, options) in order.optionGroups {
            let heading = direction.map { labels.direction($0, short: true) } ?? labels["unsorted_options"]
            headings.append(Heading(text: heading, x: Self.columns.options.x, y: y + 13, isColumn: false))
            y += Self.headingHeight
            for option in options {
                // A priority option is marked by a star in its text too, not by its border alone.
                let text = Markdown.plainText(option.text.markdown)
                y = place("o-\(option.id)", .option(option.direction, priority: option.isPriority), option.isPriority ? "★ " + text : text,
                          column: Self.columns.options, y: y)
            }
        }
        let optionsBottom = y
        // Values in the middle, spread over the height of the taller side
        // column (at most 40 apart) and centred on it, so lines stay gentle.
        let valueTexts = order.values.map { Self.valueText($0, labels) }
        let valueLines = valueTexts.map { Self.wrap($0, width: Self.columns.values.width, maxLines: compact ? 1 : nil) }
        let valuesHeight = valueLines.reduce(0.0) { total, lines in total + boxHeight(lines: lines.count) + gap }
        let sides = max(effectsBottom, optionsBottom)
        let spare = max(0, sides - Self.top - valuesHeight)
        let spacing = order.values.count > 1 ? min(40, spare / Double(order.values.count - 1)) : 0
        y = Self.top + (spare - spacing * Double(max(order.values.count - 1, 0))) / 2
        for (index, value) in order.values.enumerated() {
            y = place("v-\(value.id)", .value(value.status, listed: value.isListed), valueTexts[index], lines: valueLines[index],
                      column: Self.columns.values, y: y) + spacing
        }
        height = (max(sides, y) + 8).rounded()
        links = order.links
        nodeIndex = Dictionary(nodes.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    static func valueText(_ value: Value, _ labels: Labels) -> String {
        if !value.isListed { return "\(value.name) (\(labels["not_listed_yet"]))" }
        switch value.status {
        case .core: return "\(value.name) (\(labels["core"]))"
        case .parked: return "\(value.name) (\(labels["parked_short"]))"
        case .regular: return value.name
        }
    }

    private mutating func place(
        _ id: String, _ kind: Kind, _ text: String, lines: [String]? = nil, column: (x: Double, width: Double), y: Double
    ) -> Double {
        let lines = lines ?? Self.wrap(text, width: column.width, maxLines: compact ? 1 : nil)
        let rect = Rect(x: column.x, y: y, width: column.width, height: boxHeight(lines: lines.count))
        nodes.append(Node(id: id, kind: kind, lines: lines, fullText: text, rect: rect))
        return rect.maxY + gap
    }

    func boxHeight(lines: Int) -> Double { Double(lines) * Self.lineHeight + 2 * verticalPadding }
}
