import BegeleidModel

/// libyaml's problems and contexts (Yams passes them on in English) said in
/// Dutch as well, for the `yaml-syntax` message: a co-moderator working in
/// Dutch read “did not find expected key” in a Dutch sentence.
enum YAMLProblem {
    /// Every problem libyaml's scanner and parser report (scanner.c, parser.c) and Yams' composer's.
    static let dutch: [String: String] = [
        "block sequence entries are not allowed in this context": "een lijstitem (een regel die met - begint) mag hier niet staan",
        "could not find expected ':'": "de dubbele punt achter een sleutel ontbreekt",
        "could not find expected directive name": "na % ontbreekt de naam van de aanwijzing",
        "did not find URI escaped octet": "een %-teken in een tag wordt niet door twee hexadecimale cijfers gevolgd",
        "did not find expected ',' or ']'": "hier werd een komma of ] verwacht",
        "did not find expected ',' or '}'": "hier werd een komma of } verwacht",
        "did not find expected '!'": "hier werd een ! verwacht",
        "did not find expected '-' indicator": "hier werd een lijstitem (- ) verwacht",
        "did not find expected <document start>": "hier werd het begin van een document (---) verwacht",
        "did not find expected <stream-start>": "het begin van de tekst ontbreekt",
        "did not find expected alphabetic or numeric character": "hier werd een letter of cijfer verwacht",
        "did not find expected comment or line break": "hier werd het einde van de regel verwacht",
        "did not find expected digit or '.' character": "hier werd een cijfer of punt verwacht",
        "did not find expected hexdecimal number": "hier werd een hexadecimaal getal verwacht",
        "did not find expected key": "hier werd een sleutel verwacht (staat de regel even ver ingesprongen als de regels erboven?)",
        "did not find expected node content": "hier werd een waarde verwacht",
        "did not find expected tag URI": "hier werd de naam van een tag verwacht",
        "did not find expected version number": "hier werd een versienummer verwacht",
        "did not find expected whitespace": "hier werd een spatie verwacht",
        "did not find expected whitespace or line break": "hier werd een spatie of het einde van de regel verwacht",
        "did not find the expected '>'": "hier werd een > verwacht",
        "found a tab character that violates indentation": "een tab verstoort het inspringen; gebruik spaties",
        "found a tab character where an indentation space is expected": "een tab waar een spatie om in te springen hoort; gebruik spaties",
        "found an incorrect leading UTF-8 octet": "een ongeldig UTF-8-teken",
        "found an incorrect trailing UTF-8 octet": "een ongeldig UTF-8-teken",
        "found an indentation indicator equal to 0": "de inspringing van een tekstblok kan geen 0 zijn",
        "found character that cannot start any token": "met dit teken kan niets beginnen (een @ of ` aan het begin van een waarde? zet de waarde dan tussen aanhalingstekens)",
        "found duplicate %TAG directive": "een %TAG-aanwijzing staat er twee keer",
        "found duplicate %YAML directive": "een %YAML-aanwijzing staat er twee keer",
        "found extremely long version number": "een veel te lang versienummer",
        "found incompatible YAML document": "een YAML-versie die niet gelezen kan worden",
        "found invalid Unicode character escape code": "een ongeldige Unicode-code na een \\",
        "found undefined tag handle": "een onbekende tag",
        "found unexpected ':'": "een onverwachte dubbele punt",
        "found unexpected document indicator": "een onverwachte --- of ...",
        "found unexpected end of stream": "de tekst houdt op voordat dit is gesloten",
        "found unexpected non-alphabetical character": "een onverwacht teken (verwacht werd een letter)",
        "found unknown directive name": "een onbekende %-aanwijzing",
        "found unknown escape character": "een onbekende code na een \\ (bedoelde je een gewone \\? zet de tekst dan tussen enkele aanhalingstekens ')",
        "mapping keys are not allowed in this context": "een sleutel mag hier niet staan",
        "mapping values are not allowed in this context": "een dubbele punt met een waarde mag hier niet staan",
        "found undefined alias": "een verwijzing (*) naar iets wat nergens staat",
        "Maximum nesting level reached": "te diep genest",
    ]

    /// What was being read when the problem came (libyaml's context), as a phrase to follow “in”; not the
    /// block mapping or list it is part of (that is the whole front matter, begun on its first line).
    static let contexts: [String: LocalizedText] = {
        let quoted = LocalizedText(nl: "een tekst tussen aanhalingstekens", en: "a text in quotes")
        let plain = LocalizedText(nl: "een tekst", en: "a text")
        let key = LocalizedText(nl: "een sleutel", en: "a key")
        let block = LocalizedText(nl: "een tekstblok (| of >)", en: "a block of text (| or >)")
        let tag = LocalizedText(nl: "een tag (!)", en: "a tag (!)")
        let directive = LocalizedText(nl: "een %-aanwijzing", en: "a % directive")
        let value = LocalizedText(nl: "een waarde", en: "a value")
        return [
            "while scanning a quoted scalar": quoted, "while parsing a quoted scalar": quoted,
            "while scanning a plain scalar": plain, "while scanning a simple key": key,
            "while scanning a block scalar": block,
            "while scanning a tag": tag, "while parsing a tag": tag,
            "while scanning a directive": directive, "while scanning a %YAML directive": directive,
            "while scanning a %TAG directive": directive, "while parsing a %TAG directive": directive,
            "while scanning a tag directive": directive, "while parsing a tag directive": directive,
            "while scanning an alias": LocalizedText(nl: "een verwijzing (*)", en: "an alias (*)"),
            "while scanning an anchor": LocalizedText(nl: "een anker (&)", en: "an anchor (&)"),
            "while parsing a flow sequence": LocalizedText(nl: "een lijst tussen [ ]", en: "a list in [ ]"),
            "while parsing a flow mapping": LocalizedText(nl: "sleutels en waarden tussen { }", en: "keys and values in { }"),
            "while parsing a flow node": value,
        ]
    }()

    /// The problem in both languages; a problem this table does not know is quoted as libyaml gives it.
    static func text(_ problem: String) -> LocalizedText {
        // (Quoted without “”: the front matter that cannot be read is private, and what stands in “” on a private
        // line is redacted.)
        LocalizedText(nl: dutch[problem] ?? "\"\(problem)\"", en: problem)
    }

    /// “, in a text in quotes that begins on line 6”, for a context mark on another line than the problem's.
    static func context(_ context: String, line: Int) -> LocalizedText? {
        guard let phrase = contexts[context] else { return nil }
        return LocalizedText(nl: ", in \(phrase.dutch) die op regel \(line) begint", en: ", in \(phrase.english) that begins on line \(line)")
    }
}
