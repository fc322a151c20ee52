import BegeleidModel

/// The offer's text of a form names a part of the day (`een middag`, `an evening`) that the profile's `aanvang` is not
/// in: the proposal said “één begeleide sessie van een middag” above a programme from 09:30 (blind tester 37). The
/// programme's part is that of its start: before 12:00 the morning, before 17:00 the afternoon, then the evening.
struct ProgrammeDayPartRule: ProfileRule {
    let code: DiagnosticCode = .programmeDayPart

    enum DayPart: CaseIterable {
        case morning, afternoon, evening

        /// The words that name it, Dutch and English, each a whole word of the text.
        var words: Set<String> {
            switch self {
            case .morning: ["ochtend", "ochtenden", "morgens", "ochtends", "morning", "mornings"]
            case .afternoon: ["middag", "middagen", "middags", "afternoon", "afternoons"]
            case .evening: ["avond", "avonden", "avonds", "evening", "evenings"]
            }
        }

        var name: LocalizedText {
            switch self {
            case .morning: LocalizedText(nl: "een ochtend", en: "a morning")
            case .afternoon: LocalizedText(nl: "een middag", en: "an afternoon")
            case .evening: LocalizedText(nl: "een avond", en: "an evening")
            }
        }

        init(start: ClockTime) {
            self = start.minutes < 12 * 60 ? .morning : start.minutes < 17 * 60 ? .afternoon : .evening
        }
    }

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard let start = profile.startTime, let offer, let form = offer.forms[profile.effectiveForm] else { return }
        let texts = [form.title, form.description, form.lead].compactMap { $0 }.flatMap { [$0.dutch, $0.english] }
        let words = Set(texts.flatMap { $0.lowercased().split { !$0.isLetter }.map(String.init) })
        let named = DayPart.allCases.filter { !$0.words.isDisjoint(with: words) }
        let actual = DayPart(start: start)
        guard let said = named.first, !named.contains(actual) else { return }
        let (dutch, english) = (profile.effectiveForm.rawValue, profile.effectiveForm.english)
        diagnostics.append(finding(
            .warning, profile, at: "aanvang",
            nl: "het aanbod beschrijft de vorm “\(dutch)” als \(said.name.dutch), maar het programma begint om \(start.text) (\(actual.name.dutch)); pas de “aanvang” aan, of de tekst van de vorm in het aanbod",
            en: "the offer describes the form “\(english)” as \(said.name.english), but the programme starts at \(start.text) (\(actual.name.english)); change the “start”, or the form's text in the offer"))
    }
}
