import BegeleidModel
import BegeleidMustache
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

    func make() -> ContextObject {
        let name = profile.name
        let inSentence = OrganisationName.inSentence(profile)
        let atStart = OrganisationName.capitalised(inSentence)
        var context: ContextObject = [
            "lang": .string(language.rawValue),
            "labels": labels.dictionary,
            "slug": .string(profile.slug),
            "organisation": .string(name),
            "title": .string(label("proposal_heading", ["organisatie": name])),
            "pageTitle": .string("\(label("proposal_heading", ["organisatie": name])) · \(labels["approach"])"),
            "date": .string(profile.date.map(labels.longDate) ?? labels["proposal_undated"]),
            "isoDate": .string(profile.date ?? ""),
            "isDated": .bool(profile.date != nil),
            "reference": .string(reference),
            "salutation": .string(salutation),
            "intro": .string(label("proposal_intro", ["organisatie": inSentence])),
            "reasonIntro": .string(label(profile.technologies.isEmpty ? "proposal_reason_none" : "proposal_reason_intro", ["organisatie": atStart])),
            "formTitle": .string(proposal.title),
            "isSession": .bool(proposal.form == .session),
            "isSeries": .bool(proposal.form == .series),
            "isTraining": .bool(proposal.form == .training),
            "programmeTitle": .string(labels[proposal.form == .training ? "proposal_programme_training" : "proposal_programme_session"]),
            "planningIntro": .string(profile.date == nil ? labels["proposal_planning_intro_weeks"]
                : label("proposal_planning_intro_dated", ["land": labels["country_\(profile.country.rawValue)"]])),
            "validity": .string(validity),
        ]
        context["contactName"] = .optional(profile.contact?.name)
        context["contactEmail"] = .optional(profile.contact?.email)
        context["validUntil"] = .optional(proposal.validUntil.map(when))
        if case .date(let iso) = proposal.validUntil { context["validUntilISO"] = .string(iso) }
        context["description"] = .optional(proposal.description)
        context["lead"] = .optional(proposal.lead)
        context.setList(profile.technologies.map { technology -> ContextObject in
            ["name": .string(technology.name), "description": .string(technology.description ?? ""),
             "hasDescription": .bool(technology.description != nil),
             "phase": .string(technology.phase.map(labels.phase) ?? ""), "hasPhase": .bool(technology.phase != nil)]
        }, "technologies")
        context.setList(proposal.approach.enumerated().map {
            ["number": .int($0.offset + 1), "title": .string($0.element.title), "text": .string($0.element.text ?? ""),
             "hasText": .bool($0.element.text != nil)]
        }, "approach")
        addMeetings(to: &context)
        addProgramme(to: &context)
        addInvitees(to: &context)
        addTraining(to: &context)
        context.setList(proposal.preparation.map { ["text": .string($0)] }, "preparation")
        context.setList(proposal.followUp.map { ["text": .string($0)] }, "followUp")
        context.setList(proposal.planning.map {
            ["when": .string(when($0.date)), "step": .string(planningText($0)), "isMeeting": .bool($0.isMeeting)]
        }, "planning")
        context["investment"] = .object(investment())
        context.setList(proposal.comparables.map(comparable), "comparables")
        context["provider"] = .object(provider())
        context.setList(proposal.terms.map { ["text": .string($0)] }, "terms")
        context["acceptance"] = .string(label("proposal_acceptance_text", ["organisatie": atStart, "kenmerk": reference]))
        context["footer"] = .string("\(label("proposal_heading", ["organisatie": name])) · \(labels["proposal_reference"]) \(reference)")
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

    private func addMeetings(to context: inout ContextObject) {
        var previousPhase: Phase?
        let rows = proposal.meetings.map { meeting -> ContextObject in
            // A second session in the same phase follows up the first rather than repeat its purpose.
            let followsUp = meeting.kind == .session && meeting.phase != nil && meeting.phase == previousPhase
            previousPhase = meeting.phase
            let purpose = followsUp ? labels["proposal_continued"] : meeting.purpose
            return [
                "number": .int(meeting.number), "title": .string(name(of: meeting, withInstitution: false)),
                "label": .string(name(of: meeting)), "purpose": .string(purpose ?? ""), "hasPurpose": .bool(purpose != nil),
                "phase": .string(meeting.phase.map(labels.phase) ?? ""), "hasPhase": .bool(meeting.phase != nil),
                "institution": .string(meeting.institution ?? ""), "hasInstitution": .bool(meeting.institution != nil),
                "when": .string(when(meeting.date)),
            ]
        }
        context.setList(rows, "meetings")
        context.setList(rows.enumerated().filter { proposal.meetings[$0.offset].kind == .theory }.map(\.element), "theory")
        context["firstMeeting"] = rows.first.map(MustacheValue.object)
        context.setList(([profile.name] + profile.partners).map { ["name": .string($0)] }, "institutions")
        // After the list, whose `hasInstitutions` would be true for the organisation alone.
        context["hasInstitutions"] = .bool(proposal.form == .training && !profile.partners.isEmpty)
        if let sharing = proposal.sharing {
            let meeting = proposal.meetings.first { $0.kind == .sharing }
            context["sharing"] = [
                "title": .string(sharing.title), "text": .string(sharing.text ?? ""), "hasText": .bool(sharing.text != nil),
                "when": .string(meeting.map { when($0.date) } ?? ""), "hasWhen": .bool(meeting != nil),
            ]
        }
    }

    private func addProgramme(to context: inout ContextObject) {
        let rows: [ContextObject] = proposal.programme.map {
            ["start": .string($0.start.text), "end": .string($0.end.text), "title": .string($0.title), "minutes": .string("\($0.minutes)")]
        }
        context.setList(rows, "programme")
        guard let first = proposal.programme.first, let last = proposal.programme.last else { return }
        let total = last.end.minutes - first.start.minutes
        context["programmeCaption"] = .string(label("proposal_programme_caption", ["begin": first.start.text, "einde": last.end.text]))
        let hours = total / 60 > 0 ? "\(total / 60) \(labels["hours"])" : ""
        let minutes = total % 60 > 0 ? "\(total % 60) \(labels["minutes_short"])" : ""
        context["programmeDuration"] = .string([hours, minutes].filter { !$0.isEmpty }.joined(separator: " "))
    }

    private func addInvitees(to context: inout ContextObject) {
        let count = "\(proposal.participantCount)"
        let row = { (invitation: Invitation) -> ContextObject in
            ["group": .string(invitation.group), "count": .int(invitation.count),
             "description": .string(invitation.description ?? ""), "hasDescription": .bool(invitation.description != nil)]
        }
        context.setList(proposal.invitees.map(row), "invitees")
        context.setList(proposal.trainees.map(row), "trainees")
        context["inviteesIntro"] = .string(label("proposal_invitees_intro", ["n": count]))
        let one = proposal.participantCount == 1 ? "_one" : ""
        context["traineesIntro"] = .string(label("proposal_trainees_intro\(one)", ["n": count]))
        context["participantCount"] = .string(count)
    }

    private func investment() -> ContextObject {
        let investment = proposal.investment
        let money = { (amount: Decimal) in Money.format(amount, language) }
        let units: [CostItem.Unit: String] = [
            .proposal: "unit_proposal", .session: "unit_session", .halfDay: "unit_half_day",
            // (In a training a participant is one trained: the English text says trainee throughout, blind tester 37.)
            .participant: proposal.form == .training ? "unit_trainee" : "unit_participant", .institution: "unit_institution",
        ]
        return [
            "lines": .objects(investment.lines.map { line -> ContextObject in
                ["title": .string(line.title), "quantity": .string(label(units[line.unit]!, ["n": "\(line.quantity)"])),
                 "unitPrice": .string(money(line.unitPrice)), "amount": .string(money(line.amount))]
            }),
            "subtotal": .string(money(investment.subtotal)),
            "vatLabel": .string(label("proposal_vat", ["n": Money.formatPercentage(investment.vatPercentage, language)])),
            "vat": .string(money(investment.vat)),
            "total": .string(money(investment.total)),
        ]
    }

    private func comparable(_ comparable: ComparableSession) -> ContextObject {
        let meta = comparable.session.meta
        var entry: ContextObject = [
            "why": .string(reasons(comparable.reasons)),
            "title": .string(meta.title),
            "organisations": .string(meta.organisations.joined(separator: ", ")),
            "technology": .string(meta.technology),
            "date": .string(labels.longDate(meta.date)),
            "isoDate": .string(meta.date),
            "coreValues": .string(comparable.coreValues.joined(separator: ", ")),
            "lang": .string(meta.language.rawValue),
            "otherLanguage": .bool(meta.language != language),
            "languageNote": .string(labels["proposal_written_in_\(meta.language.rawValue)"]),
            "hasCoreValues": .bool(!comparable.coreValues.isEmpty),
        ]
        let options = comparable.options.map { option -> ContextObject in
            ["direction": .string(option.direction.map { labels.direction($0, short: true) } ?? ""),
             "text": .string(format.inline(option.text) ?? "")]
        }
        entry["options"] = .objects(options)
        entry["hasOptions"] = .bool(!options.isEmpty)
        return entry
    }

    /// `Gekozen omdat: het sluit aan bij uw vraag; dezelfde technologie (Digital twin); gedeelde onderwerpen: verkeer, data.`
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

    private func provider() -> ContextObject {
        let provider = proposal.provider
        // Every key is set, so that a missing one never picks up a value of the page around it.
        let website = provider.website ?? ""
        let href = website.hasPrefix("https://") || website.hasPrefix("http://") ? website
            : website.contains(":") || website.isEmpty ? "" : "https://\(website)"
        return [
            "name": .string(provider.name.text(language)),
            "chamberOfCommerce": .string(provider.chamberOfCommerce ?? ""), "hasChamberOfCommerce": .bool(provider.chamberOfCommerce != nil),
            "vatNumber": .string(provider.vatNumber ?? ""), "hasVatNumber": .bool(provider.vatNumber != nil),
            "contact": .string(provider.contactName ?? ""), "hasContact": .bool(provider.contactName != nil),
            "email": .string(provider.email ?? ""), "hasEmail": .bool(provider.email != nil),
            "phone": .string(provider.phone ?? ""), "hasPhone": .bool(provider.phone != nil),
            "website": .string(website), "hasWebsite": .bool(!website.isEmpty), "websiteHref": .string(href),
            "hasWebsiteHref": .bool(!href.isEmpty),
        ]
    }
}
