import BegeleidModel
import BegeleidMustache
import Foundation

/// `algoritmeregister.json`: what a public, definitive session contributes to
/// an entry of the Dutch government's Algoritmeregister, in the field names of
/// its publication standard 1.0.0 (docs/algoritmeregister.md): the session as
/// an impact assessment (`impacttoetsen_grouping`: title and link to the public
/// report) and a draft of the considerations (`proportionality`, "Afwegingen")
/// from the core values, the main negative effects and the priority options.
public struct RegisterEntry: Codable, Sendable, Equatable {
    /// Its file beside the report.
    public static let fileName = "algoritmeregister.json"

    public static let standardVersion = "1.0.0"
    /// The standard's length limits for the fields written here.
    public static let limits = (proportionality: 2500, link: 500)
    /// How many effects and options the draft names at most.
    static let listed = 5

    public struct ImpactAssessment: Codable, Sendable, Equatable {
        public var title: String
        public var link: String
    }

    public var standardVersion: String
    public var lang: String
    public var impacttoetsenGrouping: [ImpactAssessment]
    public var proportionality: String

    enum CodingKeys: String, CodingKey {
        case standardVersion = "standard_version", lang, impacttoetsenGrouping = "impacttoetsen_grouping", proportionality
    }

    /// `reportURL`: where the public report will be (`--public-url` and the report's path), or the path alone.
    public init(_ input: Session, reportURL: String) {
        let session = input.publishable()
        standardVersion = Self.standardVersion
        lang = "nld"
        impacttoetsenGrouping = [ImpactAssessment(
            title: String("Aanpak Begeleidingsethiek: \(session.meta.title)".prefix(200)), link: String(reportURL.prefix(Self.limits.link)))]
        proportionality = Self.considerations(session)
    }

    /// The draft "Afwegingen", in the register's HTML subset (`p`, `ul`, `li`), within its length limit.
    static func considerations(_ session: Session) -> String {
        let core = session.values.filter { $0.status == .core }
        let coreIDs = Set(core.map(\.id))
        let touchesCore = { (refs: [Reference]) in refs.contains { $0.target.map(coreIDs.contains) ?? false } }
        let negative = session.effects.filter { $0.polarity == .negative }
        let effects = negative.filter { touchesCore($0.values) } + negative.filter { !touchesCore($0.values) }
        let priority = session.options.filter(\.isPriority)
        let options = priority.isEmpty ? session.options.filter { touchesCore($0.values) } : priority
        let meta = session.meta
        var intro = "In een sessie volgens de Aanpak Begeleidingsethiek op \(meta.date) wogen betrokkenen de gevolgen van "
            + "\(DataExports.plain(RichText(meta.technology))) af"
        intro += core.isEmpty ? "." : ". De kernwaarden waren: \(core.map(\.name).joined(separator: ", "))."
        // Each text escaped once, not once for every number of items tried.
        func list(_ heading: String, _ items: [String], limit: Int) -> String {
            guard !items.isEmpty, limit > 0 else { return "" }
            return "<p>\(escape(heading))</p><ul>" + items.prefix(limit).map { "<li>\($0)</li>" }.joined() + "</ul>"
        }
        let effectTexts = effects.map { escape(DataExports.plain($0.text)) }
        let optionTexts = options.map { escape(DataExports.plain($0.text)) }
        let introduction = "<p>\(escape(intro))</p>"
        // Fewer items until it fits; then each item shortened.
        for limit in stride(from: listed, through: 0, by: -1) {
            let text = introduction
                + list("De belangrijkste zorgen (negatieve effecten):", effectTexts, limit: limit)
                + list(priority.isEmpty ? "Handelingsopties voor de kernwaarden:" : "Handelingsopties met prioriteit:", optionTexts, limit: limit)
            if text.count <= Self.limits.proportionality { return text }
        }
        return String(introduction.prefix(Self.limits.proportionality - 4)) + "</p>"
    }

    /// `&`, `<` and `>` as entities, byte by byte (so also where a mark joins one to another character).
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        Escaping.append(text, to: &out) { byte in
            switch byte {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            default: return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    public func encoded() throws -> Data {
        try SessionDocument.stableJSON(self)
    }
}
