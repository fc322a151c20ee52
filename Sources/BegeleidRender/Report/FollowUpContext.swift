import BegeleidModel

/// The follow-up part of a report: the earlier options a follow-up session
/// discussed, with their status, and those it did not.
struct FollowUpContext {
    let labels: Labels
    let format: FragmentFormat

    func make(_ review: FollowUpReview, follows: String?, sessionTitles: [String: String] = [:]) -> [String: Any] {
        var context: [String: Any] = ["hasDiscussed": !review.discussed.isEmpty]
        context["discussed"] = review.discussed.map(option)
        context["notDiscussed"] = review.notDiscussed.map(option)
        context["hasNotDiscussed"] = !review.notDiscussed.isEmpty
        if let follows {
            let earlier = (review.discussed + review.notDiscussed).first { $0.session == follows }
            context["follows"] = ["slug": follows, "title": earlier?.sessionTitle ?? follows]
        }
        return context
    }

    /// One earlier option: where it comes from, its text, priority, owners, date, status and explanation.
    func option(_ reviewed: ReviewedOption) -> [String: Any] {
        var entry: [String: Any] = [
            "session": reviewed.session,
            "sessionTitle": reviewed.sessionTitle,
            "sessionDate": labels.longDate(reviewed.sessionDate),
            "text": format.inline(RichText(reviewed.text)) ?? "",
            "priority": reviewed.isPriority,
        ]
        entry["owners"] = reviewed.owners.isEmpty ? nil : reviewed.owners.joined(separator: ", ")
        entry["due"] = reviewed.due.map(labels.longDate)
        entry["direction"] = reviewed.direction.map { labels.direction($0, short: true) }
        entry["status"] = reviewed.status.map { statusLabel($0) }
        entry["statusKey"] = reviewed.status?.rawValue ?? "none"
        entry["explanation"] = reviewed.explanation.flatMap { format.inline(RichText($0)) }
        return entry
    }

    func statusLabel(_ status: FollowUpStatus?) -> String {
        labels["status_\(status?.rawValue ?? "none")"]
    }
}
