import Foundation

/// What is offered to organisations, read from `Input/aanbod.yaml`: each
/// form's programme, preparation, follow-up, planning and prices. Consultants
/// change it without touching code. Every text is in Dutch and English.
public struct Offer: Sendable, Equatable {
    public var path: String
    public var provider: Provider
    /// VAT as a percentage (`21` for 21 %).
    public var vatPercentage: Decimal
    /// Days a proposal stays valid after its date.
    public var validityDays: Int
    /// When a session starts unless the profile says otherwise.
    public var startTime: ClockTime
    /// The approach in its three phases.
    public var approach: [TitledText]
    /// Who to invite to a session, as shares of the participants.
    public var invitees: [InviteeGroup]
    public var forms: [ProposalForm: OfferForm]
    /// Terms: payment, conditions, cancellation.
    public var terms: [LocalizedText] = []

    public init(
        path: String, provider: Provider = Provider(), vatPercentage: Decimal = 21, validityDays: Int = 60,
        startTime: ClockTime = ClockTime(minutes: 13 * 60), approach: [TitledText] = [],
        invitees: [InviteeGroup] = [], forms: [ProposalForm: OfferForm] = [:]
    ) {
        self.path = path
        self.provider = provider
        self.vatPercentage = vatPercentage
        self.validityDays = validityDays
        self.startTime = startTime
        self.approach = approach
        self.invitees = invitees
        self.forms = forms
    }
}

/// Who makes the offer and how to reach them.
public struct Provider: Sendable, Equatable {
    public var name: LocalizedText
    public var contactName: String?
    public var email: String?
    public var phone: String?
    public var website: String?
    /// Chamber of Commerce number (KvK).
    public var chamberOfCommerce: String?
    public var vatNumber: String?

    public init(
        name: LocalizedText = LocalizedText(nl: "", en: ""), contactName: String? = nil, email: String? = nil,
        phone: String? = nil, website: String? = nil, chamberOfCommerce: String? = nil, vatNumber: String? = nil
    ) {
        self.chamberOfCommerce = chamberOfCommerce
        self.vatNumber = vatNumber
        self.name = name
        self.contactName = contactName
        self.email = email
        self.phone = phone
        self.website = website
    }
}

/// A heading with its text, both in two languages.
public struct TitledText: Sendable, Equatable {
    public var title: LocalizedText
    public var text: LocalizedText?

    public init(title: LocalizedText, text: LocalizedText? = nil) {
        self.title = title
        self.text = text
    }
}

/// A group to invite (citizens, professionals, …) and its share in percent.
public struct InviteeGroup: Sendable, Equatable {
    public var name: LocalizedText
    public var share: Int
    public var description: LocalizedText?

    public init(name: LocalizedText, share: Int, description: LocalizedText? = nil) {
        self.name = name
        self.share = share
        self.description = description
    }
}

/// One form of the offer (`sessie`, `reeks`, `training`).
public struct OfferForm: Sendable, Equatable {
    public var title: LocalizedText
    public var description: LocalizedText?
    /// Who leads: moderator and co-moderator.
    public var lead: LocalizedText?
    /// Participants per session (or people trained) when the profile does not say.
    public var defaultParticipants: Int
    /// The parts of a session (for a training: of a half-day), in order.
    public var programme: [ProgrammePart]
    public var preparation: [LocalizedText]
    public var followUp: [LocalizedText]
    public var planning: [PlanningStep]
    /// Weeks from the proposal date to the first meeting.
    public var firstMeetingWeek: Int
    /// Weeks between meetings (sessions of a series, half-days of a training).
    public var intervalWeeks: Int
    public var costs: [CostItem]
    /// For a series: what a session in each phase of the implementation is for.
    public var phasePurposes: [Phase: LocalizedText]
    /// For a training: the half-days of theory.
    public var theory: [TitledText]
    /// For a training: the practice, first as co-moderator, then as moderator.
    public var practice: [TitledText]
    /// For a joint training: how the institutions share their results.
    public var sharing: TitledText?
    /// For a training: who takes which role in a practice session.
    public var practiceRota: PracticeRota = .round

    public init(
        title: LocalizedText, description: LocalizedText? = nil, lead: LocalizedText? = nil,
        defaultParticipants: Int = 15, programme: [ProgrammePart] = [], preparation: [LocalizedText] = [],
        followUp: [LocalizedText] = [], planning: [PlanningStep] = [], firstMeetingWeek: Int = 4,
        intervalWeeks: Int = 2, costs: [CostItem] = [], phasePurposes: [Phase: LocalizedText] = [:],
        theory: [TitledText] = [], practice: [TitledText] = [], sharing: TitledText? = nil
    ) {
        self.title = title
        self.description = description
        self.lead = lead
        self.defaultParticipants = defaultParticipants
        self.programme = programme
        self.preparation = preparation
        self.followUp = followUp
        self.planning = planning
        self.firstMeetingWeek = firstMeetingWeek
        self.intervalWeeks = intervalWeeks
        self.costs = costs
        self.phasePurposes = phasePurposes
        self.theory = theory
        self.practice = practice
        self.sharing = sharing
    }
}

extension OfferForm {
    /// When the programme ends if it starts at `start`.
    public func programmeEnd(from start: ClockTime) -> ClockTime {
        start.adding(minutes: programme.reduce(0) { $0 + $1.minutes })
    }
}

/// How a training's practice sessions share out the roles (`oefenrooster`).
public enum PracticeRota: String, Sendable, Equatable, CaseIterable {
    /// Each practice session gives one trainee the moderator role and another
    /// the co-moderator role, in turn: as many sessions per institution as it
    /// has trainees (two for a single trainee, a trainer taking the other role).
    case round = "rondgang"
    /// Each trainee practises each role in a session of their own, a trainer
    /// taking the other role: two sessions per trainee.
    case separate = "apart"
}

/// A part of the programme and how long it takes.
public struct ProgrammePart: Sendable, Equatable {
    public var title: LocalizedText
    public var minutes: Int

    public init(title: LocalizedText, minutes: Int) {
        self.title = title
        self.minutes = minutes
    }
}

/// A step in the planning, counted in weeks from the proposal date, from
/// each meeting, or from the last meeting.
public struct PlanningStep: Sendable, Equatable {
    public enum Anchor: String, Sendable, Equatable, CaseIterable {
        case proposal, eachMeeting, lastMeeting
    }

    /// What a step is (`soort`): a conversation with the client is a meeting in `voorstel.json`.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case intake, presentation = "presentatie", debrief = "nagesprek", followUp = "terugkomgesprek"
        case report = "rapport", step = "stap"

        /// Intake, presentation, debrief and follow-up conversation: meetings with the client.
        public var isMeeting: Bool { self != .report && self != .step }
    }

    public var title: LocalizedText
    public var weeks: Int
    public var anchor: Anchor
    public var kind: Kind

    public init(title: LocalizedText, weeks: Int, anchor: Anchor = .proposal, kind: Kind = .step) {
        self.title = title
        self.weeks = weeks
        self.anchor = anchor
        self.kind = kind
    }
}

/// A priced line of the investment: a price per unit.
public struct CostItem: Sendable, Equatable {
    /// What a price is counted per.
    public enum Unit: String, Sendable, Equatable, CaseIterable {
        /// Once for the whole proposal.
        case proposal
        /// Per session (a series: each; a training: each practice session).
        case session
        /// Per half-day of theory.
        case halfDay
        /// Per participant (a training: per person trained).
        case participant
        /// Per institution (a joint training: the organisation and each partner).
        case institution
    }

    public var title: LocalizedText
    public var price: Decimal
    public var unit: Unit

    public init(title: LocalizedText, price: Decimal, unit: Unit) {
        self.title = title
        self.price = price
        self.unit = unit
    }
}
