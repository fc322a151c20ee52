import BegeleidModel
import BegeleidReader
import Foundation

/// Completion by what stands before the cursor: front-matter keys and their
/// values, `## ` sections, `### ` directions and polarities, values after an
/// arrow or a comma behind it, actors after `@` (their slug), statuses in
/// `## Opvolging` and, after a status, the earlier session's options. Names
/// come from the model only: never from participants, Notities or comments.
enum CompletionFeature {
    static func complete(_ server: LanguageServer, _ params: TextDocumentPositionParams) throws -> JSON {
        let (document, analysis) = try server.analysis(of: params.textDocument.uri)
        let location = analysis.index.location(params.position)
        let before = String(String.UnicodeScalarView(analysis.index.line(location.line).unicodeScalars.prefix(location.column - 1)))
        let context = Context(analysis: analysis, line: location.line, before: before, cursor: location)
        let items: [CompletionItem]
        if FrontMatterCompletion.isInFrontMatter(line: location.line, index: analysis.index) {
            items = FrontMatterCompletion.items(context, earlier: earlierSessions(server, document))
        } else {
            items = bodyItems(context, server: server, document: document)
        }
        return JSON.from(CompletionList(items: items))
    }

    /// What a completion needs to know about where it is asked.
    struct Context {
        var analysis: Analysis
        var line: Int
        /// The line's text before the cursor.
        var before: String
        var cursor: SourceLocation

        /// An item replacing the last `typed` scalars before the cursor.
        func item(_ label: String, kind: Int, typed: String, insert: String? = nil, detail: String? = nil, sort: Int = 0) -> CompletionItem {
            let start = SourceLocation(line: cursor.line, column: cursor.column - typed.unicodeScalars.count)
            let range = Range(start: analysis.index.position(start), end: analysis.index.position(cursor))
            return CompletionItem(label: label, kind: kind, detail: detail, textEdit: TextEdit(range: range, newText: insert ?? label),
                                  sortText: String(format: "%03d", sort) + label, filterText: label)
        }
    }

    private static func bodyItems(_ context: Context, server: LanguageServer, document: Document) -> [CompletionItem] {
        let before = context.before
        if before.hasPrefix("### ") { return headings(context, typed: String(before.dropFirst(4))) }
        if before.hasPrefix("## ") {
            let typed = String(before.dropFirst(3))
            return SectionKind.allCases.enumerated().map { offset, kind in context.item(kind.rawValue, kind: 9, typed: typed, sort: offset) }
        }
        if let typed = mention(before) {
            let actors = context.analysis.session?.actors ?? []
            return actors.map { context.item($0.id, kind: 18, typed: typed, detail: $0.name) }
        }
        if let typed = valueList(before) {
            // (Not the name being typed itself: it is a value of the notes only because it is being typed.)
            let typing = SourceLocation(line: context.cursor.line, column: context.cursor.column - typed.unicodeScalars.count)
            return valueNames(context.analysis, typing: typing).map { context.item($0, kind: 6, typed: typed) }
        }
        if context.analysis.section(at: context.line)?.section.kind == .followUp {
            return FollowUpCompletion.items(context, earlier: earlierSessions(server, document), follows: context.analysis.session?.meta.follows)
        }
        return []
    }

    /// `### ` under Effecten: polarities; under Handelingsopties: directions; elsewhere both.
    private static func headings(_ context: Context, typed: String) -> [CompletionItem] {
        let kind = context.analysis.section(at: context.line)?.section.kind
        let polarities = kind == .options ? [] : Polarity.allCases.flatMap(\.headings)
        let directions = kind == .effects ? [] : Direction.allCases.flatMap(\.headings)
        return (directions + polarities).enumerated().map { offset, name in context.item(name, kind: 14, typed: typed, sort: offset) }
    }

    /// The name typed after an `@` that starts a mention, if the cursor is in one.
    static func mention(_ before: String) -> String? {
        guard let at = before.lastIndex(of: "@") else { return nil }
        let typed = before[before.index(after: at)...]
        guard typed.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        if at > before.startIndex {
            let previous = before[before.index(before: at)]
            if previous.isLetter || previous.isNumber { return nil }
        }
        return String(typed)
    }

    /// The part of a value name typed after an arrow (or after a comma behind one).
    static func valueList(_ before: String) -> String? {
        let arrow = LinkedArrow.lastEnd(in: before)
        guard let arrow else { return nil }
        let list = before[arrow...]
        let piece = list.split(separator: ",", omittingEmptySubsequences: false).last ?? list
        return String(piece.drop { $0 == " " || $0 == "\t" })
    }

    /// Declared values first, then names effects and options use that are not declared (yet).
    /// `typing`: where the name under the cursor begins, left out (found by a blind tester: “vei” was offered for “vei”).
    static func valueNames(_ analysis: Analysis, typing: SourceLocation? = nil) -> [String] {
        guard let session = analysis.session else { return [] }
        var seen: Set<String> = []
        var names: [String] = []
        let written = (session.effects.flatMap(\.values) + session.options.flatMap(\.values))
            .filter { !analysis.isPrivate(line: $0.location.line) && $0.location != typing }.map(\.text)
        for name in session.values.filter(\.isListed).map(\.name) + written where seen.insert(Names.key(name)).inserted {
            names.append(name)
        }
        return names
    }

    /// The other sessions of the document's input folder (open ones as typed): for `vervolg_op` and `## Opvolging`.
    static func earlierSessions(_ server: LanguageServer, _ document: Document) -> [(slug: String, path: String)] {
        guard document.insideWorkspace else { return [] }
        return Workspace.sessionFiles(in: Workspace.inputFolder(of: document.path))
            .filter { $0 != document.path }
            .map { (SessionFiles.slug(forPath: $0), $0) }
    }
}

/// Where the last arrow of a line ends (`→`, `->`, `=>`).
enum LinkedArrow {
    static func lastEnd(in text: String) -> String.Index? {
        ["→", "->", "=>"].compactMap { text.range(of: $0, options: .backwards)?.upperBound }.max()
    }
}
