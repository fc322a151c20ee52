import BegeleidModel
import BegeleidMustache

/// The data of a series' progress page (`reeksen/<slug>/voortgang.html` and
/// `.md`): its sessions, then every option with its status history, open first.
struct ProgressContext {
    let progress: SeriesProgress
    let labels: Labels
    let format: FragmentFormat

    func make() -> ContextObject {
        let followUp = FollowUpContext(labels: labels, format: format, asOf: progress.sessions.last?.date)
        let first = progress.sessions.first?.date ?? ""
        let last = progress.sessions.last?.date ?? ""
        let title = labels.fill("progress_title", ["titel": progress.title])
        return [
            "lang": .string(progress.language.rawValue),
            "labels": labels.dictionary,
            "pageTitle": .string(title),
            "title": .string(title),
            "technology": .string(progress.technology),
            "intro": .string(labels.fill("progress_intro", [
                "sessies": "\(progress.sessions.count)", "van": labels.longDate(first), "tot": labels.longDate(last),
            ])),
            "sessions": .objects(progress.sessions.map {
                ["slug": .string($0.slug), "title": .string($0.title), "date": .string(labels.longDate($0.date)), "isoDate": .string($0.date)]
            }),
            "options": .objects(progress.entries.map { entry -> ContextObject in
                var option = followUp.option(entry.option)
                // An option of the series' last session has had no session after it to discuss it: “nieuw”, not “nog niet
                // besproken”, which is said of one a later session passed over (blind tester 40 could not tell them).
                let isNew = entry.history.isEmpty && entry.option.session == progress.sessions.last?.slug
                option["current"] = .string(isNew ? labels["status_new"]
                    : followUp.statusLabel(entry.option.status ?? (entry.history.isEmpty ? nil : .open)))
                option["currentKey"] = .string(entry.option.status?.rawValue ?? "open")
                option["history"] = .objects(entry.history.enumerated().map { index, step -> ContextObject in
                    var row: ContextObject = [
                        "isLast": .bool(index == entry.history.count - 1),
                        "status": .string(followUp.statusLabel(step.status)), "statusKey": .string(step.status.rawValue),
                        "sessionTitle": .string(step.session.title), "sessionDate": .string(labels.longDate(step.session.date)),
                        "isoDate": .string(step.session.date), "session": .string(step.session.slug),
                    ]
                    row["explanation"] = .optional(step.explanation.flatMap { format.inline(RichText($0)) })
                    return row
                })
                option["hasHistory"] = .bool(!entry.history.isEmpty)
                return option
            }),
            "wide": true,
        ]
    }
}
