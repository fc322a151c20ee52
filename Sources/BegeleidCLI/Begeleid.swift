import ArgumentParser
import BegeleidModel
import BegeleidPipeline
import Foundation

/// The `begeleid` command: session notes in, reports out.
public struct Begeleid: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "begeleid",
        abstract: "Verslagen van sessies Aanpak Begeleidingsethiek / reports of Guidance Ethics sessions.",
        discussion: """
            Zet de aantekeningen van de co-moderator (Markdown met YAML-front matter) om in gecontroleerde \
            rapporten in HTML, Markdown en JSON. Turns the co-moderator's notes into checked reports.

            Exit codes: 0 geen fouten / no errors; 1 fouten in aantekeningen / errors in notes; \
            2 verkeerd gebruik of onleesbaar pad / wrong usage or unreadable path.

            Gelezen / read:
              Input/sessies/<slug>.md         aantekeningen / session notes
              Input/organisaties/<slug>.yaml  profielen / organisation profiles
              Input/aanbod.yaml               aanbod / the offer
              Input/waarden.yaml              synoniemen / synonyms of values
              Templates/                      sjablonen / templates (else built in)

            Geschreven / written:
              Output/index.html, overzicht.html, data/
              Output/sessies/<slug>/rapport.html, rapport.md, sessie.json
              Output/voorstellen/<slug>/voorstel.html, voorstel.md
              Output/.begeleid/               merkteken, cache / mark, cache

            Standaardsjablonen om te kopiëren / default templates to copy:
              /usr/share/begeleid/Templates (.deb) of / or
              /usr/local/share/begeleid/Templates (make install)

            Voorbeeld / example:
              begeleid new sessie ringweg    # Input/sessies/ringweg.md invullen
              begeleid watch                 # live: http://127.0.0.1:8000/
              begeleid check                 # ringweg.md:21:36: error: ...
              begeleid build                 # Output/sessies/ringweg/rapport.html
              begeleid voorstel gemeente-deventer   # een voorstel / a proposal
            """,
        version: VersionText.line,
        subcommands: [BuildCommand.self, CheckCommand.self, VoorstelCommand.self, WatchCommand.self, NewCommand.self, LSPCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    public init() {}

    /// Runs the command line and returns the process exit code (0, 1 or 2).
    public static func run(arguments: [String]) -> Int32 {
        Phases.begin()
        // `begeleid build …`, the command run on every save and by `make`, parsed as that command alone: the
        // parser otherwise looks through every command's options first (a tenth of a one-file rebuild). Anything
        // it does not take as a build (help, a mistake) goes the whole way, so it is told as before.
        if arguments.first == "build" {
            // What the last build left is read while the arguments are parsed, from the folder they most likely
            // name: a guess, taken only when it is the folder the parsed arguments name (Prefetch).
            if let output = Prefetch.likelyOutput(of: arguments.dropFirst()) { Prefetch.start(output: output) }
            if var build = try? BuildCommand.parse(Array(arguments.dropFirst())) { return build.execute() }
        }
        do {
            var command = try parseAsRoot(arguments)
            if var exiting = command as? ExitingCommand {
                return exiting.execute()
            }
            try command.run()
            return 0
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                let message = fullMessage(for: error)
                print(arguments.contains(ManualText.dumpFlag) ? ManualText.ascii(message) : message)
                return 0
            }
            if let unknown = unknownCommand(in: arguments) { return unknown }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            return 2
        }
    }

    /// A first argument that is no command and no option, a misspelt command (`begeleid bulid`): said in the language
    /// of `--lang`, with the nearest command (the parser read it as an argument of `build`, in English only: a blind
    /// tester). Nil when the first argument is no such word, and the parser's message stands.
    private static func unknownCommand(in arguments: [String]) -> Int32? {
        guard let first = arguments.first, !first.hasPrefix("-"), first.allSatisfy(\.isLetter) else { return nil }
        let commands = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !commands.contains(first) else { return nil }
        let language: Language = zip(arguments, arguments.dropFirst()).contains { $0 == "--lang" && $1 == "en" } || arguments.contains("--lang=en")
            ? .english : .dutch
        let list = commands.dropLast().joined(separator: ", ")
        var message = LocalizedText(nl: "onbekende opdracht (kies uit \(list))", en: "unknown command (choose from \(list))")
        if let near = Names.nearest(to: first, in: commands) {
            message = LocalizedText(nl: "onbekende opdracht; bedoelde je “\(near)”? (\(list))", en: "unknown command; did you mean “\(near)”? (\(list))")
        }
        DiagnosticPrinter(language: language, format: .compiler).usageError(path: first, message)
        return 2
    }
}

/// A subcommand that computes its own exit code.
protocol ExitingCommand: ParsableCommand {
    mutating func execute() -> Int32
}

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Flag(help: "Waarschuwingen tellen als fouten / treat warnings as errors.")
    var strict = false

    @ArgumentParser.Option(help: "Taal van meldingen en index: nl of en / language of messages and index.")
    var lang: Language = .dutch

    @ArgumentParser.Option(help: "compiler: één regel per melding (voor editors); human: met de regel uit het bestand en een ^; json: één JSON-document op stdout / one line per finding; with the source line and a caret; one JSON document on stdout.")
    var format: DiagnosticFormat = .compiler

    @ArgumentParser.Option(
        name: .customLong("max-input-size"),
        help: "Grootste invoerbestand, bv. 1M, 512k, 2MiB (standaard 1 MiB) / largest input file, e.g. 1M, 512k (default 1 MiB).")
    var maxInputSize = ByteSize(bytes: InputPolicy.defaultMaxBytes)

    var printer: DiagnosticPrinter { DiagnosticPrinter(language: lang, format: format) }

    /// How input files are read; `root` is the folder they may not lead out of.
    func policy(root: String?) -> InputPolicy { InputPolicy(maxBytes: maxInputSize.bytes, root: root) }
}

/// Where a command reads and writes, and with which templates.
struct FolderOptions: ParsableArguments {
    @ArgumentParser.Option(help: "Invoermap met sessies/, organisaties/ en aanbod.yaml / input folder.")
    var input = "Input"

    @ArgumentParser.Option(help: "Uitvoermap (standaard Output, met --public Openbaar) / output folder (default Output; Openbaar with --public).")
    var output: String?

    @ArgumentParser.Option(help: "Map met sjablonen (standaard Templates/ als die bestaat, anders ingebouwd) / template folder.")
    var templates: String?
}

/// `--pdf` and `--docx`: the formats made by external converters.
struct FormatOptions: ParsableArguments {
    @Flag(help: "Ook PDF (met WeasyPrint) / also PDF (WeasyPrint).")
    var pdf = false

    @Flag(help: "Ook Word (.docx, met pandoc en Templates/referentie.docx) / also Word (pandoc).")
    var docx = false

    /// The formats, with the reference document of `templates` when it has one.
    func formats(_ templates: Pipeline.Templates) -> ExtraFormats {
        templates.formats(pdf: pdf, docx: docx)
    }
}

/// How findings are printed on stderr.
enum DiagnosticFormat: String, ExpressibleByArgument {
    case compiler, human, json
}

extension Language: ExpressibleByArgument {}
