import BegeleidModel
import Foundation
import Yams

/// Reads an organisation profile (`Input/organisaties/<slug>.yaml`) into the
/// model, with a located finding for every key that is wrong. Rules that
/// weigh keys against each other live in BegeleidChecks.
public enum ProfileReader {
    public struct Output: Sendable {
        /// Nil when the file could not be read as YAML at all.
        public var profile: OrganisationProfile?
        public var diagnostics: [Diagnostic]
    }

    static let place = LocalizedText(nl: "het profiel", en: "the profile")

    public static func read(path: String, slug: String, policy: InputPolicy = .standard) -> Output {
        switch InputFile.bytes(at: path, policy: policy) {
        case .success(let bytes): return read(bytes: bytes, path: path, slug: slug)
        case .failure(let diagnostic): return Output(profile: nil, diagnostics: [diagnostic])
        }
    }

    public static func read(bytes: [UInt8], path: String, slug: String) -> Output {
        let notMapping = LocalizedText(
            nl: "een profiel bestaat uit regels `sleutel: waarde`, te beginnen met `naam: …`",
            en: "a profile consists of `key: value` lines, starting with `name: …`")
        let (document, root): (YAMLDocument, Node)
        switch YAMLFile.rootMapping(bytes, path: path, place: place, notMapping: (code: .profileNotMapping, message: notMapping)) {
        case .success(let read): (document, root) = read
        case .failure(let diagnostic): return Output(profile: nil, diagnostics: [diagnostic])
        }
        var reader = ValueReader(document: document)
        var profile = OrganisationProfile(slug: slug, path: path)
        for entry in reader.entries(of: root, key: "", as: ProfileKey.self, place: place) {
            profile.keyLocations[entry.key.rawValue] = entry.location
            apply(entry, to: &profile, reader: &reader)
        }
        if profile.name.isEmpty, profile.keyLocations[ProfileKey.name.rawValue] == nil {
            reader.diagnostics.append(Diagnostic(
                .error, .keyMissing, path: path, at: document.location(of: root),
                LocalizedText(
                    nl: "de verplichte sleutel “naam” ontbreekt: de naam van de organisatie",
                    en: "the required key “name” (or “naam”) is missing: the organisation's name")))
        }
        return Output(profile: profile, diagnostics: reader.diagnostics)
    }

    private static func apply(_ entry: ValueReader.Entry<ProfileKey>, to profile: inout OrganisationProfile, reader: inout ValueReader) {
        let (node, key) = (entry.value, entry.spelling)
        switch entry.key {
        case .name:
            profile.name = reader.text(node, key: key) ?? ""
            if profile.name.isEmpty {
                reader.diagnostics.append(Diagnostic(
                    .error, .keyMissing, path: reader.document.path, at: entry.location,
                    LocalizedText(nl: "“\(key)” is leeg: vul de naam van de organisatie in",
                                  en: "“\(key)” is empty: fill in the organisation's name")))
            }
        case .kind:
            profile.kind = reader.choice(node, key: key, Choices.kinds, dutch: Choices.kindsDutch, english: Choices.kindsEnglish)
        case .contact: profile.contact = contact(node, key: key, reader: &reader)
        case .technologies:
            reader.warnIfCommaList(node, key: key)
            profile.technologies = reader.items(node, key: key).compactMap { technology($0, key: key, reader: &reader) }
        case .form:
            profile.form = reader.choice(
                node, key: key, Choices.forms, dutch: ProposalForm.allCases.map(\.rawValue), english: ProposalForm.allCases.map(\.english))
        case .sessions: profile.sessionCount = reader.integer(node, key: key, in: 1...24)
        case .participants: profile.participantCount = reader.integer(node, key: key, in: 1...500)
        case .partners:
            reader.warnIfCommaList(node, key: key)
            profile.partners = reader.items(node, key: key).compactMap { reader.text($0, key: key) }
        case .language:
            profile.language = reader.choice(node, key: key, Choices.languages, dutch: ["nl", "en"], english: ["nl", "en"]) ?? .dutch
        case .date: profile.date = reader.date(node, key: key)
        case .startTime: profile.startTime = reader.clockTime(node, key: key)
        case .labels:
            reader.warnIfCommaList(node, key: key)
            profile.labels = reader.texts(node, key: key)
        case .nameInSentence: profile.nameInSentence = reader.text(node, key: key)
        case .country:
            profile.country = reader.choice(
                node, key: key, Choices.countries, dutch: ["nl", "be"], english: ["nl", "be"]) ?? .netherlands
        case .comparable:
            let slugs = sessionSlugs(node, key: key, into: &profile, reader: &reader)
            profile.comparables = slugs.count == 1 && ["geen", "none"].contains(slugs[0].lowercased()) ? [] : slugs
        case .notComparable: profile.notComparable = sessionSlugs(node, key: key, into: &profile, reader: &reader)
        }
    }

    /// A slug or a list of them, each with where it was written.
    private static func sessionSlugs(
        _ node: Node, key: String, into profile: inout OrganisationProfile, reader: inout ValueReader
    ) -> [String] {
        let nodes = reader.items(node, key: key)
        var slugs: [String] = []
        for item in nodes {
            guard let slug = reader.text(item, key: key) else { continue }
            profile.slugLocations[slug] = profile.slugLocations[slug] ?? reader.document.location(of: item)
            slugs.append(slug)
        }
        return slugs
    }

    private static func contact(_ node: Node, key: String, reader: inout ValueReader) -> Contact? {
        if case .scalar = node { return reader.text(node, key: key).map { Contact(name: $0) } }
        if case .sequence = node {
            reader.malformed(node, key: key, expected: LocalizedText(
                nl: "een naam, of “naam:” en “email:” eronder (geen lijst)", en: "a name, or “name:” and “email:” below it (not a list)"))
            return nil
        }
        var contact = Contact()
        let place = LocalizedText(nl: "“\(key)”", en: "“\(key)”")
        for entry in reader.entries(of: node, key: key, as: ContactKey.self, place: place) {
            switch entry.key {
            case .name: contact.name = reader.text(entry.value, key: entry.spelling)
            case .salutation: contact.salutation = reader.text(entry.value, key: entry.spelling)
            case .email:
                guard let email = reader.text(entry.value, key: entry.spelling) else { continue }
                if isEmail(email) {
                    contact.email = email
                } else {
                    reader.malformed(entry.value, key: entry.spelling, expected: LocalizedText(
                        nl: "een e-mailadres zoals naam@gemeente.nl", en: "an e-mail address such as name@example.org"))
                }
            }
        }
        return contact.name == nil && contact.email == nil && contact.salutation == nil ? nil : contact
    }

    /// One `@`, something before it, a dot in the domain, no spaces.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }) else {
            return false
        }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }

    private static func technology(_ node: Node, key: String, reader: inout ValueReader) -> ProfileTechnology? {
        if case .scalar = node { return reader.text(node, key: key).map { ProfileTechnology(name: $0) } }
        var technology = ProfileTechnology(name: "")
        let place = LocalizedText(nl: "een technologie", en: "a technology")
        for entry in reader.entries(of: node, key: key, as: TechnologyKey.self, place: place) {
            switch entry.key {
            case .name: technology.name = reader.text(entry.value, key: entry.spelling) ?? ""
            case .description: technology.description = reader.text(entry.value, key: entry.spelling)
            case .phase:
                technology.phase = reader.choice(
                    entry.value, key: entry.spelling, Choices.phases,
                    dutch: ["voorafgaand", "tijdens", "na"], english: ["before", "during", "after"])
            }
        }
        guard case .mapping = node else { return nil }
        // An entry left entirely empty (as `begeleid new` writes it) is no technology yet.
        if technology.name.isEmpty, technology.description == nil, technology.phase == nil { return nil }
        if technology.name.isEmpty {
            reader.diagnostics.append(Diagnostic(
                .error, .technologyNameMissing, path: reader.document.path, at: reader.document.location(of: node),
                LocalizedText(nl: "deze technologie heeft geen “naam”", en: "this technology has no “name”")))
            return nil
        }
        return technology
    }
}
