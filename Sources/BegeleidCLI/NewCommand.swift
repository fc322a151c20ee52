import ArgumentParser
import BegeleidModel
import Foundation

struct NewCommand: ExitingCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Maak een nieuw, in te vullen bestand / write a new file to fill in.",
        discussion: """
              begeleid new sessie <slug>      → Input/sessies/<slug>.md
              begeleid new organisatie <slug> → Input/organisaties/<slug>.yaml
            Een bestaand bestand wordt nooit overschreven / an existing file is never overwritten.
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case sessie, organisatie, session, organisation

        var isSession: Bool { self == .sessie || self == .session }
    }

    @Argument(help: "sessie of organisatie / session or organisation.")
    var kind: Kind

    @Argument(help: "De naam van het bestand, als slug (kleine letters, cijfers, -) / the file's name as a slug.")
    var slug: String

    @ArgumentParser.Option(help: "Invoermap / input folder.")
    var input = "Input"

    @ArgumentParser.Option(help: "Taal van het bestand en de meldingen: nl of en / language of the file and messages.")
    var lang: Language = .dutch

    mutating func execute() -> Int32 {
        let printer = DiagnosticPrinter(language: lang)
        guard Names.isSlug(slug) else {
            let better = Names.slug(slug)
            printer.usageError(path: slug, LocalizedText(
                nl: "geen slug (kleine letters, cijfers en -)" + (better.isEmpty ? "" : "; bedoelde je “\(better)”?"),
                en: "not a slug (lower-case letters, digits and -)" + (better.isEmpty ? "" : "; did you mean “\(better)”?")))
            return 2
        }
        let folder = (input as NSString).appendingPathComponent(kind.isSession ? "sessies" : "organisaties")
        let path = (folder as NSString).appendingPathComponent(slug + (kind.isSession ? ".md" : ".yaml"))
        let today = Self.today()
        let text = kind.isSession ? Scaffold.session(date: today, language: lang) : Scaffold.profile(date: today, language: lang)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            printer.usageError(path: folder, LocalizedText(nl: "map kan niet worden gemaakt", en: "folder cannot be created"))
            return 2
        }
        // O_EXCL: created only if nothing is there, even if another process races us.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            let exists = errno == EEXIST
            printer.usageError(path: path, exists
                ? LocalizedText(nl: "bestaat al; er is niets overschreven", en: "already exists; nothing was overwritten")
                : LocalizedText(nl: "kan niet worden geschreven", en: "cannot be written"))
            return 2
        }
        let data = Array(text.utf8)
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, data.count) }
        close(descriptor)
        guard written == data.count else {
            unlink(path)
            printer.usageError(path: path, LocalizedText(nl: "kan niet worden geschreven", en: "cannot be written"))
            return 2
        }
        print(path)
        return 0
    }

    /// Today as `YYYY-MM-DD` in the local calendar.
    static func today() -> String { ISODate.today() }
}
