import BegeleidModel

/// The outline: each `##` section with its actors, effects, values or options.
/// A private or unknown section shows only as “Notities” or “privé / private”,
/// never its own heading or anything under it.
enum SymbolFeature {
    static func symbols(_ server: LanguageServer, _ params: FoldingFeature.FoldingParams) throws -> JSON {
        let (_, analysis) = try server.analysis(of: params.textDocument.uri)
        guard let session = analysis.session else { return .array([]) }
        let index = analysis.index
        let symbols = analysis.sectionSpans.map { span -> DocumentSymbol in
            let heading = span.section.heading
            let range = Range(start: index.position(heading.location),
                              end: index.lineRange(analysis.lastFilledLine(in: span.lines)).end)
            let selection = index.lineRange(heading.location.line)
            guard let kind = span.section.kind, kind != .notes else {
                let name = span.section.kind == .notes ? "Notities" : "privé / private"
                return DocumentSymbol(name: name, detail: nil, kind: 2, range: range, selectionRange: selection, children: nil)
            }
            let inside = { (location: SourceLocation) in span.lines.contains(location.line) && !analysis.isPrivate(line: location.line) }
            var children: [DocumentSymbol] = []
            let child = { (name: String, location: SourceLocation, kind: Int, detail: String?) in
                DocumentSymbol(name: name, detail: detail, kind: kind, range: index.lineRange(location.line),
                               selectionRange: index.range(location, columns: 0), children: nil)
            }
            switch kind {
            case .actors:
                children = session.actors.filter { inside($0.location) }.map { child($0.name, $0.location, 5, "@" + $0.id) }
            case .values:
                children = session.values.filter { $0.isListed && inside($0.location) }.map {
                    child($0.name, $0.location, 13, $0.status == .regular ? nil : $0.status == .core ? "kern / core" : "geparkeerd / parked")
                }
            case .effects:
                children = session.effects.filter { inside($0.location) }.map {
                    child(short($0.text.markdown), $0.location, 24, $0.polarity.map { $0 == .positive ? "+" : "−" })
                }
            case .options:
                children = session.options.filter { inside($0.location) }.map {
                    child(short($0.text.markdown), $0.location, 12, $0.heading)
                }
            default:
                break
            }
            return DocumentSymbol(name: heading.title, detail: nil, kind: 2, range: range, selectionRange: selection,
                                  children: children.isEmpty ? nil : children)
        }
        return JSON.from(symbols)
    }

    /// An item's text cut to fit an outline.
    private static func short(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let name = line.count > 60 ? String(line.prefix(59)) + "…" : line
        return name.isEmpty ? "…" : name
    }
}
