import BegeleidModel

/// The data of a series' progress page (`reeksen/<slug>/voortgang.html` and
/// `.md`): its sessions, then every option with its status history, open first.
struct ProgressContext {
    let progress: SeriesProgress
    let labels: Labels
    let format: FragmentFormat

    func make() -> [String: Any] {
        let followUp = FollowUpContext(labels: labels, format: format)
        let first = progress.sessions.first?.date ?? ""
        let last = progress.sessions.last?.date ?? ""
        let title = labels.fill("progress_title", ["titel": progress.title])
        return [
            "lang": progress.language.rawValue,
            "labels": labels.dictionary,
            "pageTitle": title,
            "title": title,
            "technology": progress.technology,
            "intro": labels.fill("progress_intro", [
                "sessies": "\(progress.sessions.count)", "van": labels.longDate(first), "tot": labels.longDate(last),
            ]),
            "sessions": progress.sessions.map { ["slug": $0.slug, "title": $0.title, "date": labels.longDate($0.date), "isoDate": $0.date] },
            "options": progress.entries.map { entry -> [String: Any] in
                var option = followUp.option(entry.option)
                option["current"] = followUp.statusLabel(entry.option.status ?? (entry.history.isEmpty ? nil : .open))
                option["currentKey"] = entry.option.status?.rawValue ?? "open"
                option["history"] = entry.history.enumerated().map { index, step -> [String: Any] in
                    var row: [String: Any] = [
                        "isLast": index == entry.history.count - 1,
                        "status": followUp.statusLabel(step.status), "statusKey": step.status.rawValue,
                        "sessionTitle": step.session.title, "sessionDate": labels.longDate(step.session.date),
                        "isoDate": step.session.date, "session": step.session.slug,
                    ]
                    row["explanation"] = step.explanation.flatMap { format.inline(RichText($0)) }
                    return row
                }
                option["hasHistory"] = !entry.history.isEmpty
                return option
            },
            "wide": true,
        ]
    }
}
