/// A block of a parsed Markdown document, copied out of cmark-gfm's tree.
///
/// Positions are 1-based lines and character (not byte) columns of the text
/// that was parsed. Inline content is kept only as plain `text`.
public struct MarkdownBlock: Sendable, Equatable {
    /// The block kinds begeleid distinguishes; anything else is `.other`.
    public enum Kind: Sendable, Equatable {
        case document, heading, paragraph, list, item, blockQuote, codeBlock, htmlBlock, thematicBreak, table
        case other(String)

        init(typeName: String) {
            switch typeName {
            case "document": self = .document
            case "heading": self = .heading
            case "paragraph": self = .paragraph
            case "list": self = .list
            case "item": self = .item
            case "block_quote": self = .blockQuote
            case "code_block": self = .codeBlock
            case "html_block": self = .htmlBlock
            case "thematic_break": self = .thematicBreak
            case "table": self = .table
            default: self = .other(typeName)
            }
        }

        /// Whether the node's children are inlines (copied as `text`).
        public var holdsInlines: Bool {
            switch self {
            case .heading, .paragraph: return true
            case .other(let name): return name == "table_cell"
            default: return false
            }
        }
    }

    public var kind: Kind
    public var start: TextPosition
    public var end: TextPosition
    /// 1 to 6 for headings, 0 otherwise.
    public var headingLevel: Int
    /// Plain text of a heading or paragraph (raw HTML left out).
    public var text: String
    public var children: [MarkdownBlock]
    /// Whether blocks nested deeper than `Markdown.maximumDepth` were left out here.
    public var isTooDeep: Bool = false
    /// Whether a code block is fenced (```` ``` ````, `~~~`) rather than indented.
    public var isFenced: Bool = false
}

/// A 1-based line and character column.
public struct TextPosition: Sendable, Equatable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
