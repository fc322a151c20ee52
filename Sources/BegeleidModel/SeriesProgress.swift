/// A series of sessions linked by `vervolg_op`, with every option of every
/// session and what later sessions made of it: the progress page.
public struct SeriesProgress: Sendable, Equatable {
    public struct SessionRef: Sendable, Equatable {
        public var slug: String
        public var title: String
        public var date: String

        public init(slug: String, title: String, date: String) {
            self.slug = slug
            self.title = title
            self.date = date
        }
    }

    /// One status a later session gave the option.
    public struct Step: Sendable, Equatable {
        public var session: SessionRef
        public var status: FollowUpStatus
        public var explanation: String?

        public init(session: SessionRef, status: FollowUpStatus, explanation: String?) {
            self.session = session
            self.status = status
            self.explanation = explanation
        }
    }

    public struct Entry: Sendable, Equatable {
        /// The option as its own session wrote it (status: the latest, nil when never discussed).
        public var option: ReviewedOption
        public var history: [Step]

        public init(option: ReviewedOption, history: [Step]) {
            self.option = option
            self.history = history
        }

        /// Over time at `date` (the series' last session) first, then open (or never discussed) and in progress, each
        /// in the order of the sessions (an option in progress since the first before one just made: blind tester
        /// 37), then done, then rejected.
        public func rank(asOf date: String) -> Int {
            if option.isOverdue(asOf: date) { return 0 }
            switch option.status {
            case nil, .open?, .inProgress?: return 1
            case .done?: return 2
            case .rejected?: return 3
            }
        }
    }

    /// The slug of the first session: the page's folder name.
    public var slug: String
    public var title: String
    public var technology: String
    public var language: Language
    public var sessions: [SessionRef]
    public var entries: [Entry]

    public init(slug: String, title: String, technology: String, language: Language, sessions: [SessionRef], entries: [Entry]) {
        self.slug = slug
        self.title = title
        self.technology = technology
        self.language = language
        self.sessions = sessions
        self.entries = entries
    }
}
