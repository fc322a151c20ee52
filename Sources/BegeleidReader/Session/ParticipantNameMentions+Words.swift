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
}
