import BegeleidModel
import BegeleidReader

/// A follow-up (`vervolg_op`) that names a participant of an earlier session of its series: the name is looked for
/// as the session's own participants' are (`participant-name-in-text`). A blind tester wrote the name of deel-a's
/// participant in deel-b's Opvolging; deel-b listed no one by that name, and it was published in its report, the
/// series' progress page and `Openbaar/`. Known only once every session's file is known: the pass across files (and
/// the live preview) reads such notes again with those names beside their own.
extension Checking {
    /// The participants with a name of the sessions `session` follows, one `vervolg_op` after another, each read from
    /// its notes as they are now (`path`: the file of a slug), with errors or without; none when its own names are public.
    static func earlierParticipants(of session: Session, policy: InputPolicy, path: (String) -> String?) -> [SessionReader.EarlierParticipant] {
        guard session.meta.names != .public else { return [] }
        var found: [SessionReader.EarlierParticipant] = []
        var seen: Set<String> = [session.slug]
        var current = session.meta.follows
        while let slug = current, seen.insert(slug).inserted, let file = path(slug),
              let (participants, follows) = SessionReader.namedParticipants(path: file, policy: policy) {
            found += participants.map { SessionReader.EarlierParticipant($0, of: slug) }
            current = follows
        }
        return found
    }

    /// The findings of the notes at `path` read again (under `policy`) with `earlier` beside their own participants,
    /// when one of those names is in them: every finding then, so that none quotes a line with the name. Nil when
    /// none is, or the notes cannot be read now.
    static func findingsNaming(_ earlier: [SessionReader.EarlierParticipant], path: String, slug: String,
                               policy: InputPolicy) -> [Diagnostic]? {
        guard !earlier.isEmpty else { return nil }
        let bytes = InputFile.bytes(at: path, policy: policy)
        guard case .success = bytes else { return nil }
        let findings = check(bytes, path: path, slug: slug, earlier: earlier).findings
        // (Its own participants' names were looked for in the first read, which found none: a follow-up is
        // checked across files only without errors of its own.)
        guard findings.contains(where: { $0.code == .participantNameInText }) else { return nil }
        return findings
    }
}
