import Foundation
import BegeleidModel

/// Rename a value or an actor everywhere in the file: the declaration gets the
/// new name, a value's references the new name, an actor's `@` mentions its new slug.
enum RenameFeature {
    static func rename(_ server: LanguageServer, _ params: RenameParams) throws -> JSON {
        let (document, analysis) = try server.analysis(of: params.textDocument.uri)
        let occurrences = Occurrences(analysis: analysis)
        let name = params.newName.trimmingCharacters(in: .whitespaces)
        guard let target = occurrences.target(at: params.position) else {
            throw ResponseError(.requestFailed, "hier staat geen waarde of actor / no value or actor here")
        }
        guard !name.isEmpty, !name.contains(where: { $0.isNewline || $0 == "," || $0 == "@" || $0 == ":" }),
              !Names.slug(name).isEmpty else {
            throw ResponseError(.invalidParams, "geen bruikbare naam / not a usable name: zonder komma, @, dubbele punt of regeleinde")
        }
        let edits = occurrences.places(of: target).map { place in
            TextEdit(range: place.range, newText: place.isMention ? "@" + Names.slug(name) : name)
        }
        return JSON.from(WorkspaceEdit(changes: [document.uri: edits]))
    }
}
