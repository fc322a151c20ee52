extension ParticipantNameMentions {
    /// The words around a name that are not the name itself, one list each: the forms of a name (`writtenForms`,
    /// `surnames`, `variants`) and the search (`Folded.Names`) take them from here.
    enum Words {
        /// Titles before a name, lower case, without their full stop.
        static let titles: Set<String> = ["dr", "mr", "drs", "ir", "ing", "prof", "dhr", "mevr", "mw", "ds"]

        /// The titles the text may also write without a full stop before a surname (`dhr Jansen`); the others are
        /// words too often (`ing`, `ir`) or rare.
        private static let titlesWithoutStop: Set<String> = ["dr", "mr", "prof", "dhr", "mevr", "mw"]

        /// Degrees after a name, lower case, without full stops.
        static let degrees: Set<String> = ["mba", "msc", "bsc", "ma", "ba", "phd", "llm", "mpa", "llb", "emba"]

        /// A title of address written out, and back: `dhr. Veldkamp` is “de heer Veldkamp” or “meneer Veldkamp”.
        static let spokenTitles: [(short: [String], long: [String])] = [
            (["dhr.", "dhr"], ["de heer", "meneer"]), (["mevr.", "mevr", "mw.", "mw"], ["mevrouw"]),
        ]

        /// Words of address before a surname that are no title of `titles` (`de heer` by its last word).
        private static let addressWords = ["heer", "meneer", "mijnheer", "mevrouw", "mrs", "ms", "mister", "wethouder", "burgemeester"]

        /// Every word of address before a surname, lower case: `titles` with their full stop (some also without),
        /// and `addressWords` with or without one.
        static let address: Set<String> = Set(titles.map { $0 + "." } + titlesWithoutStop + addressWords + addressWords.map { $0 + "." })

        /// Words that make a run of capitalised words an organisation's name, not a person's, lower case.
        static let organisationWords: Set<String> = [
            "gemeente", "provincie", "ministerie", "waterschap", "rijkswaterstaat", "politie", "stichting", "universiteit", "hogeschool",
            "bureau", "raad", "dienst", "college", "team", "afdeling", "directie", "programma", "project", "vereniging", "omgevingsdienst",
            "veiligheidsregio", "autoriteit", "inspectie", "kamer", "rijksoverheid", "overheid", "bv", "b.v.", "nv", "groep", "centrum",
            "municipality", "province", "ministry", "university", "council", "department", "agency", "city", "county", "office",
        ]

        /// Words of a role or an office, written with a capital in a title (`Functionaris Gegevensbescherming`, `Wethouder
        /// Mobiliteit`, `Privacy Officer`: blind tester 36, each taken for a name), lower case; also as a word's end
        /// (`Projectleider`, `Beleidsadviseur`).
        static let roleWords = [
            "functionaris", "wethouder", "burgemeester", "gedeputeerde", "minister", "staatssecretaris", "raadslid", "griffier",
            "medewerker", "leider", "manager", "adviseur", "voorzitter", "secretaris", "directeur", "coördinator", "coordinator",
            "officer", "specialist", "hoofd", "lid", "ambtenaar", "bewoner", "inwoner", "agent", "inspecteur", "consulent",
            "analist", "architect", "ontwikkelaar", "onderzoeker", "jurist", "ethicus", "moderator", "vertegenwoordiger",
            "eigenaar", "beheerder", "deskundige", "expert", "gegevensbescherming", "publiekszaken", "privacy", "protection",
            "security", "informatiebeveiliging", "data", "stad", "mobiliteit", "cliëntenraad", "ondernemingsraad", "toezicht",
            "handhaving", "beleid", "communicatie", "ict", "zorg", "welzijn", "veiligheid", "controller", "director", "head",
            "lead", "chair", "member", "advisor", "adviser", "consultant", "engineer", "scientist", "representative", "resident",
        ]

        /// Whether `word` is, or ends in, one of `roleWords`.
        static func isRoleWord(_ word: String) -> Bool {
            let lower = word.lowercased()
            return roleWords.contains { lower == $0 || (lower.count > $0.count + 2 && lower.hasSuffix($0)) }
        }

        /// Dutch particles and how notes shorten them.
        static let particleShortenings: [(long: String, short: [String])] = [
            ("van der", ["v.d.", "v. d.", "vd", "v/d"]), ("van den", ["v.d.", "v. d.", "vd", "v/d"]), ("van de", ["v.d.", "v. d.", "vd", "v/d"]),
            ("van 't", ["van t", "v/t"]), ("van \u{2019}t", ["van t", "v/t"]),
        ]

        /// The words a Dutch or other surname may begin with, lower case: the particles, and their short forms of one word.
        static let particles: Set<String> = Set(
            ["van", "de", "der", "den", "het", "'t", "’t", "ter", "ten", "te", "el", "al", "von", "du", "da", "le", "la", "di", "del", "d'", "v."]
                + particleShortenings.flatMap(\.short).filter { !$0.contains(" ") })
    }

    /// The runs of two words or more in `text` that each begin with a capital and go on in small letters, particles
    /// between them (`Kees Kwakman`, `Jan de Vries` in `gast (Jan de Vries)`): how a person's name is written, where a
    /// role is written in small letters (`bewoner`, `wethouder`). Acronyms (`GGD Twente`) are no such word, and a run
    /// with a word of `organisationWords` names an organisation (`ambtenaar Gemeente Epe`).
    static func capitalisedRuns(in text: String) -> [String] {
        let words = text.split { $0.isWhitespace || ",;()[]/:".contains($0) }.map(String.init)
        var runs: [String] = [], run: [String] = []
        func close() {
            while let last = run.last, Words.particles.contains(last.lowercased()) { run.removeLast() }
            if run.filter({ !Words.particles.contains($0.lowercased()) }).count >= 2,
               !run.contains(where: { Words.organisationWords.contains($0.lowercased()) || Words.isRoleWord($0) }) {
                runs.append(run.joined(separator: " "))
            }
            run = []
        }
        for word in words {
            let letters = word.filter(\.isLetter)
            let capitalised = letters.count >= 2 && letters.first!.isUppercase && letters.dropFirst().contains(where: \.isLowercase)
            if capitalised || (!run.isEmpty && Words.particles.contains(word.lowercased())) { run.append(word) } else { close() }
        }
        close()
        return runs
    }
}
