import BegeleidModel

/// The top-level keys of `Input/aanbod.yaml`.
enum OfferKey: String, SpelledKey {
    case provider = "aanbieder"
    case vat = "btw"
    case validity = "geldigheid"
    case startTime = "aanvang"
    case approach = "aanpak"
    case invitees = "samenstelling"
    case forms = "vormen"
    case terms = "voorwaarden"

    var aliases: [String] {
        switch self {
        case .provider: return ["provider"]
        case .vat: return ["vat", "btw-tarief", "vat rate"]
        case .validity: return ["validity", "geldig", "valid"]
        case .startTime: return ["begintijd", "start", "start time", "starttijd"]
        case .approach: return ["approach"]
        case .invitees: return ["invitees", "composition", "uitnodigen"]
        case .forms: return ["forms"]
        case .terms: return ["terms", "conditions", "betaling", "payment"]
        }
    }
}

/// Keys of `aanbieder`.
enum ProviderKey: String, SpelledKey {
    case name = "naam"
    case contact = "contactpersoon"
    case email = "email"
    case phone = "telefoon"
    case website = "website"
    case chamberOfCommerce = "kvk"
    case vatNumber = "btw-nummer"

    var aliases: [String] {
        switch self {
        case .chamberOfCommerce: return ["kvk-nummer", "chamber of commerce", "coc"]
        case .vatNumber: return ["btw nummer", "btw-id", "vat number", "vat id"]
        case .name: return ["name"]
        case .contact: return ["contact", "contact person"]
        case .email: return ["e-mail", "mail"]
        case .phone: return ["phone", "telephone"]
        case .website: return ["web", "site", "url"]
        }
    }
}

/// Keys of an entry with a heading and a text (`aanpak`, `theorie`, `praktijk`, `delen`).
enum TitledKey: String, SpelledKey {
    case title = "titel"
    case text = "tekst"

    var aliases: [String] {
        switch self {
        case .title: return ["title", "naam", "name"]
        case .text: return ["text", "omschrijving", "description"]
        }
    }
}

/// Keys of one group in `samenstelling`.
enum InviteeKey: String, SpelledKey {
    case group = "groep"
    case share = "aandeel"
    case description = "toelichting"

    var aliases: [String] {
        switch self {
        case .group: return ["group"]
        case .share: return ["share", "procent", "percent"]
        case .description: return ["description", "omschrijving"]
        }
    }
}

/// Keys of one form under `vormen`.
enum FormKey: String, SpelledKey {
    case title = "titel"
    case description = "omschrijving"
    case lead = "leiding"
    case participants = "deelnemers"
    case programme = "programma"
    case preparation = "voorbereiding"
    case followUp = "nazorg"
    case planning = "planning"
    case firstMeeting = "eerste bijeenkomst"
    case interval = "tussenpoos"
    case costs = "kosten"
    case phases = "fasen"
    case theory = "theorie"
    case practice = "praktijk"
    case sharing = "delen"
    case practiceRota = "oefenrooster"

    var aliases: [String] {
        switch self {
        case .practiceRota: return ["practice rota", "practice-rota", "rota", "rooster"]
        case .title: return ["title"]
        case .description: return ["description"]
        case .lead: return ["lead", "begeleiding"]
        case .participants: return ["participants"]
        case .programme: return ["programme", "program"]
        case .preparation: return ["preparation"]
        case .followUp: return ["follow-up", "vervolg", "follow up"]
        case .planning: return ["schedule"]
        case .firstMeeting: return ["eerste-bijeenkomst", "first meeting", "first-meeting"]
        case .interval: return ["interval", "weken tussen bijeenkomsten", "weeks between meetings"]
        case .costs: return ["costs", "prijzen", "prices"]
        case .phases: return ["phases"]
        case .theory: return ["theory"]
        case .practice: return ["practice"]
        case .sharing: return ["sharing", "resultaten delen", "sharing results"]
        }
    }
}

/// Keys of one part of a programme.
enum ProgrammeKey: String, SpelledKey {
    case part = "onderdeel"
    case minutes = "minuten"

    var aliases: [String] {
        switch self {
        case .part: return ["part", "titel", "title"]
        case .minutes: return ["minutes", "duur", "duration"]
        }
    }
}

/// Keys of one planning step.
enum PlanningKey: String, SpelledKey {
    case step = "stap"
    case weeks = "weken"
    case anchor = "vanaf"
    case kind = "soort"

    var aliases: [String] {
        switch self {
        case .step: return ["step", "titel", "title"]
        case .weeks: return ["weeks", "week"]
        case .anchor: return ["from", "na", "after"]
        case .kind: return ["kind", "type"]
        }
    }
}

/// Keys of one cost item.
enum CostKey: String, SpelledKey {
    case item = "post"
    case price = "prijs"
    case unit = "per"

    var aliases: [String] {
        switch self {
        case .item: return ["item", "omschrijving", "description"]
        case .price: return ["price", "bedrag", "amount"]
        case .unit: return []
        }
    }
}

extension Choices {
    static let anchors: [String: PlanningStep.Anchor] = [
        "voorstel": .proposal, "proposal": .proposal,
        "elke bijeenkomst": .eachMeeting, "each meeting": .eachMeeting,
        "laatste bijeenkomst": .lastMeeting, "last meeting": .lastMeeting,
    ]
    static let stepKinds: [String: PlanningStep.Kind] = [
        "intake": .intake, "presentatie": .presentation, "presentation": .presentation,
        "nagesprek": .debrief, "debrief": .debrief, "terugkomgesprek": .followUp, "follow-up": .followUp,
        "rapport": .report, "report": .report, "stap": .step, "step": .step,
    ]
    static let units: [String: CostItem.Unit] = [
        "voorstel": .proposal, "proposal": .proposal,
        "sessie": .session, "session": .session,
        "dagdeel": .halfDay, "half-day": .halfDay, "half day": .halfDay,
        "deelnemer": .participant, "participant": .participant,
        "instelling": .institution, "institution": .institution,
    ]
}
