import BegeleidModel
import BegeleidMustache

/// The follow-up part of a report: the earlier options a follow-up session
/// discussed, with their status, and those it did not.
struct FollowUpContext {
    let labels: Labels
    let format: FragmentFormat
    /// The date (ISO) an option's due date is judged against: the session's (a report) or the series' last (its page).
    var asOf: String?

    func make(_ review: FollowUpReview, follows: String?, sessionTitles: [String: String] = [:]) -> ContextObject {
        var context: ContextObject = ["hasDiscussed": .bool(!review.discussed.isEmpty)]
        context["discussed"] = .objects(review.discussed.map(option))
        context["notDiscussed"] = .objects(review.notDiscussed.map(option))
        context["hasNotDiscussed"] = .bool(!review.notDiscussed.isEmpty)
        if let follows {
            let earlier = (review.discussed + review.notDiscussed).first { $0.session == follows }
            context["follows"] = ["slug": .string(follows), "title": .string(earlier?.sessionTitle ?? follows)]
        }
        return context
    }

    /// One earlier option: where it comes from, its text, priority, owners, date, status and explanation.
    func option(_ reviewed: ReviewedOption) -> ContextObject {
        var entry: ContextObject = [
            "session": .string(reviewed.session),
            "sessionTitle": .string(reviewed.sessionTitle),
            "sessionDate": .string(labels.longDate(reviewed.sessionDate)),
            "text": .string(format.inline(RichText(reviewed.text)) ?? ""),
            "priority": .bool(reviewed.isPriority),
        ]
        entry["owners"] = .optional(reviewed.owners.isEmpty ? nil : reviewed.owners.joined(separator: ", "))
        entry["due"] = .optional(reviewed.due.map(labels.longDate))
        entry["isoDue"] = .optional(reviewed.due)
        entry["overdue"] = .bool(asOf.map(reviewed.isOverdue) ?? false)
        entry["direction"] = .optional(reviewed.direction.map { labels.direction($0, short: true) })
        entry["status"] = .optional(reviewed.status.map { statusLabel($0) })
        entry["statusKey"] = .string(reviewed.status?.rawValue ?? "none")
        entry["explanation"] = .optional(reviewed.explanation.flatMap { format.inline(RichText($0)) })
        return entry
    }

    func statusLabel(_ status: FollowUpStatus?) -> String {
        labels["status_\(status?.rawValue ?? "none")"]
    }
}
