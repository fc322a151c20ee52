/// Go to definition: from a value or actor named in an effect or option to
/// where `## Waarden` or `## Actoren` declares it.
enum DefinitionFeature {
    static func definition(_ server: LanguageServer, _ params: TextDocumentPositionParams) throws -> JSON {
        let (document, analysis) = try server.analysis(of: params.textDocument.uri)
        let occurrences = Occurrences(analysis: analysis)
        guard let target = occurrences.target(at: params.position),
              let declaration = occurrences.places(of: target).first(where: \.isDeclaration) else { return .null }
        return JSON.from([Location(uri: document.uri, range: declaration.range)])
    }
}
