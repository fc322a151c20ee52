import BegeleidModel
import BegeleidReader
import BegeleidRender
import Foundation

/// The whole pipeline: read, check, render, write.
public enum Building {
    public struct Options: Sendable {
        public var input: String
        public var output: String
        public var strict: Bool
        /// The language of the index page.
        public var language: Language

        public init(input: String, output: String, strict: Bool, language: Language) {
            self.input = input
            self.output = output
            self.strict = strict
            self.language = language
        }

        var sessionsFolder: String { (input as NSString).appendingPathComponent("sessies") }
    }

    public struct Result: Sendable {
        public var checking: Checking.Result
        /// Slugs of the sessions whose outputs were written.
        public var rendered: [String]
        /// Paths written, relative to the output folder, in write order.
        public var written: [String]
    }

    /// A problem that stops the build as a whole (exit 2), not a finding in a file.
    public struct Failure: Error, Sendable {
        public var path: String
        public var message: LocalizedText
    }

    /// Sessions whose notes have errors now keep their earlier report, so the
    /// index keeps listing it (marked as such) instead of losing it.
    private static func previousReports(of checking: Checking.Result, in output: String) -> [IndexEntry] {
        let rendered = Set(checking.valid.map(\.slug))
        return checking.failed.compactMap { file -> IndexEntry? in
            guard !rendered.contains(file.slug) else { return nil }
            let path = (output as NSString).appendingPathComponent("sessies/\(file.slug)/sessie.json")
            guard let data = FileManager.default.contents(atPath: path),
                  let document = try? JSONDecoder().decode(SessionDocument.self, from: data) else { return nil }
            return IndexEntry(previous: document)
        }
    }

    public static func run(_ options: Options, renderer: Renderer) throws(Failure) -> Result {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.sessionsFolder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(path: options.sessionsFolder, message: LocalizedText(
                nl: "map met sessies niet gevonden", en: "folder of sessions not found"))
        }
        let files = SessionFiles.collect([options.sessionsFolder]).files
        let checking = Checking.run(files: files, strict: options.strict)
        let writer = OutputWriter(root: options.output)
        var written: [String] = []
        do {
            for session in checking.valid {
                for file in try renderer.sessionFiles(session) {
                    let relative = "sessies/\(session.slug)/\(file.name)"
                    try writer.write(file.data, to: relative)
                    written.append(relative)
                }
            }
            let entries = checking.valid.map(IndexEntry.init) + previousReports(of: checking, in: options.output)
            try writer.write(renderer.index(entries: entries, language: options.language), to: "index.html")
            written.append("index.html")
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(path: options.output, message: LocalizedText(
                nl: "uitvoer kan niet worden geschreven: \(error.localizedDescription)",
                en: "output cannot be written: \(error.localizedDescription)"))
        }
        return Result(checking: checking, rendered: checking.valid.map(\.slug), written: written)
    }
}
