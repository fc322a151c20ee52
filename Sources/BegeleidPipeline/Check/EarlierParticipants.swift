import BegeleidChecks
import BegeleidModel
import BegeleidReader

/// A follow-up (`vervolg_op`) that names a participant of an earlier session of its series: the name is looked for
/// as the session's own participants' are (`participant-name-in-text`). A blind tester wrote the name of deel-a's
/// participant in deel-b's Opvolging; deel-b listed no one by that name, and it was published in its report, the
/// series' progress page and `Openbaar/`. Known only once every session's file is known: the pass across files (and
/// the live preview) reads such notes again with those names beside their own, notes with errors too (the terminal
/// and the beamer showed the name in their other findings, and the preview the report).
extension Checking {
    /// The participants with a name of the sessions the notes at `path` follow, one `vervolg_op` after another, each
    /// read from its notes as they are now (`file`: the file of a slug), with errors or without
    /// (SessionReader.seriesFacts). Not those of a session with `namen: openbaar` (they agreed to be named), nor those
    /// the notes themselves list with their names public; the others agreed to nothing, whatever the notes say.
    static func earlierParticipants(path: String, policy: InputPolicy, file: (String) -> String?) -> [SessionReader.EarlierParticipant] {
        guard let own = SessionReader.seriesFacts(path: path, policy: policy), own.follows != nil else { return [] }
        let agreed = own.namesArePublic ? Set(own.participants.compactMap { $0.name.map(Names.key) }) : []
        var found: [SessionReader.EarlierParticipant] = []
        var seen: Set<String> = [path]
        var current = own.follows
        while let slug = current, let earlier = file(slug), seen.insert(earlier).inserted,
              let facts = SessionReader.seriesFacts(path: earlier, policy: policy) {
            if !facts.namesArePublic {
                found += facts.participants.filter { !agreed.contains(Names.key($0.name ?? "")) }.map { SessionReader.EarlierParticipant($0, of: slug) }
            }
            current = facts.follows
        }
        return found
    }

    /// The first session of the series of the notes at `path` (`slug`), one `vervolg_op` after another as the notes
    /// say now (`file`: the file of a slug); `slug` itself when they follow none. Where a loop or a session without a
    /// file ends the chain, the last one reached.
    static func firstSession(of path: String, slug: String, policy: InputPolicy, file: (String) -> String?) -> String {
        FollowChain.last(from: slug) { current in
            (current == slug ? path : file(current)).flatMap { SessionReader.seriesFacts(path: $0, policy: policy)?.follows }
                .flatMap { file($0) == nil ? nil : $0 }
        }
    }

    /// The findings of the notes at `path` read again (under `policy`) with `earlier` beside their own participants,
    /// when a name is in them: every finding then, its own errors too, so that none quotes a line with the name
    /// (Checking.onlyTheNameOnItsLine). Nil when none is, or the notes cannot be read now.
    static func findingsNaming(_ earlier: [SessionReader.EarlierParticipant], path: String, slug: String,
                               policy: InputPolicy) -> [Diagnostic]? {
        guard !earlier.isEmpty else { return nil }
        let bytes = InputFile.bytes(at: path, policy: policy)
        guard case .success = bytes else { return nil }
        let findings = check(bytes, path: path, slug: slug, earlier: earlier).findings
        guard findings.contains(where: { $0.code == .participantNameInText }) else { return nil }
        return Checker.withoutNames(findings, names: earlier.compactMap(\.participant.name))
    }
}
