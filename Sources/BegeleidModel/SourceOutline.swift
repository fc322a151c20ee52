/// Where the body's headings stood: what the structural rules check
/// (sections present and unique, known direction and polarity headings).
public struct SourceOutline: Sendable, Equatable, Codable {
    public struct Heading: Sendable, Equatable, Codable {
        public var title: String
        public var location: SourceLocation

        public init(title: String, location: SourceLocation) {
            self.title = title
            self.location = location
        }
    }

    public struct Section: Sendable, Equatable, Codable {
        /// Nil for a heading FORMAT.md does not know.
        public var kind: SectionKind?
        public var heading: Heading
        /// Read as `kind` because it is a near miss of a required section that is otherwise missing.
        public var isGuessed: Bool

        public init(kind: SectionKind?, heading: Heading, isGuessed: Bool = false) {
            self.kind = kind
            self.heading = heading
            self.isGuessed = isGuessed
        }
    }

    /// Every `##` section in file order, duplicates included.
    public var sections: [Section]
    /// The `###` headings under Handelingsopties.
    public var directionHeadings: [Heading]
    /// The `###` headings under Effecten.
    public var polarityHeadings: [Heading]
    /// Where the body starts (the line after the front matter).
    public var bodyStart: SourceLocation
    /// Headings naming the private Notities section that are not a `##`
    /// section of their own (nested in a list, `###` or deeper): what follows
    /// them would be published.
    public var misplacedNotesHeadings: [Heading] = []
    /// Lines like `##Casus` that name a section but lack the space that makes
    /// them a heading.
    public var unspacedHeadings: [Heading] = []
    /// The file's lines (1-based) that no message, page or terminal may
    /// quote, decided from the parsed structure: the participants node in the
    /// front matter, private and unknown sections, what follows a misplaced
    /// Notities name, HTML comments.
    public var privateLines: Set<Int> = []

    public init(
        sections: [Section] = [], directionHeadings: [Heading] = [], polarityHeadings: [Heading] = [],
        bodyStart: SourceLocation = SourceLocation(line: 1, column: 1)
    ) {
        self.sections = sections
        self.directionHeadings = directionHeadings
        self.polarityHeadings = polarityHeadings
        self.bodyStart = bodyStart
    }

    /// The first heading of a kind of section.
    public func first(_ kind: SectionKind) -> Heading? {
        sections.first { $0.kind == kind }?.heading
    }
}
