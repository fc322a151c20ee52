import BegeleidModel
import Foundation
import Yams

/// Reads the offer (`Input/aanbod.yaml`): each form's programme, planning and
/// prices, every text in Dutch and English, with located findings.
public enum OfferReader {
    public struct Output: Sendable {
        /// Nil when the file cannot be used at all; proposals then wait for a fix.
        public var offer: Offer?
        public var diagnostics: [Diagnostic]
    }

    static let place = LocalizedText(nl: "het aanbod", en: "the offer")

    public static func read(path: String, policy: InputPolicy = .standard) -> Output {
        switch InputFile.bytes(at: path, policy: policy) {
        case .success(let bytes): return read(bytes: bytes, path: path)
        case .failure(let diagnostic): return Output(offer: nil, diagnostics: [diagnostic])
        }
    }

    public static func read(bytes: [UInt8], path: String) -> Output {
        let notMapping = LocalizedText(
            nl: "het aanbod bestaat uit regels `sleutel: waarde` (aanbieder, btw, geldigheid, aanpak, samenstelling, vormen)",
            en: "the offer consists of `key: value` lines (provider, vat, validity, approach, invitees, forms)")
        let (document, root): (YAMLDocument, Node)
        switch YAMLFile.rootMapping(bytes, path: path, place: place, notMapping: (code: .offerNotMapping, message: notMapping)) {
        case .success(let read): (document, root) = read
        case .failure(let diagnostic): return Output(offer: nil, diagnostics: [diagnostic])
        }
        var reader = ValueReader(document: document)
        var offer = Offer(path: path)
        let entries = reader.entries(of: root, key: "", as: OfferKey.self, place: place)
        reader.requireKeys([.provider, .vat, .validity, .approach, .invitees, .forms], in: entries, at: root, place: place)
        for entry in entries {
            let (node, key) = (entry.value, entry.spelling)
            switch entry.key {
            case .provider: offer.provider = provider(node, key: key, reader: &reader)
            case .vat: offer.vatPercentage = reader.percentage(node, key: key) ?? offer.vatPercentage
            case .validity: offer.validityDays = reader.integer(node, key: key, in: 1...365) ?? offer.validityDays
            case .startTime: offer.startTime = reader.clockTime(node, key: key) ?? offer.startTime
            case .approach: offer.approach = titledList(node, key: key, reader: &reader)
            case .invitees: offer.invitees = invitees(node, key: key, reader: &reader)
            case .forms: offer.forms = forms(node, key: key, reader: &reader)
            case .terms: offer.terms = reader.localizedList(node, key: key)
            }
        }
        return Output(offer: offer, diagnostics: reader.diagnostics)
    }

    private static func provider(_ node: Node, key: String, reader: inout ValueReader) -> Provider {
        var provider = Provider()
        let place = LocalizedText(nl: "“\(key)”", en: "“\(key)”")
        let entries = reader.entries(of: node, key: key, as: ProviderKey.self, place: place)
        reader.requireKeys([.name], in: entries, at: node, place: place)
        for entry in entries {
            switch entry.key {
            case .name: provider.name = reader.localized(entry.value, key: entry.spelling) ?? provider.name
            case .contact: provider.contactName = reader.text(entry.value, key: entry.spelling)
            case .email: provider.email = reader.text(entry.value, key: entry.spelling)
            case .phone: provider.phone = reader.text(entry.value, key: entry.spelling)
            case .website: provider.website = reader.text(entry.value, key: entry.spelling)
            case .chamberOfCommerce: provider.chamberOfCommerce = reader.text(entry.value, key: entry.spelling)
            case .vatNumber: provider.vatNumber = reader.text(entry.value, key: entry.spelling)
            }
        }
        return provider
    }

    /// A list of entries with `titel` and `tekst`; a plain text is a title alone.
    static func titledList(_ node: Node, key: String, reader: inout ValueReader) -> [TitledText] {
        reader.items(node, key: key).compactMap { titled($0, key: key, reader: &reader) }
    }

    static func titled(_ node: Node, key: String, reader: inout ValueReader) -> TitledText? {
        guard case .mapping = node, !isLanguageMap(node) else {
            return reader.localized(node, key: key).map { TitledText(title: $0) }
        }
        let place = LocalizedText(nl: "“\(key)”", en: "“\(key)”")
        let entries = reader.entries(of: node, key: key, as: TitledKey.self, place: place)
        reader.requireKeys([.title], in: entries, at: node, place: place)
        var title: LocalizedText?
        var text: LocalizedText?
        for entry in entries {
            switch entry.key {
            case .title: title = reader.localized(entry.value, key: entry.spelling)
            case .text: text = reader.localized(entry.value, key: entry.spelling)
            }
        }
        return title.map { TitledText(title: $0, text: text) }
    }

    /// A mapping that is a text in two languages (`nl:`/`en:`) rather than an entry.
    static func isLanguageMap(_ node: Node) -> Bool {
        guard case .mapping(let mapping) = node else { return false }
        return mapping.keys.allSatisfy { LanguageKey(spelling: $0.string ?? "") != nil }
    }

    private static func invitees(_ node: Node, key: String, reader: inout ValueReader) -> [InviteeGroup] {
        var groups: [InviteeGroup] = []
        var incomplete = false
        let place = LocalizedText(nl: "een groep van “\(key)”", en: "a group of “\(key)”")
        for item in reader.items(node, key: key) {
            let entries = reader.entries(of: item, key: key, as: InviteeKey.self, place: place)
            reader.requireKeys([.group, .share], in: entries, at: item, place: place)
            var name: LocalizedText?
            var share: Int?
            var description: LocalizedText?
            for entry in entries {
                switch entry.key {
                case .group: name = reader.localized(entry.value, key: entry.spelling)
                case .share: share = reader.integer(entry.value, key: entry.spelling, in: 0...100)
                case .description: description = reader.localized(entry.value, key: entry.spelling)
                }
            }
            if let name, let share { groups.append(InviteeGroup(name: name, share: share, description: description)) } else { incomplete = true }
        }
        let total = groups.reduce(0) { $0 + $1.share }
        if !groups.isEmpty, !incomplete, total != 100 {
            reader.diagnostics.append(Diagnostic(
                .error, .inviteeShares, path: reader.document.path, at: reader.document.location(of: node),
                LocalizedText(
                    nl: "de aandelen in “\(key)” tellen op tot \(total) in plaats van 100",
                    en: "the shares in “\(key)” add up to \(total) instead of 100")))
        }
        return groups
    }

    private static func forms(_ node: Node, key: String, reader: inout ValueReader) -> [ProposalForm: OfferForm] {
        guard case .mapping(let mapping) = node else {
            reader.malformed(node, key: key, expected: LocalizedText(
                nl: "een lijst van vormen (sessie, reeks, training)", en: "a map of forms (session, series, training)"))
            return [:]
        }
        var forms: [ProposalForm: OfferForm] = [:]
        for (keyNode, value) in mapping {
            guard let form = reader.choice(
                keyNode, key: key, Choices.forms, dutch: ProposalForm.allCases.map(\.rawValue), english: ProposalForm.allCases.map(\.english))
            else { continue }
            if forms[form] != nil {
                reader.diagnostics.append(Diagnostic(
                    .error, .keyDuplicate, path: reader.document.path, at: reader.document.location(of: keyNode),
                    LocalizedText(nl: "de vorm “\(form.rawValue)” staat er twee keer", en: "the form “\(form.rawValue)” is given twice")))
                continue
            }
            if let read = OfferFormReader.read(value, form: form, key: keyNode.string ?? form.rawValue, reader: &reader) {
                forms[form] = read
            }
        }
        if mapping.isEmpty {
            reader.diagnostics.append(Diagnostic(
                .error, .offerNoForms, path: reader.document.path, at: reader.document.location(of: node),
                LocalizedText(nl: "het aanbod beschrijft geen enkele vorm (sessie, reeks, training)",
                              en: "the offer describes no form (session, series, training)")))
        }
        return forms
    }
}
