import BegeleidModel

/// A session's digest read back from CompactCoder's form field by field: what `CompactCoder.decode` of a
/// `SessionDigest` gives, and it refuses what that refuses, without Codable's containers (a full build
/// reads a thousand digests for the index and the overview, at its end, where the main thread waits for
/// them; through Codable that was about 1 % of its CPU). The mirror of CompactModelWriter.digest: each field read as the compiler's conformance reads it
/// from CompactSource (a value after its tag 1; an optional's tag 0 is nil; an enum's raw value and a
/// RichText's Markdown are a value inside the value). CompactModelWriterTests hold it to CompactCoder.decode
/// on every fixture and on damaged bytes.
struct CompactDigestReader {
    private let source: CompactSource

    private init(_ bytes: [UInt8]) { source = CompactSource(bytes) }

    static func digest(_ bytes: [UInt8]) throws -> SessionDigest {
        let reader = CompactDigestReader(bytes)
        let digest = try reader.digest()
        guard reader.source.offset == bytes.count else { throw reader.source.corrupt("trailing bytes") }
        return digest
    }

    private func digest() throws -> SessionDigest {
        let slug = try string()
        let meta = try self.meta()
        let values = try list {
            try source.present()
            return SessionDigest.Value(id: try string(), name: try string(), status: try kind(BegeleidModel.Value.Status.self))
        }
        let options = try list {
            try source.present()
            return SessionDigest.Option(id: try string(), direction: try optional { try kind(Direction.self) },
                                        text: RichText(try richText()), values: try list { try string() })
        }
        return SessionDigest(slug: slug, meta: meta, values: values, options: options)
    }

    private func meta() throws -> SessionMeta {
        try source.present()
        var meta = SessionMeta(title: try string(), organisations: try list { try string() }, technology: try string(), date: try string())
        meta.phase = try optional { try kind(Phase.self) }
        meta.moderator = try optional { try string() }
        meta.coModerator = try optional { try string() }
        meta.location = try optional { try string() }
        meta.language = try kind(Language.self)
        meta.participants = try list {
            try source.present()
            return Participant(role: try string(), organisation: try optional { try string() }, name: try optional { try string() })
        }
        meta.names = try kind(NamesPolicy.self)
        meta.isPublic = try bool()
        meta.labels = try list { try string() }
        meta.status = try kind(SessionStatus.self)
        meta.commissioner = try optional { try string() }
        meta.follows = try optional { try string() }
        meta.followsLocation = try optional {
            try source.present()
            return SourceLocation(line: try integer(), column: try integer())
        }
        return meta
    }

    // MARK: - As CompactSource reads each kind of value

    private func string() throws -> String {
        try source.present()
        return try source.string()
    }

    private func integer() throws -> Int {
        try source.present()
        return try source.varint()
    }

    private func bool() throws -> Bool {
        try source.present()
        return try source.bool()
    }

    private func richText() throws -> String {
        try source.present()
        return try string()
    }

    private func kind<Kind: RawRepresentable>(_ type: Kind.Type) throws -> Kind where Kind.RawValue == String {
        try source.present()
        let raw = try string()
        guard let kind = Kind(rawValue: raw) else { throw source.corrupt("not a \(Kind.self)") }
        return kind
    }

    private func optional<Wrapped>(_ read: () throws -> Wrapped) throws -> Wrapped? {
        try source.peekNil() ? nil : try read()
    }

    private func list<Element>(_ read: () throws -> Element) throws -> [Element] {
        try source.present()
        let count = try source.count()
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try read()) }
        return elements
    }
}
