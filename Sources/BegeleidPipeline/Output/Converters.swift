import BegeleidModel
import Foundation

/// PDF and Word through real converters: WeasyPrint (made for paged media:
/// page counters, running headers, the A4 print CSS of the reports) and
/// pandoc (the standard converter, with a reference document carrying the
/// house style as Word's own styles). Both get `SOURCE_DATE_EPOCH` from the
/// document's date, so the same input gives the same bytes.
public enum Converters {
    public enum Tool: String, Sendable {
        case weasyprint, pandoc

        /// How to install it, said when it is missing.
        var install: String {
            switch self {
            case .weasyprint: return "sudo apt-get install weasyprint (of: make pdf-tools)"
            case .pandoc: return "sudo apt-get install pandoc librsvg2-bin (of: make word-tools)"
            }
        }
    }

    /// The path of the tool, or nil.
    public static func find(_ tool: Tool) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(tool.rawValue)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Fails with how to install what is missing.
    public static func require(_ tools: [Tool]) throws(Building.Failure) {
        for tool in tools where find(tool) == nil {
            throw Building.Failure(path: tool.rawValue, message: LocalizedText(
                nl: "niet gevonden; installeer het met: \(tool.install)",
                en: "not found; install it with: \(tool.install.replacingOccurrences(of: "(of:", with: "(or:"))"))
        }
    }

    /// `html` → `pdf` (written atomically).
    static func pdf(_ html: String, to pdf: String, date: String?) throws(Building.Failure) {
        try run(.weasyprint, ["--quiet", html], output: pdf, date: date)
    }

    /// `markdown` → `docx` (written atomically), images looked up beside the Markdown.
    static func docx(_ markdown: String, to docx: String, reference: String?, language: Language, date: String?) throws(Building.Failure) {
        // The report's one `#` heading becomes the document's Title, its `##` sections Heading 1.
        var arguments = [markdown, "--from", "gfm", "--to", "docx", "--shift-heading-level-by=-1", "--metadata", "lang=\(language == .dutch ? "nl-NL" : "en-GB")",
                         "--resource-path", (markdown as NSString).deletingLastPathComponent]
        if let reference { arguments += ["--reference-doc", reference] }
        try run(.pandoc, arguments, output: docx, date: date, outputFlag: "--output")
    }

    /// Runs the tool into a temporary file beside `output`, then renames it into place.
    private static func run(
        _ tool: Tool, _ arguments: [String], output: String, date: String?, outputFlag: String? = nil
    ) throws(Building.Failure) {
        guard let executable = find(tool) else { try require([tool]); return }
        let temporary = OutputWriter.temporaryPath(for: output)
        // The tool writes into a file made here, new and not a link: it cannot be led elsewhere.
        let made = OutputWriter.createTemporary(temporary)
        guard made >= 0 else {
            throw Building.Failure(path: output, message: LocalizedText(nl: "bestand kan niet worden geschreven", en: "file cannot be written"))
        }
        close(made)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments + (outputFlag.map { [$0, temporary] } ?? [temporary])
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = date.flatMap(epoch).map(String.init) ?? "0"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Building.Failure(path: executable, message: LocalizedText(nl: "kan niet worden gestart", en: "cannot be started"))
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, rename(temporary, output) == 0 else {
            unlink(temporary)
            let detail = String(decoding: message, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
            throw Building.Failure(path: output, message: LocalizedText(
                nl: "\(tool.rawValue) kon het bestand niet maken: \(detail)", en: "\(tool.rawValue) could not make the file: \(detail)"))
        }
    }

    /// `2026-03-12` → seconds since 1970 at midnight UTC.
    static func epoch(_ iso: String) -> Int? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])).map { Int($0.timeIntervalSince1970) }
    }
}
