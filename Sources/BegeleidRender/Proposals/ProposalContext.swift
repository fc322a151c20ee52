import BegeleidModel
import BegeleidProposals
import Foundation

/// Builds the data a proposal template sees. Every text from the profile and
/// the offer is plain and escaped by the template; only the options cited
/// from earlier sessions are fragments rendered safely by cmark-gfm.
struct ProposalContext {
    let proposal: Proposal
    let labels: Labels
    let format: FragmentFormat

    private var language: Language { proposal.language }
    private var profile: OrganisationProfile { proposal.profile }

    func label(_ key: String, _ values: [String: String] = [:]) -> String {
        labels.fill(key, values)
    }

    func when(_ date: PlannedDate) -> String {
        switch date {
        case .date(let iso): return labels.longDate(iso)
        case .week(let week): return label("proposal_week", ["n": "\(week)"])
        }
    }

    func make() -> [String: Any] {
        let name = profile.name
        let inSentence = OrganisationName.inSentence(profile)
        let atStart = OrganisationName.capitalised(inSentence)
        var context: [String: Any] = [
            "lang": language.rawValue,
            "labels": labels.dictionary,
            "slug": profile.slug,
            "organisation": name,
            "title": label("proposal_heading", ["organisatie": name]),
            "pageTitle": "\(label("proposal_heading", ["organisatie": name])) · \(labels["approach"])",
            "date": profile.date.map(labels.longDate) ?? labels["proposal_undated"],
            "isoDate": profile.date ?? "",
            "isDated": profile.date != nil,
            "reference": reference,
            "salutation": salutation,
            "intro": label("proposal_intro", ["organisatie": inSentence]),
            "reasonIntro": label(profile.technologies.isEmpty ? "proposal_reason_none" : "proposal_reason_intro", ["organisatie": atStart]),
            "formTitle": proposal.title,
            "isSession": proposal.form == .session,
            "isSeries": proposal.form == .series,
            "isTraining": proposal.form == .training,
            "programmeTitle": labels[proposal.form == .training ? "proposal_programme_training" : "proposal_programme_session"],
            "planningIntro": profile.date == nil ? labels["proposal_planning_intro_weeks"]
                : label("proposal_planning_intro_dated", ["land": labels["country_\(profile.country.rawValue)"]]),
            "validity": validity,
        ]
        context["contactName"] = profile.contact?.name
        context["contactEmail"] = profile.contact?.email
        context["validUntil"] = proposal.validUntil.map(when)
        if case .date(let iso) = proposal.validUntil { context["validUntilISO"] = iso }
        context["description"] = proposal.description
        context["lead"] = proposal.lead
        context.setList(profile.technologies.map { technology -> [String: Any] in
            ["name": technology.name, "description": technology.description ?? "", "hasDescription": technology.description != nil,
             "phase": technology.phase.map(labels.phase) ?? "", "hasPhase": technology.phase != nil]
        }, "technologies")
        context.setList(proposal.approach.enumerated().map { ["number": $0.offset + 1, "title": $0.element.title, "text": $0.element.text ?? "", "hasText": $0.element.text != nil] },
             "approach")
        addMeetings(to: &context)
        addProgramme(to: &context)
        addInvitees(to: &context)
        addTraining(to: &context)
        context.setList(proposal.preparation.map { ["text": $0] }, "preparation")
        context.setList(proposal.followUp.map { ["text": $0] }, "followUp")
        context.setList(proposal.planning.map { ["when": when($0.date), "step": planningText($0), "isMeeting": $0.isMeeting] }, "planning")
        context["investment"] = investment()
        context.setList(proposal.comparables.map(comparable), "comparables")
        context["provider"] = provider()
        context.setList(proposal.terms.map { ["text": $0] }, "terms")
        context["acceptance"] = label("proposal_acceptance_text", ["organisatie": atStart, "kenmerk": reference])
        context["footer"] = "\(label("proposal_heading", ["organisatie": name])) · \(labels["proposal_reference"]) \(reference)"
        return context
    }

    /// The contact's salutation as written (a comma added when it ends in a
    /// letter or digit), else `Beste <name>,`, else one to the reader.
    private var salutation: String {
        if let written = profile.contact?.salutation {
            return written.last.map { $0.isLetter || $0.isNumber } == true ? "\(written)," : written
        }
        return profile.contact?.name.map { label("proposal_salutation", ["naam": $0]) } ?? labels["proposal_salutation_none"]
    }

    /// `gemeente-deventer-2026-04-02`: the slug and the date, for correspondence.
    var reference: String {
        profile.date.map { "\(profile.slug)-\($0)" } ?? profile.slug
    }

    private var validity: String {
        let days = "\(proposal.validityDays)"
        guard let until = proposal.validUntil else { return label("proposal_validity_undated", ["dagen": days]) }
        return label("proposal_validity_dated", ["datum": when(until), "dagen": days])
    }

    /// `Sessie 2` in a series, `Sessie` alone, or the offer's title; with the institution in brackets.
    func name(of meeting: Meeting, withInstitution: Bool = true) -> String {
        let base: String
        if let practice = meeting.practice {
            base = label("proposal_practice_session", ["n": "\(practice.number)"])
        } else {
            base = meeting.title ?? (proposal.form == .series ? "\(labels["session"]) \(meeting.number)" : labels["session"])
        }
        guard withInstitution, let institution = meeting.institution else { return base }
        return "\(base) (\(institution))"
    }

    /// A planning line: the meeting's name, or the step, after which meeting when there are several.
    func planningText(_ entry: PlanningEntry) -> String {
        guard let step = entry.step else { return entry.meeting.map { name(of: $0) } ?? "" }
        let repeated = proposal.meetings.filter { $0.kind == .session || $0.kind == .practice }.count > 1
        guard let meeting = entry.meeting, repeated else { return step }
        return "\(step) – \(name(of: meeting))"
    }

    private func addMeetings(to context: inout [String: Any]) {
        var previousPhase: Phase?
        let rows = proposal.meetings.map { meeting -> [String: Any] in
            // A second session in the same phase follows up the first rather than repeat its purpose.
            let followsUp = meeting.kind == .session && meeting.phase != nil && meeting.phase == previousPhase
            previousPhase = meeting.phase
            let purpose = followsUp ? labels["proposal_continued"] : meeting.purpose
            return [
                "number": meeting.number, "title": name(of: meeting, withInstitution: false), "label": name(of: meeting),
                "purpose": purpose ?? "", "hasPurpose": purpose != nil,
                "phase": meeting.phase.map(labels.phase) ?? "", "hasPhase": meeting.phase != nil,
                "institution": meeting.institution ?? "", "hasInstitution": meeting.institution != nil,
                "when": when(meeting.date),
            ]
        }
        context.setList(rows, "meetings")
        context.setList(rows.enumerated().filter { proposal.meetings[$0.offset].kind == .theory }.map(\.element), "theory")
        context["firstMeeting"] = rows.first
        context.setList(([profile.name] + profile.partners).map { ["name": $0] }, "institutions")
        // After the list, whose `hasInstitutions` would be true for the organisation alone.
        context["hasInstitutions"] = proposal.form == .training && !profile.partners.isEmpty
        if let sharing = proposal.sharing {
            let meeting = proposal.meetings.first { $0.kind == .sharing }
            context["sharing"] = [
                "title": sharing.title, "text": sharing.text ?? "", "hasText": sharing.text != nil,
                "when": meeting.map { when($0.date) } ?? "", "hasWhen": meeting != nil,
            ]
        }
    }

    private func addProgramme(to context: inout [String: Any]) {
        let rows = proposal.programme.map {
            ["start": $0.start.text, "end": $0.end.text, "title": $0.title, "minutes": "\($0.minutes)"]
        }
        context.setList(rows, "programme")
        guard let first = proposal.programme.first, let last = proposal.programme.last else { return }
        let total = last.end.minutes - first.start.minutes
        context["programmeCaption"] = label("proposal_programme_caption", ["begin": first.start.text, "einde": last.end.text])
        let hours = total / 60 > 0 ? "\(total / 60) \(labels["hours"])" : ""
        let minutes = total % 60 > 0 ? "\(total % 60) \(labels["minutes_short"])" : ""
        context["programmeDuration"] = [hours, minutes].filter { !$0.isEmpty }.joined(separator: " ")
    }

    private func addInvitees(to context: inout [String: Any]) {
        let count = "\(proposal.participantCount)"
        let row = { (invitation: Invitation) -> [String: Any] in
            ["group": invitation.group, "count": invitation.count,
             "description": invitation.description ?? "", "hasDescription": invitation.description != nil]
        }
        context.setList(proposal.invitees.map(row), "invitees")
        context.setList(proposal.trainees.map(row), "trainees")
        context["inviteesIntro"] = label("proposal_invitees_intro", ["n": count])
        context["traineesIntro"] = label("proposal_trainees_intro", ["n": count])
        context["participantCount"] = count
    }

    private func investment() -> [String: Any] {
        let investment = proposal.investment
        let money = { (amount: Decimal) in Money.format(amount, language) }
        let units: [CostItem.Unit: String] = [
            .proposal: "unit_proposal", .session: "unit_session", .halfDay: "unit_half_day",
            .participant: "unit_participant", .institution: "unit_institution",
        ]
        return [
            "lines": investment.lines.map { line -> [String: Any] in
                ["title": line.title, "quantity": label(units[line.unit]!, ["n": "\(line.quantity)"]),
                 "unitPrice": money(line.unitPrice), "amount": money(line.amount)]
            },
            "subtotal": money(investment.subtotal),
            "vatLabel": label("proposal_vat", ["n": Money.formatPercentage(investment.vatPercentage, language)]),
            "vat": money(investment.vat),
            "total": money(investment.total),
        ]
    }

    private func comparable(_ comparable: ComparableSession) -> [String: Any] {
        let meta = comparable.session.meta
        var entry: [String: Any] = [
            "why": reasons(comparable.reasons),
            "title": meta.title,
            "organisations": meta.organisations.joined(separator: ", "),
            "technology": meta.technology,
            "date": labels.longDate(meta.date),
            "isoDate": meta.date,
            "coreValues": comparable.coreValues.joined(separator: ", "),
            "lang": meta.language.rawValue,
            "otherLanguage": meta.language != language,
            "languageNote": labels["proposal_written_in_\(meta.language.rawValue)"],
            "hasCoreValues": !comparable.coreValues.isEmpty,
        ]
        let options = comparable.options.map { option -> [String: Any] in
            ["direction": option.direction.map { labels.direction($0, short: true) } ?? "", "text": format.inline(option.text) ?? ""]
        }
        entry["options"] = options
        entry["hasOptions"] = !options.isEmpty
        return entry
    }

    /// `Gekozen omdat: op uw verzoek; dezelfde technologie (Digital twin); gedeelde onderwerpen: verkeer, data.`
    func reasons(_ reasons: [ComparableSession.Reason]) -> String {
        let parts = reasons.map { reason -> String in
            switch reason {
            case .chosen: return labels["proposal_why_chosen"]
            case .technology(let name): return label("proposal_why_technology", ["technologie": name])
            case .labels(let words): return label("proposal_why_labels", ["labels": words.joined(separator: ", ")])
            }
        }
        return label("proposal_why", ["redenen": parts.joined(separator: "; ")])
    }

    private func provider() -> [String: Any] {
        let provider = proposal.provider
        // Every key is set, so that a missing one never picks up a value of the page around it.
        let website = provider.website ?? ""
        let href = website.hasPrefix("https://") || website.hasPrefix("http://") ? website
            : website.contains(":") || website.isEmpty ? "" : "https://\(website)"
        return [
            "name": provider.name.text(language),
            "chamberOfCommerce": provider.chamberOfCommerce ?? "", "hasChamberOfCommerce": provider.chamberOfCommerce != nil,
            "vatNumber": provider.vatNumber ?? "", "hasVatNumber": provider.vatNumber != nil,
            "contact": provider.contactName ?? "", "hasContact": provider.contactName != nil,
            "email": provider.email ?? "", "hasEmail": provider.email != nil,
            "phone": provider.phone ?? "", "hasPhone": provider.phone != nil,
            "website": website, "hasWebsite": !website.isEmpty, "websiteHref": href, "hasWebsiteHref": !href.isEmpty,
        ]
    }
}
