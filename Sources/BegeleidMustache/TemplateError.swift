import BegeleidModel

/// A template that cannot be used: what is wrong and where (1-based line and column).
public struct TemplateError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `{{/x}}` closes a section that is not the one open.
        case sectionCloseNameIncorrect
        /// A tag without its closing delimiter, or a name with characters a name cannot have.
        case unfinishedName
        /// A section that is never closed.
        case expectedSectionEnd
        case invalidSetDelimiter
        case invalidConfigVariable
        /// Sections nested more than `TemplateParser.maximumDepth` deep.
        case nestedTooDeep
        /// A Mustache construct this renderer does not support (named), e.g. template inheritance.
        case unsupported(String)
    }

    public var kind: Kind
    public var line: Int
    public var column: Int

    /// The message for the user, with the place.
    public var message: LocalizedText {
        let place = LocalizedText(nl: "regel \(line), kolom \(column)", en: "line \(line), column \(column)")
        let what: LocalizedText
        switch kind {
        case .sectionCloseNameIncorrect:
            what = LocalizedText(nl: "de sluittag hoort niet bij de open sectie", en: "the closing tag does not match the open section")
        case .unfinishedName:
            what = LocalizedText(nl: "onvolledige tag of ongeldige naam", en: "unfinished tag or invalid name")
        case .expectedSectionEnd:
            what = LocalizedText(nl: "een sectie wordt niet gesloten", en: "a section is never closed")
        case .invalidSetDelimiter:
            what = LocalizedText(nl: "ongeldige {{=…=}}-tag", en: "invalid {{=…=}} tag")
        case .invalidConfigVariable:
            what = LocalizedText(nl: "ongeldige {{%…}}-tag (alleen CONTENT_TYPE: HTML, TEXT of MARKDOWN)",
                                 en: "invalid {{%…}} tag (only CONTENT_TYPE: HTML, TEXT or MARKDOWN)")
        case .nestedTooDeep:
            what = LocalizedText(nl: "secties meer dan \(TemplateParser.maximumDepth) diep genest",
                                 en: "sections nested more than \(TemplateParser.maximumDepth) deep")
        case .unsupported(let construct):
            what = LocalizedText(nl: "niet ondersteund in begeleid-sjablonen: \(construct)",
                                 en: "not supported in begeleid templates: \(construct)")
        }
        return LocalizedText(nl: "\(place.dutch): \(what.dutch)", en: "\(place.english): \(what.english)")
    }
}
