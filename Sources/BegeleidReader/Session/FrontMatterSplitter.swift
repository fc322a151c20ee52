import BegeleidModel

/// Finds the YAML front matter between two `---` lines at the top of a file.
struct FrontMatterSplitter {
    struct Parts {
        /// The YAML text, lines joined with LF.
        var yaml: String
        /// The file line of the first YAML line.
        var yamlFirstLine: Int
        /// The Markdown body, lines joined with LF.
        var body: String
        /// How many file lines stand before the body's first line.
        var bodyLineOffset: Int
    }

    static func split(_ source: SourceText, path: String) -> Result<Parts, Diagnostic> {
        let lines = source.lines
        guard let first = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            return .failure(Diagnostic(
                .error, .emptyFile, path: path, at: SourceLocation(line: 1, column: 1),
                LocalizedText(nl: "het bestand is leeg", en: "the file is empty")))
        }
        guard isFence(lines[first]) else {
            return .failure(Diagnostic(
                .error, .frontMatterMissing, path: path, at: SourceLocation(line: first + 1, column: 1),
                LocalizedText(
                    nl: "de front matter ontbreekt: begin het bestand met een regel `---`, de gegevens (titel, organisatie, technologie, datum) en weer `---`",
                    en: "the front matter is missing: start the file with a line `---`, the details (title, organisation, technology, date) and `---` again")))
        }
        guard let close = lines[(first + 1)...].firstIndex(where: { isFence($0) || $0.trimmingTrailingSpace == "..." }) else {
            return .failure(Diagnostic(
                .error, .frontMatterUnclosed, path: path, at: SourceLocation(line: first + 1, column: 1),
                LocalizedText(
                    nl: "de front matter wordt nergens afgesloten met een regel `---`",
                    en: "the front matter is never closed with a line `---`")))
        }
        return .success(Parts(
            yaml: String(lines: lines[(first + 1)..<close]),
            yamlFirstLine: first + 2,
            body: String(lines: lines[(close + 1)...]),
            bodyLineOffset: close + 1
        ))
    }

    private static func isFence(_ line: String) -> Bool {
        line.trimmingTrailingSpace == "---"
    }
}

extension String {
    var trimmingTrailingSpace: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[startIndex..<end]
    }
}
