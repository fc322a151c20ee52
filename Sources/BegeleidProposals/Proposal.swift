import BegeleidModel
import Foundation

/// A proposal for one organisation, fully worked out: texts in the profile's
/// language, meetings dated, programme timed, invitations counted, the
/// investment added up, comparable earlier sessions chosen. The writers only
/// format it.
public struct Proposal: Sendable {
    public var profile: OrganisationProfile
    public var language: Language
    public var form: ProposalForm
    public var title: String
    public var description: String?
    public var lead: String?
    /// The approach in its three phases.
    public var approach: [(title: String, text: String?)]
    public var meetings: [Meeting]
    /// The programme of a session (for a training: of a half-day of theory).
    public var programme: [ProgrammeSlot]
    /// Who to invite to a session, sized to the participants.
    public var invitees: [Invitation]
    /// For a training: the people trained per institution.
    public var trainees: [Invitation]
    /// For a training: who practises which role in which practice session.
    public var training: TrainingPlan?
    /// For a training: the offer's description of each role, co-moderator first.
    public var roles: [(title: String, text: String?)]
    public var participantCount: Int
    public var preparation: [String]
    public var followUp: [String]
    public var planning: [PlanningEntry]
    public var investment: Investment
    public var comparables: [ComparableSession]
    /// For a joint training: how the institutions share their results.
    public var sharing: (title: String, text: String?)?
    public var validUntil: PlannedDate?
    public var validityDays: Int
    public var provider: Provider
    /// Terms of the offer, in the proposal's language.
    public var terms: [String]
}

/// A meeting of the proposed form: a session, a half-day of theory, a practice session.
public struct Meeting: Sendable {
    public enum Kind: String, Sendable {
        case session, theory, practice, sharing
    }

    public var number: Int
    public var kind: Kind
    /// The offer's name for a half-day or practice step; nil for a session
    /// (the writer names it "Sessie 2" in the proposal's language).
    public var title: String?
    /// What the meeting is for.
    public var purpose: String?
    /// For a series: the phase of the implementation it falls in.
    public var phase: Phase?
    /// For a joint training's practice: the institution where it takes place.
    public var institution: String?
    /// Weeks after the proposal's date, as the offer plans it (before holidays move it).
    public var week: Int
    public var date: PlannedDate
    /// For a training's practice session: the roles in it.
    public var practice: TrainingPlan.Practice?
}

/// One part of the programme with its clock times.
public struct ProgrammeSlot: Sendable {
    public var start: ClockTime
    public var end: ClockTime
    public var title: String
    public var minutes: Int
}

/// A group and how many of it to invite.
public struct Invitation: Sendable {
    public var group: String
    public var count: Int
    public var description: String?
}

/// A dated line of the planning: a meeting, or a step of the offer (which
/// may follow a meeting, like a report).
public struct PlanningEntry: Sendable {
    public var date: PlannedDate
    /// The offer's step; nil when the line is the meeting itself.
    public var step: String?
    /// The meeting, or the meeting the step follows.
    public var meeting: Meeting?
    /// The offer's kind of step (nil for a meeting's own line).
    public var kind: PlanningStep.Kind? = nil

    public var isMeeting: Bool { step == nil }
}

/// The investment, itemised.
public struct Investment: Sendable {
    public struct Line: Sendable {
        public var title: String
        public var unit: CostItem.Unit
        public var quantity: Int
        public var unitPrice: Decimal
        public var amount: Decimal
    }

    public var lines: [Line]
    public var subtotal: Decimal
    public var vatPercentage: Decimal
    public var vat: Decimal
    public var total: Decimal

    /// Prices times quantities, added exactly; VAT over the subtotal, rounded to cents.
    public init(_ items: [(item: CostItem, title: String, quantity: Int)], vatPercentage: Decimal) {
        lines = items.filter { $0.quantity > 0 }.map {
            Line(title: $0.title, unit: $0.item.unit, quantity: $0.quantity, unitPrice: $0.item.price,
                 amount: Money.cents($0.item.price * Decimal($0.quantity)))
        }
        subtotal = lines.reduce(Decimal(0)) { $0 + $1.amount }
        self.vatPercentage = vatPercentage
        vat = Money.percentage(vatPercentage, of: subtotal)
        total = subtotal + vat
    }
}

/// An earlier public session worth citing, with what it found.
public struct ComparableSession: Sendable {
    /// Why a session is cited.
    public enum Reason: Sendable, Equatable {
        /// The profile names it under `vergelijkbaar`.
        case chosen
        /// It is about the same technology (the session's technology).
        case technology(String)
        /// It shares these labels with the profile.
        case labels([String])
    }

    public var session: Session
    public var reasons: [Reason]
    public var coreValues: [String]
    /// At most one option per direction, in direction order.
    public var options: [Option]
}
