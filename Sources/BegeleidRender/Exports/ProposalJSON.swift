import BegeleidModel
import BegeleidProposals
import Foundation

/// `voorstel.json`: the proposal for an invoicing or CRM tool, from the same
/// `Proposal` (and the same names of meetings) as `voorstel.html` and
/// `voorstel.md`. Amounts are decimal strings in euros (`"1950.00"`), never
/// floating point. Schema: `Exports/voorstel.schema.json`; documented in docs/voorstellen.md.
struct ProposalJSON: Encodable {
    struct Meeting: Encodable {
        var number: Int
        /// `sessie`, `theorie`, `oefenen`, `delen`; from the offer's planning `intake`, `presentatie`, `nagesprek`, `terugkomgesprek`.
        var kind: String
        var title: String
        var date: String?
        var week: Int?
        var start: String?
        var end: String?
        var institution: String?
        var phase: String?
        /// For practice: `deelnemer 2` or a trainer, as in the text.
        var moderator: String?
        var coModerator: String?
    }

    struct Step: Encodable {
        /// The meeting's kind, or the step's `soort` in the offer (`intake`, `rapport`, …; `stap` when it gives none).
        var kind: String
        var title: String
        var date: String?
        var week: Int?
    }

    struct LineItem: Encodable {
        var description: String
        /// `voorstel`, `sessie`, `dagdeel`, `deelnemer`, `instelling`.
        var unit: String
        var quantity: Int
        var unitPrice: String
        var amount: String
    }

    struct Comparable: Encodable {
        var slug: String
        var title: String
        var reasons: String
    }

    var schemaVersion = 1
    var slug: String
    var reference: String
    var organisation: String
    var contact: String?
    var form: String
    var language: String
    var country: String
    var date: String?
    var validUntil: String?
    var validityDays: Int
    var participants: Int
    var meetings: [Meeting]
    var planning: [Step]
    var lineItems: [LineItem]
    var currency = "EUR"
    var subtotal: String
    var vatRate: String
    var vat: String
    var total: String
    var comparables: [Comparable]

    static let kinds: [BegeleidProposals.Meeting.Kind: String] = [.session: "sessie", .theory: "theorie", .practice: "oefenen", .sharing: "delen"]

    init(_ proposal: Proposal, context: ProposalContext, reference: String, reasons: (ComparableSession) -> String) {
        let profile = proposal.profile
        let week = { (planned: PlannedDate) -> (Int?, String?) in
            switch planned {
            case .date(let iso): return (nil, iso)
            case .week(let week): return (week, nil)
            }
        }
        let programme = (proposal.programme.first?.start.text, proposal.programme.last?.end.text)
        slug = profile.slug
        self.reference = reference
        organisation = profile.name
        contact = profile.contact?.name
        form = proposal.form.rawValue
        language = proposal.language.rawValue
        country = profile.country.rawValue
        self.date = profile.date
        validUntil = proposal.validUntil?.iso
        validityDays = proposal.validityDays
        participants = proposal.participantCount
        // Every meeting in date order: the form's own, and the offer's steps that are conversations (intake, presentation, …).
        let meetingEntries = proposal.planning.filter { $0.isMeeting || $0.kind?.isMeeting == true }
        meetings = meetingEntries.enumerated().map { index, entry in
            let planned = week(entry.date)
            guard entry.isMeeting, let meeting = entry.meeting else {
                return Meeting(number: index + 1, kind: entry.kind?.rawValue ?? "stap", title: context.planningText(entry),
                               date: planned.1, week: planned.0)
            }
            let timed = meeting.kind == .session || meeting.kind == .theory
            let practice = meeting.practice
            return Meeting(
                number: index + 1, kind: Self.kinds[meeting.kind]!, title: context.name(of: meeting, withInstitution: false),
                date: planned.1, week: planned.0,
                start: timed ? programme.0 : nil, end: timed ? programme.1 : nil, institution: meeting.institution,
                phase: meeting.phase.map(\.rawValue),
                moderator: practice.map { _ in context.role(practice?.moderator) },
                coModerator: practice.map { _ in context.role(practice?.coModerator) })
        }
        planning = proposal.planning.map { entry in
            let planned = week(entry.date)
            let kind = entry.isMeeting ? entry.meeting.map { Self.kinds[$0.kind]! } ?? "stap" : entry.kind?.rawValue ?? "stap"
            return Step(kind: kind, title: context.planningText(entry), date: planned.1, week: planned.0)
        }
        let investment = proposal.investment
        lineItems = investment.lines.map {
            LineItem(description: $0.title, unit: Self.unitWords[$0.unit]!, quantity: $0.quantity,
                     unitPrice: Money.decimalString($0.unitPrice), amount: Money.decimalString($0.amount))
        }
        subtotal = Money.decimalString(investment.subtotal)
        vatRate = NSDecimalNumber(decimal: investment.vatPercentage).description(withLocale: Locale(identifier: "en_US_POSIX"))
        vat = Money.decimalString(investment.vat)
        total = Money.decimalString(investment.total)
        comparables = proposal.comparables.map {
            Comparable(slug: $0.session.slug, title: $0.session.meta.title, reasons: reasons($0))
        }
    }

    static let unitWords: [CostItem.Unit: String] = [
        .proposal: "voorstel", .session: "sessie", .halfDay: "dagdeel", .participant: "deelnemer", .institution: "instelling",
    ]

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
