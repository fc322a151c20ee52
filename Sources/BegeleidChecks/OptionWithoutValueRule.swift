import BegeleidModel

/// An option should say which values it secures.
struct OptionWithoutValueRule: Rule {
    let code: DiagnosticCode = .optionWithoutValue

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for option in session.options where option.values.isEmpty {
            diagnostics.append(finding(
                .warning, session, at: option.location,
                nl: "deze handelingsoptie noemt geen waarde; schrijf “→ waarde” erachter",
                en: "this option names no value; write “→ value” after it"))
        }
    }
}
