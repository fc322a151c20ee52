import BegeleidModel

/// The meetings of a form: one session; a series spread over the phases of
/// the implementation; or a training's half-days of theory, its practice
/// sessions (from the `TrainingPlan`), and for a joint training a meeting to
/// share results. Dated one after the other: each at least the offer's
/// interval after the one before, on a working day outside the holidays.
enum MeetingPlan {
    /// How many sessions fall in each phase, from `first` on: as even as
    /// possible; the series always starts in `first`, and further extra
    /// sessions go to `during` (the longest phase), then `before`, then `after`.
    ///
    ///     spread(4, from: .before) → [before: 1, during: 2, after: 1]
    ///     spread(1, from: .before) → [before: 1, during: 0, after: 0]
    static func spread(_ count: Int, from first: Phase) -> [(phase: Phase, count: Int)] {
        let phases = Phase.allCases.drop { $0 != first }
        let base = count / phases.count
        var extra = count % phases.count
        var counts = Dictionary(uniqueKeysWithValues: phases.map { ($0, base) })
        let order = base == 0 ? [first] + [Phase.during, .before, .after].filter { $0 != first } : [Phase.during, .before, .after]
        for phase in order where extra > 0 && counts[phase] != nil {
            counts[phase]! += 1
            extra -= 1
        }
        return phases.map { ($0, counts[$0]!) }
    }

    static func meetings(
        form: ProposalForm, offer: OfferForm, profile: OrganisationProfile, sessionCount: Int, language: Language,
        training: TrainingPlan?, firstNotBefore: PlannedDate? = nil
    ) -> [Meeting] {
        var meetings: [Meeting] = []
        func add(_ kind: Meeting.Kind, _ title: String?, purpose: String?, phase: Phase? = nil, practice: TrainingPlan.Practice? = nil) {
            let slot = meetings.count
            let week = offer.firstMeetingWeek + slot * offer.intervalWeeks
            // Never before the previous meeting plus the interval (at least a day), however far a holiday moved it.
            // The first: not before what prepares it (ProposalBuilder.firstMeetingNotBefore).
            let notBefore = meetings.last.map { previous -> PlannedDate in
                switch previous.date {
                case .date(let iso):
                    let next = CalendarDay(iso: iso)!.adding(days: max(1, 7 * offer.intervalWeeks))
                    return .date(next.iso)
                case .week(let week): return .week(week + offer.intervalWeeks)
                }
            } ?? firstNotBefore
            let date = PlannedDate.weeks(week, after: profile.date, in: profile.country, notBefore: notBefore)
            meetings.append(Meeting(
                number: slot + 1, kind: kind, title: title, purpose: purpose, phase: phase,
                institution: profile.partners.isEmpty ? nil : practice?.institution,
                week: week, date: date, practice: practice))
        }
        switch form {
        case .session:
            add(.session, nil, purpose: nil, phase: earliestPhase(profile))
        case .series:
            let first = earliestPhase(profile) ?? .before
            for (phase, count) in spread(sessionCount, from: first) {
                for _ in 0..<count {
                    add(.session, nil, purpose: offer.phasePurposes[phase]?.text(language), phase: phase)
                }
            }
        case .training:
            for theory in offer.theory {
                add(.theory, theory.title.text(language), purpose: theory.text?.text(language))
            }
            // The institutions in turn, so that the trainers can attend each.
            for practice in training?.practice ?? [] {
                add(.practice, nil, purpose: nil, practice: practice)
            }
            if !profile.partners.isEmpty, let sharing = offer.sharing {
                add(.sharing, sharing.title.text(language), purpose: sharing.text?.text(language))
            }
        }
        return meetings
    }

    /// The earliest phase any of the organisation's technologies is in.
    static func earliestPhase(_ profile: OrganisationProfile) -> Phase? {
        let phases = profile.technologies.compactMap(\.phase)
        return Phase.allCases.first { phases.contains($0) }
    }
}
