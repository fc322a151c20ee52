import BegeleidLanguageServer
import Foundation

/// A workspace folder with `Input/sessies/` for the language-server tests,
/// and helpers to find places in a text as the protocol counts them.
struct LSPWorkspace {
    let root: URL

    init(_ files: [String: String] = [:]) throws {
        root = Fixtures.temporaryFolder("lsp")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Input/sessies"), withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    func url(_ name: String) -> URL { root.appendingPathComponent("Input/sessies/\(name)") }

    func uri(_ name: String) -> String { url(name).absoluteString }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: name.hasPrefix("/") ? URL(fileURLWithPath: name) : url(name))
    }

    /// A started, initialized server on this workspace.
    func client(_ arguments: [String] = ["--debounce", "20"]) throws -> LSPClient {
        let client = try LSPClient(arguments: arguments, in: root)
        _ = try client.initialize(root: root)
        return client
    }

    static var ringweg: String {
        (try? String(contentsOf: Fixtures.folder.appendingPathComponent("sessies/ringweg.md"), encoding: .utf8)) ?? ""
    }

    /// The line (0-based) and UTF-16 character where `needle` starts (plus `offset` UTF-16 units).
    static func place(of needle: String, in text: String, offset: Int = 0, occurrence: Int = 0) -> (Int, Int) {
        // "\r\n" is one Character in Swift: split on line ends as the protocol does.
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        var seen = 0
        for (number, line) in lines.enumerated() {
            var search = line[...]
            while let range = search.range(of: needle) {
                if seen == occurrence { return (number, line[..<range.lowerBound].utf16.count + offset) }
                seen += 1
                search = line[range.upperBound...]
            }
        }
        return (-1, -1)
    }

    /// The ranges and codes `check --format json` gives for one file, as protocol positions.
    static func checkRanges(_ json: String, file: String, text: String) -> [String] {
        guard let document = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let findings = document["diagnostics"] as? [[String: Any]] else { return [] }
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        func character(_ line: Int, _ column: Int) -> Int {
            guard line >= 1, line <= lines.count else { return 0 }
            return lines[line - 1].unicodeScalars.prefix(column - 1).reduce(0) { $0 + $1.utf16.count }
        }
        return findings.filter { ($0["path"] as? String)?.hasSuffix(file) == true }.map { finding in
            let line = finding["line"] as! Int, column = finding["column"] as! Int
            let endLine = finding["endLine"] as! Int, endColumn = finding["endColumn"] as! Int
            return "\(finding["code"]!) \(line - 1):\(character(line, column))-\(endLine - 1):\(character(endLine, endColumn))"
        }.sorted()
    }

    /// The same for published diagnostics.
    static func publishedRanges(_ diagnostics: [JSON]) -> [String] {
        diagnostics.map { diagnostic in
            let range = diagnostic["range"]!
            return "\(diagnostic["code"]!.string!) \(range["start"]!["line"]!.int!):\(range["start"]!["character"]!.int!)-"
                + "\(range["end"]!["line"]!.int!):\(range["end"]!["character"]!.int!)"
        }.sorted()
    }
}
