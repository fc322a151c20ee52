import BegeleidModel
import Foundation

/// Works a profile and the offer out into a `Proposal`.
public enum ProposalBuilder {
    /// Sessions of a series when the profile does not say how many (a rule warns).
    public static let defaultSeriesLength = 3

    /// Nil when the offer does not describe the form asked for (a rule reports it).
    public static func build(profile: OrganisationProfile, offer: Offer, sessions: [Session]) -> Proposal? {
        let form = profile.effectiveForm
        guard let offered = offer.forms[form] else { return nil }
        let language = profile.language
        let text = { (localized: LocalizedText) in localized.text(language) }
        let participants = profile.participantCount ?? offered.defaultParticipants
        let sessionCount = form == .series ? (profile.sessionCount ?? defaultSeriesLength) : 1
        let institutions = [profile.name] + (form == .training ? profile.partners : [])
        let training = form == .training ? TrainingPlan(trainees: participants, institutions: institutions, rota: offered.practiceRota) : nil
        let meetings = MeetingPlan.meetings(
            form: form, offer: offered, profile: profile, sessionCount: sessionCount, language: language, training: training,
            firstNotBefore: firstMeetingNotBefore(offered, profile: profile))
        return Proposal(
            profile: profile, language: language, form: form,
            title: text(offered.title), description: offered.description.map(text), lead: offered.lead.map(text),
            approach: offer.approach.map { ($0.title.text(language), $0.text?.text(language)) },
            meetings: meetings,
            programme: programme(offered.programme, start: profile.startTime ?? offer.startTime, language: language),
            invitees: form == .training ? [] : invitations(offer.invitees, participants: participants, language: language),
            trainees: training?.institutions.map { Invitation(group: $0.name, count: $0.trainees, description: nil) } ?? [],
            training: training,
            roles: form == .training ? offered.practice.map { ($0.title.text(language), $0.text?.text(language)) } : [],
            participantCount: participants,
            preparation: offered.preparation.map(text), followUp: offered.followUp.map(text),
            planning: planning(offered, meetings: meetings, profile: profile, language: language),
            investment: investment(offered, offer: offer, meetings: meetings, participants: participants,
                                   institutions: institutions.count, language: language),
            comparables: Comparables.choose(for: profile, from: sessions),
            sharing: form == .training && !profile.partners.isEmpty
                ? offered.sharing.map { ($0.title.text(language), $0.text?.text(language)) } : nil,
            validUntil: PlannedDate.days(offer.validityDays, after: profile.date), validityDays: offer.validityDays,
            provider: offer.provider, terms: offer.terms.map(text))
    }

    /// Each part from the end of the one before, starting at `start`.
    static func programme(_ parts: [ProgrammePart], start: ClockTime, language: Language) -> [ProgrammeSlot] {
        var clock = start
        return parts.map { part in
            defer { clock = clock.adding(minutes: part.minutes) }
            return ProgrammeSlot(start: clock, end: clock.adding(minutes: part.minutes), title: part.title.text(language),
                                 minutes: part.minutes)
        }
    }

    static func invitations(_ groups: [InviteeGroup], participants: Int, language: Language) -> [Invitation] {
        zip(groups, apportion(participants, shares: groups.map(\.share))).map {
            Invitation(group: $0.name.text(language), count: $1, description: $0.description?.text(language))
        }
    }

    /// The offer's steps and the meetings, in date order (steps before
    /// meetings on the same day, else the offer's order).
    /// A step after a meeting counts from the meeting's planned date (after
    /// any holiday moved it); every date lands on a working day outside the holidays.
    static func planning(_ form: OfferForm, meetings: [Meeting], profile: OrganisationProfile, language: Language) -> [PlanningEntry] {
        var entries: [PlanningEntry] = []
        let country = profile.country
        let after = { (base: PlannedDate, weeks: Int) -> PlannedDate in
            switch base {
            case .date(let iso): return .weeks(weeks, after: iso, in: country)
            case .week(let week): return .week(week + weeks)
            }
        }
        let prepared = preparationDates(form, profile: profile)
        for (index, step) in form.planning.enumerated() {
            let title = step.title.text(language)
            switch step.anchor {
            case .proposal:
                entries.append(PlanningEntry(date: prepared[index] ?? .weeks(step.weeks, after: profile.date, in: country), step: title,
                                             meeting: nil, kind: step.kind))
            case .eachMeeting:
                for meeting in meetings where meeting.kind == .session || meeting.kind == .practice {
                    entries.append(PlanningEntry(date: after(meeting.date, step.weeks), step: title, meeting: meeting, kind: step.kind))
                }
            case .lastMeeting:
                let last = meetings.last?.date ?? .weeks(form.firstMeetingWeek, after: profile.date, in: country)
                entries.append(PlanningEntry(date: after(last, step.weeks), step: title, meeting: nil, kind: step.kind))
            }
        }
        entries += meetings.map { PlanningEntry(date: $0.date, step: nil, meeting: $0) }
        return entries.enumerated().sorted {
            ($0.element.date, $0.element.isMeeting ? 1 : 0, $0.offset) < ($1.element.date, $1.element.isMeeting ? 1 : 0, $1.offset)
        }.map(\.element)
    }

    /// The first meeting no sooner after each step that prepares it than the offer's weeks between them, counted
    /// from where a holiday moved the step: a holiday moved the plan of approach and the first session to the same
    /// first working day after it (“1 September: plan of approach”, “1 September: session 1”).
    static func firstMeetingNotBefore(_ form: OfferForm, profile: OrganisationProfile) -> PlannedDate? {
        let prepared = preparationDates(form, profile: profile)
        return form.planning.indices.filter { form.planning[$0].anchor == .proposal && form.planning[$0].weeks < form.firstMeetingWeek }
            .compactMap { index -> PlannedDate? in
                guard let planned = prepared[index], case .date = planned else { return nil }
                return planned.adding(weeks: form.firstMeetingWeek - form.planning[index].weeks)
            }.max()
    }

    /// The dates of the steps counted from the proposal, by their index in the offer's planning: each its weeks after
    /// the proposal's date, and no sooner after the step before it than the offer's weeks between them, counted from
    /// where a holiday moved that one (blind tester 42: the intake, the plan of approach and the invitations, a week
    /// apart in the offer, all fell on the first working day after the Christmas holiday).
    static func preparationDates(_ form: OfferForm, profile: OrganisationProfile) -> [Int: PlannedDate] {
        var dates: [Int: PlannedDate] = [:]
        var previous: (weeks: Int, date: PlannedDate)?
        let steps = form.planning.indices.filter { form.planning[$0].anchor == .proposal }
        // In the order of their weeks (the offer's order among equal ones).
        for index in steps.sorted(by: { (form.planning[$0].weeks, $0) < (form.planning[$1].weeks, $1) }) {
            let weeks = form.planning[index].weeks
            let notBefore = previous.map { $0.date.adding(weeks: weeks - $0.weeks) }
            let date = PlannedDate.weeks(weeks, after: profile.date, in: profile.country, notBefore: notBefore)
            dates[index] = date
            previous = (weeks, date)
        }
        return dates
    }

    static func investment(
        _ form: OfferForm, offer: Offer, meetings: [Meeting], participants: Int, institutions: Int, language: Language
    ) -> Investment {
        let items = form.costs.map { item -> (item: CostItem, title: String, quantity: Int) in
            let quantity: Int
            switch item.unit {
            case .proposal: quantity = 1
            case .session: quantity = meetings.filter { $0.kind == .session || $0.kind == .practice }.count
            case .halfDay: quantity = meetings.filter { $0.kind == .theory }.count
            case .participant: quantity = participants
            case .institution: quantity = institutions
            }
            return (item, item.title.text(language), quantity)
        }
        return Investment(items, vatPercentage: offer.vatPercentage)
    }
}
