import BegeleidModel

/// The meetings of a form: one session; a series spread over the phases of
/// the implementation; or a training's half-days of theory, practice per
/// institution, and for a joint training a meeting to share results.
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
        form: ProposalForm, offer: OfferForm, profile: OrganisationProfile, sessionCount: Int, language: Language
    ) -> [Meeting] {
        var meetings: [Meeting] = []
        func add(_ kind: Meeting.Kind, _ title: String?, purpose: String?, phase: Phase? = nil, institution: String? = nil, slot: Int) {
            let week = offer.firstMeetingWeek + slot * offer.intervalWeeks
            meetings.append(Meeting(
                number: meetings.count + 1, kind: kind, title: title, purpose: purpose, phase: phase,
                institution: institution, week: week, date: PlannedDate.weeks(week, after: profile.date)))
        }
        switch form {
        case .session:
            add(.session, nil, purpose: nil, phase: earliestPhase(profile), slot: 0)
        case .series:
            let first = earliestPhase(profile) ?? .before
            for (phase, count) in spread(sessionCount, from: first) {
                for _ in 0..<count {
                    add(.session, nil, purpose: offer.phasePurposes[phase]?.text(language), phase: phase, slot: meetings.count)
                }
            }
        case .training:
            for theory in offer.theory {
                add(.theory, theory.title.text(language), purpose: theory.text?.text(language), slot: meetings.count)
            }
            let institutions = [profile.name] + profile.partners
            // One after the other, so the trainers can attend each: every
            // institution practises as co-moderator before anyone moderates.
            for practice in offer.practice {
                for institution in institutions {
                    add(.practice, practice.title.text(language), purpose: practice.text?.text(language),
                        institution: institutions.count > 1 ? institution : nil, slot: meetings.count)
                }
            }
            if !profile.partners.isEmpty, let sharing = offer.sharing {
                add(.sharing, sharing.title.text(language), purpose: sharing.text?.text(language), slot: meetings.count)
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
