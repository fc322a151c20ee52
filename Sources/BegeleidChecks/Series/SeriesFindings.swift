import BegeleidModel

/// The findings of the series pass, with their messages (FORMAT.md, *Follow-up across a series*).
enum SeriesFindings {
    static func unknownSlug(_ node: SeriesNode, _ target: String, suggestion: String?, at: SourceLocation) -> Diagnostic {
        // The folder of the notes themselves (blind tester 40: `Input/sessies` was named for any folder checked).
        let folder = node.path.lastIndex(of: "/").map { String(node.path[..<$0]) } ?? "."
        return Diagnostic(.error, .followsUnknown, path: node.path, at: at, LocalizedText(
            nl: "“vervolg_op” noemt “\(target)”, maar er is geen sessie met die naam in \(folder)",
            en: "“follows” names “\(target)”, but there is no session of that name in \(folder)"), suggestion: suggestion)
    }

    static func loop(_ node: SeriesNode, _ loop: [String], at: SourceLocation) -> Diagnostic {
        let chain = (loop + [node.slug]).joined(separator: " → ")
        return Diagnostic(.error, .followsLoop, path: node.path, at: at, LocalizedText(
            nl: "de reeks loopt rond: \(chain); één sessie moet de eerste zijn (zonder “vervolg_op”)",
            en: "the series goes round in a loop: \(chain); one session must be the first (without “follows”)"))
    }

    static func targetHasErrors(_ node: SeriesNode, _ target: String, at: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, .followsSessionHasErrors, path: node.path, at: at, LocalizedText(
            nl: "“\(target)” of een eerdere sessie van de reeks heeft fouten; de opvolging wordt pas gecontroleerd en getoond als die hersteld zijn",
            en: "“\(target)” or an earlier session of the series has errors; the follow-up is checked and shown once they are fixed"))
    }

    /// `concept`: the concept on the way (the session followed, or one before it).
    static func targetIsConcept(_ node: SeriesNode, _ concept: String, at: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, .followsConcept, path: node.path, at: at, LocalizedText(
            nl: "“\(concept)” is een concept, en concepten tellen niet mee; de opvolging wordt pas gecontroleerd en getoond als die definitief is",
            en: "“\(concept)” is a draft, and drafts are not counted; the follow-up is checked and shown once it is final"))
    }

    static func later(_ node: SeriesNode, _ earlier: SeriesNode, at: SourceLocation) -> Diagnostic {
        Diagnostic(.error, .followsLater, path: node.path, at: at, LocalizedText(
            nl: "“\(earlier.slug)” is van \(earlier.date), na deze sessie (\(node.date)); een vervolg volgt op een eerdere sessie",
            en: "“\(earlier.slug)” is dated \(earlier.date), after this session (\(node.date)); a follow-up follows an earlier session"))
    }

    static func noOption(
        _ node: SeriesNode, _ item: FollowUpItem, closed: (String, FollowUpStatus)?, suggestion: String?, at: SourceLocation
    ) -> Diagnostic {
        if let (text, status) = closed {
            return Diagnostic(.error, .followUpNoOption, path: node.path, at: at, LocalizedText(
                nl: "“\(item.optionText)” is al afgesloten (\(FollowUpWords.dutch(status))) in een eerdere sessie: “\(text)”",
                en: "“\(item.optionText)” was closed already (\(FollowUpWords.english(status))) in an earlier session: “\(text)”"))
        }
        return Diagnostic(.error, .followUpNoOption, path: node.path, at: at, LocalizedText(
            nl: "“\(item.optionText)” is geen open handelingsoptie van de eerdere sessies van deze reeks",
            en: "“\(item.optionText)” is not an open option of the earlier sessions of this series"), suggestion: suggestion)
    }

    /// `- gedaan:` with no option after it.
    static func empty(_ node: SeriesNode, _ item: FollowUpItem) -> Diagnostic {
        Diagnostic(.error, .followUpNoOption, path: node.path, at: item.location, LocalizedText(
            nl: "dit item noemt geen handelingsoptie; schrijf na de status welke optie het is",
            en: "this item names no option; write which option it is after the status"))
    }

    /// A second item for an option already given a status in this session.
    static func twice(_ node: SeriesNode, _ item: FollowUpItem, firstLine: Int, _ text: String) -> Diagnostic {
        Diagnostic(.error, .followUpTwice, path: node.path, at: item.textLocation, LocalizedText(
            nl: "“\(text)” staat al in de opvolging (regel \(firstLine)); geef elke handelingsoptie één status",
            en: "“\(text)” is in the follow-up already (line \(firstLine)); give each option one status"))
    }

    static func ambiguous(_ node: SeriesNode, _ item: FollowUpItem, _ texts: [String], at: SourceLocation) -> Diagnostic {
        let listed = texts.map { "“\($0)”" }.joined(separator: ", ")
        return Diagnostic(.error, .followUpAmbiguous, path: node.path, at: at, LocalizedText(
            nl: "“\(item.optionText)” past bij meer dan één handelingsoptie (\(listed)); schrijf meer van de tekst",
            en: "“\(item.optionText)” matches more than one option (\(listed)); write more of the text"))
    }

    static func notDiscussed(_ node: SeriesNode, _ texts: [String], at: SourceLocation) -> Diagnostic {
        let listed = texts.map { "“\($0)”" }.joined(separator: ", ")
        return Diagnostic(.warning, .followUpNotDiscussed, path: node.path, at: at, LocalizedText(
            nl: "niet besproken (nog open uit eerdere sessies): \(listed)",
            en: "not discussed (still open from earlier sessions): \(listed)"))
    }
}

/// The statuses in words, for messages.
public enum FollowUpWords {
    public static func dutch(_ status: FollowUpStatus) -> String { status.spellings[0] }

    public static func english(_ status: FollowUpStatus) -> String {
        switch status {
        case .open: return "open"
        case .inProgress: return "in progress"
        case .done: return "done"
        case .rejected: return "rejected"
        }
    }
}
