/// Find references: every effect and option naming the value or actor at the
/// position (its declaration too when the client asks).
enum ReferencesFeature {
    static func references(_ server: LanguageServer, _ params: ReferenceParams) throws -> JSON {
        let (document, analysis) = try server.analysis(of: params.textDocument.uri)
        let occurrences = Occurrences(analysis: analysis)
        guard let target = occurrences.target(at: params.position) else { return .array([]) }
        let declarations = params.context?.includeDeclaration ?? true
        let places = occurrences.places(of: target).filter { declarations || !$0.isDeclaration }
        return JSON.from(places.map { Location(uri: document.uri, range: $0.range) })
    }
}
