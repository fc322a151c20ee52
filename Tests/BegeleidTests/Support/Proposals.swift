import BegeleidChecks
import BegeleidModel
import BegeleidReader

/// A valid profile and a valid offer for tests to vary, and a way to read
/// and check both from memory as `begeleid` would.
enum Proposals {
    static let profile = """
        naam: Gemeente Epe
        soort: gemeente
        contact:
          naam: Joost Smit
          email: j.smit@epe.example.nl
        technologieen:
          - naam: Slimme lantaarnpalen
            beschrijving: Lantaarnpalen die dimmen als er niemand is.
            fase: voorafgaand
        vorm: reeks
        sessies: 3
        deelnemers: 12
        taal: nl
        datum: 2026-03-02
        aanvang: "13:30"

        """

    static let offer = """
        aanbieder:
          naam: Bureau Dialoog
          email: info@dialoog.example.nl
        btw: 21
        geldigheid: 30
        aanvang: "13:00"
        aanpak:
          - titel: {nl: De casus, en: The case}
            tekst: {nl: Wat doet de technologie?, en: What does the technology do?}
        samenstelling:
          - groep: {nl: Burgers, en: Citizens}
            aandeel: 50
          - groep: Professionals
            aandeel: 50
        vormen:
          sessie:
            titel: {nl: één sessie, en: one session}
            programma:
              - onderdeel: {nl: Welkom, en: Welcome}
                minuten: 15
              - onderdeel: {nl: Dialoog, en: Dialogue}
                minuten: 90
            kosten:
              - post: {nl: Sessie, en: Session}
                prijs: 1000
                per: sessie
          reeks:
            titel: {nl: een reeks, en: a series}
            eerste bijeenkomst: 4
            tussenpoos: 10
            programma:
              - onderdeel: {nl: Dialoog, en: Dialogue}
                minuten: 120
            fasen:
              voorafgaand: {nl: Vooraf verkennen, en: Explore beforehand}
              tijdens: {nl: Bijsturen, en: Adjust}
              na: {nl: Terugkijken, en: Look back}
            kosten:
              - post: {nl: Sessie, en: Session}
                prijs: 1000,50
                per: sessie
          training:
            titel: training
            programma: [{onderdeel: Theorie, minuten: 180}]
            theorie: [Dag 1, Dag 2]
            praktijk: [Co-moderator, Moderator]
            delen: Terugkomdag
            kosten:
              - post: Dagdeel
                prijs: 800
                per: dagdeel

        """

    static let profilePath = "Input/organisaties/gemeente-epe.yaml"
    static let offerPath = "Input/aanbod.yaml"

    static func readOffer(_ text: String) -> OfferReader.Output {
        OfferReader.read(bytes: Array(text.utf8), path: offerPath)
    }

    /// The findings for a profile (read and checked against `offer`), and the offer's own.
    static func findings(
        profile: String, offer: String = Proposals.offer, sessions: [Session]? = nil, today: String? = nil
    ) -> (profile: [Diagnostic], offer: [Diagnostic]) {
        let offerOutput = readOffer(offer)
        let output = ProfileReader.read(bytes: Array(profile.utf8), path: profilePath, slug: "gemeente-epe")
        var diagnostics = output.diagnostics
        if let read = output.profile {
            diagnostics += ProfileChecker.check(read, offer: offerOutput.offer, sessions: sessions, today: today)
        }
        return (diagnostics, offerOutput.diagnostics)
    }

    static func read(profile: String = Proposals.profile, offer: String = Proposals.offer) -> (OrganisationProfile, Offer)? {
        guard let profile = ProfileReader.read(bytes: Array(profile.utf8), path: profilePath, slug: "gemeente-epe").profile,
              let offer = readOffer(offer).offer else { return nil }
        return (profile, offer)
    }
}
