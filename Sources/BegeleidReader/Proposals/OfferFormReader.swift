import BegeleidModel
import Foundation
import Yams

/// Reads one form of the offer (`vormen: sessie: …`), checking what that
/// form needs: a series its phases, a training its theory and practice.
enum OfferFormReader {
    static func read(_ node: Node, form: ProposalForm, key: String, reader: inout ValueReader) -> OfferForm? {
        let place = LocalizedText(nl: "de vorm “\(key)”", en: "the form “\(key)”")
        let entries = reader.entries(of: node, key: key, as: FormKey.self, place: place)
        guard case .mapping = node else { return nil }
        var required: [FormKey] = [.title, .programme, .costs]
        switch form {
        case .session: break
        case .series: required += [.phases]
        case .training: required += [.theory, .practice]
        }
        reader.requireKeys(required, in: entries, at: node, place: place)
        var result = OfferForm(title: LocalizedText(nl: form.rawValue, en: form.rawValue))
        for entry in entries {
            let (value, key) = (entry.value, entry.spelling)
            switch entry.key {
            case .title: result.title = reader.localized(value, key: key) ?? result.title
            case .description: result.description = reader.localized(value, key: key)
            case .lead: result.lead = reader.localized(value, key: key)
            case .participants: result.defaultParticipants = reader.integer(value, key: key, in: 1...500) ?? result.defaultParticipants
            case .programme: result.programme = programme(value, key: key, reader: &reader)
            case .preparation: result.preparation = reader.localizedList(value, key: key)
            case .followUp: result.followUp = reader.localizedList(value, key: key)
            case .planning: result.planning = planning(value, key: key, reader: &reader)
            case .firstMeeting: result.firstMeetingWeek = reader.integer(value, key: key, in: 0...104) ?? result.firstMeetingWeek
            case .interval: result.intervalWeeks = reader.integer(value, key: key, in: 0...52) ?? result.intervalWeeks
            case .costs: result.costs = costs(value, key: key, reader: &reader)
            case .phases: result.phasePurposes = phases(value, key: key, reader: &reader)
            case .theory: result.theory = OfferReader.titledList(value, key: key, reader: &reader)
            case .practice: result.practice = OfferReader.titledList(value, key: key, reader: &reader)
            case .sharing: result.sharing = OfferReader.titled(value, key: key, reader: &reader)
            case .practiceRota:
                result.practiceRota = reader.choice(
                    value, key: key, Choices.rotas, dutch: ["rondgang", "apart"], english: ["round", "separate"]) ?? .round
            }
        }
        return result
    }

    private static func programme(_ node: Node, key: String, reader: inout ValueReader) -> [ProgrammePart] {
        let place = LocalizedText(nl: "een onderdeel van “\(key)”", en: "a part of “\(key)”")
        var parts: [ProgrammePart] = []
        for item in reader.items(node, key: key) {
            let entries = reader.entries(of: item, key: key, as: ProgrammeKey.self, place: place)
            reader.requireKeys([.part, .minutes], in: entries, at: item, place: place)
            var title: LocalizedText?
            var minutes: Int?
            for entry in entries {
                switch entry.key {
                case .part: title = reader.localized(entry.value, key: entry.spelling)
                case .minutes: minutes = reader.integer(entry.value, key: entry.spelling, in: 1...480)
                }
            }
            if let title, let minutes { parts.append(ProgrammePart(title: title, minutes: minutes)) }
        }
        return parts
    }

    private static func planning(_ node: Node, key: String, reader: inout ValueReader) -> [PlanningStep] {
        let place = LocalizedText(nl: "een stap van “\(key)”", en: "a step of “\(key)”")
        var steps: [PlanningStep] = []
        for item in reader.items(node, key: key) {
            let entries = reader.entries(of: item, key: key, as: PlanningKey.self, place: place)
            reader.requireKeys([.step, .weeks], in: entries, at: item, place: place)
            var title: LocalizedText?
            var weeks: Int?
            var anchor = PlanningStep.Anchor.proposal
            var kind = PlanningStep.Kind.step
            for entry in entries {
                switch entry.key {
                case .step: title = reader.localized(entry.value, key: entry.spelling)
                case .weeks: weeks = reader.integer(entry.value, key: entry.spelling, in: 0...104)
                case .anchor:
                    anchor = reader.choice(
                        entry.value, key: entry.spelling, Choices.anchors,
                        dutch: ["voorstel", "elke bijeenkomst", "laatste bijeenkomst"],
                        english: ["proposal", "each meeting", "last meeting"]) ?? anchor
                case .kind:
                    kind = reader.choice(
                        entry.value, key: entry.spelling, Choices.stepKinds,
                        dutch: ["intake", "presentatie", "nagesprek", "terugkomgesprek", "rapport", "stap"],
                        english: ["intake", "presentation", "debrief", "follow-up", "report", "step"]) ?? kind
                }
            }
            if let title, let weeks { steps.append(PlanningStep(title: title, weeks: weeks, anchor: anchor, kind: kind)) }
        }
        return steps
    }

    private static func costs(_ node: Node, key: String, reader: inout ValueReader) -> [CostItem] {
        let place = LocalizedText(nl: "een post van “\(key)”", en: "an item of “\(key)”")
        var items: [CostItem] = []
        for item in reader.items(node, key: key) {
            let entries = reader.entries(of: item, key: key, as: CostKey.self, place: place)
            reader.requireKeys([.item, .price, .unit], in: entries, at: item, place: place)
            var title: LocalizedText?
            var price: Decimal?
            var unit: CostItem.Unit?
            for entry in entries {
                switch entry.key {
                case .item: title = reader.localized(entry.value, key: entry.spelling)
                case .price: price = reader.amount(entry.value, key: entry.spelling)
                case .unit:
                    unit = reader.choice(
                        entry.value, key: entry.spelling, Choices.units,
                        dutch: ["voorstel", "sessie", "dagdeel", "deelnemer", "instelling"],
                        english: ["proposal", "session", "half-day", "participant", "institution"])
                }
            }
            if let title, let price, let unit { items.append(CostItem(title: title, price: price, unit: unit)) }
        }
        return items
    }

    private static func phases(_ node: Node, key: String, reader: inout ValueReader) -> [Phase: LocalizedText] {
        guard case .mapping(let mapping) = node else {
            reader.malformed(node, key: key, expected: LocalizedText(
                nl: "per fase (voorafgaand, tijdens, na) een tekst", en: "a text per phase (before, during, after)"))
            return [:]
        }
        var purposes: [Phase: LocalizedText] = [:]
        for (keyNode, value) in mapping {
            guard let phase = reader.choice(
                keyNode, key: key, Choices.phases, dutch: ["voorafgaand", "tijdens", "na"], english: ["before", "during", "after"])
            else { continue }
            purposes[phase] = reader.localized(value, key: keyNode.string ?? key)
        }
        let missing = Phase.allCases.filter { purposes[$0] == nil }
        if !missing.isEmpty {
            let dutch = ["voorafgaand", "tijdens", "na"]
            let english = ["before", "during", "after"]
            let index = missing.map { Phase.allCases.firstIndex(of: $0)! }
            reader.diagnostics.append(Diagnostic(
                .error, .offerPhaseMissing, path: reader.document.path, at: reader.document.location(of: node),
                LocalizedText(
                    nl: "“\(key)” zegt niet waarvoor een sessie dient in de fase \(index.map { dutch[$0] }.joined(separator: ", "))",
                    en: "“\(key)” does not say what a session is for in the phase \(index.map { english[$0] }.joined(separator: ", "))")))
        }
        return purposes
    }
}
