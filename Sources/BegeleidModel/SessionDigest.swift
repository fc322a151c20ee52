/// What the pages across sessions (the index, the overview, a series' progress
/// page) need of one session: its metadata and its values and options by name,
/// status and link, without effects, actors or where anything stood. A build
/// keeps it in front of each cached outline and reads only it for those pages
/// (issue 18: decoding ten thousand whole outlines for them was a third of a
/// one-file rebuild).
public struct SessionDigest: Sendable, Equatable, Codable {
    public struct Value: Sendable, Equatable, Codable {
        public var id: String
        public var name: String
        public var status: BegeleidModel.Value.Status

        public init(id: String, name: String, status: BegeleidModel.Value.Status) {
            self.id = id
            self.name = name
            self.status = status
        }
    }

    public struct Option: Sendable, Equatable, Codable {
        public var id: String
        public var direction: Direction?
        public var text: RichText
        /// The ids of the values it names (its references that were resolved).
        public var values: [String]

        public init(id: String, direction: Direction?, text: RichText, values: [String]) {
            self.id = id
            self.direction = direction
            self.text = text
            self.values = values
        }
    }

    public var slug: String
    public var meta: SessionMeta
    public var values: [Value]
    public var options: [Option]

    public init(slug: String, meta: SessionMeta, values: [Value], options: [Option]) {
        self.slug = slug
        self.meta = meta
        self.values = values
        self.options = options
    }

    public init(_ session: Session) {
        slug = session.slug
        meta = session.meta
        values = session.values.map { Value(id: $0.id, name: $0.name, status: $0.status) }
        options = session.options.map { Option(id: $0.id, direction: $0.direction, text: $0.text, values: $0.values.compactMap(\.target)) }
    }
}
