import BegeleidModel

/// A session's outline and digest in CompactCoder's form, written field by field: the same bytes as
/// `CompactCoder.encode` of `Session` and `SessionDigest`, which goes through Codable: a keyed container
/// boxed for every struct and a generic call, with the runtime's lookups of its types, for every field
/// (170 µs a session's outline and digest, 4 % of a full build's CPU). Here each field is what the
/// compiler's conformance encodes, in its order, as CompactSink writes it:
///
/// - a value: tag 1, then the value (a struct: its fields, each so; a list: a 4-byte count, then its
///   elements, each so);
/// - an optional (the conformance's `encodeIfPresent`): tag 0 when nil, else the value;
/// - an enum with a raw value and `RichText` (a single value each): tag 1, then their text as a value.
///
/// CompactModelTests hold it to CompactCoder.encode byte for byte, on every session of the fixtures and
/// of a generated corpus with each optional field both present and absent; a field added to the model
/// and not here changes the bytes (every field writes at least its tag), so that test fails.
struct CompactModelWriter {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(8192) }

    /// `CompactCoder.encode(session)`.
    static func outline(_ session: Session) -> [UInt8] {
        var writer = CompactModelWriter()
        writer.fields(of: session)
        return writer.bytes
    }

    /// `CompactCoder.encode(digest)`.
    static func digest(_ digest: SessionDigest) -> [UInt8] {
        var writer = CompactModelWriter()
        writer.value(digest.slug)
        writer.value(digest.meta)
        writer.list(digest.values) { writer, value in
            writer.present()
            writer.value(value.id)
            writer.value(value.name)
            writer.value(value.status)
        }
        writer.list(digest.options) { writer, option in
            writer.present()
            writer.value(option.id)
            writer.optional(option.direction) { $0.value($1) }
            writer.value(option.text)
            writer.list(option.values) { $0.value($1) }
        }
        return writer.bytes
    }

    // MARK: - The model's structs

    private mutating func fields(of session: Session) {
        value(session.slug)
        value(session.path)
        value(session.meta)
        optional(session.summary) { $0.value($1) }
        optional(session.caseDescription) { $0.value($1) }
        list(session.actors) { $0.value($1) }
        list(session.effects) { $0.value($1) }
        list(session.values) { $0.value($1) }
        list(session.options) { $0.value($1) }
        optional(session.nextSteps) { $0.value($1) }
        optional(session.question) { $0.value($1) }
        optional(session.transition) { $0.value($1) }
        optional(session.reflection) { $0.value($1) }
        list(session.followUp) { $0.value($1) }
        optional(session.review) { $0.value($1) }
        optional(session.followsProblem) { $0.value($1) }
        value(session.outline)
    }

    private mutating func value(_ meta: SessionMeta) {
        present()
        value(meta.title)
        list(meta.organisations) { $0.value($1) }
        value(meta.technology)
        value(meta.date)
        optional(meta.phase) { $0.value($1) }
        optional(meta.moderator) { $0.value($1) }
        optional(meta.coModerator) { $0.value($1) }
        optional(meta.location) { $0.value($1) }
        value(meta.language)
        list(meta.participants) { writer, participant in
            writer.present()
            writer.value(participant.role)
            writer.optional(participant.organisation) { $0.value($1) }
            writer.optional(participant.name) { $0.value($1) }
        }
        value(meta.names)
        value(meta.isPublic)
        list(meta.labels) { $0.value($1) }
        value(meta.status)
        optional(meta.commissioner) { $0.value($1) }
        optional(meta.follows) { $0.value($1) }
        optional(meta.followsLocation) { $0.value($1) }
    }

    private mutating func value(_ actor: Actor) {
        present()
        value(actor.id)
        value(actor.name)
        optional(actor.description) { $0.value($1) }
        optional(actor.details) { $0.value($1) }
        value(actor.location)
    }

    private mutating func value(_ item: Value) {
        present()
        value(item.id)
        value(item.name)
        value(item.status)
        value(item.isListed)
        optional(item.explanation) { $0.value($1) }
        optional(item.details) { $0.value($1) }
        value(item.location)
    }

    private mutating func value(_ reference: Reference) {
        present()
        value(reference.text)
        value(reference.location)
        optional(reference.target) { $0.value($1) }
    }

    private mutating func value(_ effect: Effect) {
        present()
        value(effect.id)
        optional(effect.polarity) { $0.value($1) }
        optional(effect.heading) { $0.value($1) }
        value(effect.text)
        list(effect.values) { $0.value($1) }
        list(effect.actors) { $0.value($1) }
        optional(effect.details) { $0.value($1) }
        value(effect.location)
    }

    private mutating func value(_ option: Option) {
        present()
        value(option.id)
        optional(option.direction) { $0.value($1) }
        optional(option.heading) { $0.value($1) }
        value(option.text)
        list(option.values) { $0.value($1) }
        list(option.actors) { $0.value($1) }
        optional(option.details) { $0.value($1) }
        value(option.isPriority)
        optional(option.due) { writer, due in
            writer.present()
            writer.value(due.written)
            writer.optional(due.date) { $0.value($1) }
            writer.value(due.location)
        }
        value(option.location)
    }

    private mutating func value(_ transition: Transition) {
        present()
        list(transition.votes) { writer, vote in
            writer.present()
            writer.value(vote.value)
            writer.optional(vote.count) { $0.value($1) }
            writer.value(vote.written)
            writer.value(vote.countLocation)
            writer.optional(vote.remark) { $0.value($1) }
        }
        optional(transition.leadIn) { $0.value($1) }
        optional(transition.notes) { $0.value($1) }
    }

    private mutating func value(_ item: FollowUpItem) {
        present()
        value(item.statusWritten)
        optional(item.status) { $0.value($1) }
        value(item.optionText)
        optional(item.explanation) { $0.value($1) }
        value(item.location)
        value(item.textLocation)
    }

    private mutating func value(_ review: FollowUpReview) {
        present()
        list(review.discussed) { $0.value($1) }
        list(review.notDiscussed) { $0.value($1) }
    }

    private mutating func value(_ option: ReviewedOption) {
        present()
        value(option.session)
        value(option.sessionTitle)
        value(option.sessionDate)
        value(option.sessionPublished)
        value(option.option)
        value(option.text)
        optional(option.direction) { $0.value($1) }
        value(option.isPriority)
        list(option.owners) { $0.value($1) }
        optional(option.due) { $0.value($1) }
        optional(option.status) { $0.value($1) }
        optional(option.explanation) { $0.value($1) }
    }

    private mutating func value(_ outline: SourceOutline) {
        present()
        list(outline.sections) { writer, section in
            writer.present()
            writer.optional(section.kind) { $0.value($1) }
            writer.value(section.heading)
            writer.value(section.isGuessed)
        }
        list(outline.directionHeadings) { $0.value($1) }
        list(outline.polarityHeadings) { $0.value($1) }
        value(outline.bodyStart)
        list(outline.misplacedNotesHeadings) { $0.value($1) }
        list(outline.unspacedHeadings) { $0.value($1) }
        // (A set encodes in its own order, as the conformance iterates it.)
        list(outline.privateLines) { $0.value($1) }
    }

    private mutating func value(_ heading: SourceOutline.Heading) {
        present()
        value(heading.title)
        value(heading.location)
    }

    private mutating func value(_ location: SourceLocation) {
        present()
        value(location.line)
        value(location.column)
    }

    /// `RichText` encodes its Markdown as a single value.
    private mutating func value(_ text: RichText) {
        present()
        value(text.markdown)
    }

    /// An enum encodes its raw value as a single value.
    private mutating func value<Kind: RawRepresentable>(_ kind: Kind) where Kind.RawValue == String {
        present()
        value(kind.rawValue)
    }

    // MARK: - CompactSink's primitives

    private mutating func present() { bytes.append(1) }

    private mutating func value(_ text: String) {
        present()
        CompactForm.string(text, to: &bytes)
    }

    private mutating func value(_ number: Int) {
        present()
        CompactForm.varint(number, to: &bytes)
    }

    private mutating func value(_ flag: Bool) {
        present()
        bytes.append(flag ? 1 : 0)
    }

    private mutating func optional<Wrapped>(_ value: Wrapped?, _ write: (inout Self, Wrapped) -> Void) {
        if let value { write(&self, value) } else { bytes.append(0) }
    }

    /// A list: its tag, its count (4 bytes little-endian: CompactSink raises it as the elements come; written
    /// whole here), then each element as `write` puts it.
    private mutating func list<Items: Collection>(_ items: Items, _ write: (inout Self, Items.Element) -> Void) {
        present()
        let count = UInt32(items.count)
        for index in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: count >> (8 * UInt32(index)))) }
        for item in items { write(&self, item) }
    }
}
