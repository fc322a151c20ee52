import BegeleidModel

/// Hover on a value: its explanation, whether it is core or parked, how many
/// effects and options name it; on an actor: its description and mentions.
/// Only what the report publishes (Waarden and Actoren are public sections).
enum HoverFeature {
    static func hover(_ server: LanguageServer, _ params: TextDocumentPositionParams) throws -> JSON {
        let (_, analysis) = try server.analysis(of: params.textDocument.uri)
        let occurrences = Occurrences(analysis: analysis)
        guard let session = analysis.session, let target = occurrences.target(at: params.position) else { return .null }
        let counts = occurrences.counts(of: target)
        let range = occurrences.places(of: target).first { $0.range.contains(params.position) }?.range
        var lines: [String] = []
        switch target {
        case .value(let id):
            guard let value = session.values.first(where: { $0.id == id }) else { return .null }
            let status: String
            switch value.status {
            case .core: status = "kernwaarde / core value"
            case .parked: status = "geparkeerd / parked"
            case .regular: status = "waarde / value"
            }
            lines.append("**\(value.name)** — \(status)")
            if let explanation = value.explanation?.markdown, !explanation.isEmpty { lines.append(explanation) }
            lines.append("Genoemd in \(counts.effects) effect(en) en \(counts.options) handelingsoptie(s) / "
                + "named by \(counts.effects) effect(s) and \(counts.options) option(s)")
        case .actor(let id):
            guard let actor = session.actors.first(where: { $0.id == id }) else { return .null }
            lines.append("**\(actor.name)** — actor `@\(actor.id)`")
            if let description = actor.description?.markdown, !description.isEmpty { lines.append(description) }
            lines.append("Genoemd in \(counts.effects) effect(en) en \(counts.options) handelingsoptie(s) / "
                + "mentioned in \(counts.effects) effect(s) and \(counts.options) option(s)")
        }
        return JSON.from(Hover(contents: MarkupContent(value: lines.joined(separator: "\n\n")), range: range))
    }
}
