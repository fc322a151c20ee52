/// Folding ranges: the front matter and each `##` section (heading to its last filled line).
enum FoldingFeature {
    static func ranges(_ server: LanguageServer, _ params: FoldingParams) throws -> JSON {
        let (_, analysis) = try server.analysis(of: params.textDocument.uri)
        var ranges: [FoldingRange] = []
        if let body = analysis.session?.outline.bodyStart.line, body > 2, analysis.index.line(1).hasPrefix("---") {
            ranges.append(FoldingRange(startLine: 0, endLine: body - 2, kind: "region"))
        }
        for span in analysis.sectionSpans {
            let last = analysis.lastFilledLine(in: span.lines)
            if last > span.lines.lowerBound { ranges.append(FoldingRange(startLine: span.lines.lowerBound - 1, endLine: last - 1, kind: "region")) }
        }
        return JSON.from(ranges)
    }

    struct FoldingParams: Codable {
        var textDocument: TextDocumentIdentifier
    }
}
