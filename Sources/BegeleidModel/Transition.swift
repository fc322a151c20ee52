/// The `## Overgang`: how the group chose its core values, with the votes
/// each value got where they were counted.
public struct Transition: Sendable, Equatable, Codable {
    public var votes: [Vote]
    /// What the section says before its first vote (`We stemden met stickers:`): the report prints it above the
    /// table of votes, where it was printed after it (blind tester 38). Nil when there are no votes: then all the
    /// text is `notes`.
    public var leadIn: RichText?
    /// What else the section says (items that are not votes, paragraphs), after its first vote.
    public var notes: RichText?

    public init(votes: [Vote] = [], leadIn: RichText? = nil, notes: RichText? = nil) {
        self.votes = votes
        self.leadIn = leadIn
        self.notes = notes
    }
}

/// One item `- Privacy: 9` (or `9 stemmen`, `9 votes`) of the transition.
public struct Vote: Sendable, Equatable, Codable {
    /// The value it names.
    public var value: Reference
    /// Nil when what was written is not a whole number (a finding says so).
    public var count: Int?
    /// The number as written, for messages.
    public var written: String
    /// Where the number starts.
    public var countLocation: SourceLocation
    /// Text after the number (`— de meeste zorgen`), as Markdown.
    public var remark: RichText?

    public init(value: Reference, count: Int?, written: String, countLocation: SourceLocation, remark: RichText? = nil) {
        self.value = value
        self.count = count
        self.written = written
        self.countLocation = countLocation
        self.remark = remark
    }
}

/// `(voor 2027-03-01)` on an option: the date it should be done by.
public struct DueDate: Sendable, Equatable, Codable {
    /// The date as written (`2027-03-01`, `1-3-2027`).
    public var written: String
    /// The ISO date when `written` is one that exists; nil otherwise.
    public var date: String?
    public var location: SourceLocation

    public init(written: String, date: String?, location: SourceLocation) {
        self.written = written
        self.date = date
        self.location = location
    }
}
