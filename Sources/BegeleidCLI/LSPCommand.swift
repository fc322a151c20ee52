import ArgumentParser
import BegeleidLanguageServer
import BegeleidModel
import Foundation

/// `begeleid lsp`: a language server on standard input and output for the
/// co-moderator's editor (README, “In de editor / in the editor”).
struct LSPCommand: ExitingCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Taalserver voor de editor (LSP op stdin/stdout) / language server for the editor (LSP on stdin/stdout).",
        discussion: """
            Meldingen terwijl je typt (dezelfde als begeleid check), aanvullen van waarden, actoren, koppen en \
            sleutels, uitleg bij aanwijzen, naar de definitie, hernoemen en snelle reparaties. \
            Findings as you type (the same as begeleid check), completion, hover, definition, rename and quick fixes. \
            Exit code 0 after shutdown and exit, 1 otherwise.
            """
    )

    @ArgumentParser.Option(help: "Taal van meldingen: nl of en / language of messages.")
    var lang: Language = .dutch

    @ArgumentParser.Option(help: "Adres van de uitleg bij de codes (standaard docs/diagnostics.md naast de bouw, als die er is) / link for the codes' documentation.")
    var docsURL: String?

    @ArgumentParser.Option(help: "Wachttijd na typen voor de meldingen, in ms / quiet time before diagnostics, in ms.")
    var debounce = 150

    @Flag(help: "Schrijf een JSON Schema van de front matter en stop / print a JSON Schema of the front matter and stop.")
    var frontMatterSchema = false

    mutating func execute() -> Int32 {
        if frontMatterSchema {
            FileHandle.standardOutput.write(FrontMatterSchema.json)
            return 0
        }
        let options = LanguageServer.Options(docsURL: docsURL ?? Self.localDocs(), language: lang, debounceMilliseconds: max(0, debounce))
        return LanguageServer(options: options).run()
    }

    /// `docs/diagnostics.md` of the checkout this binary was built in (`.build/<config>/begeleid`), as a file URL.
    static func localDocs() -> String? {
        guard var folder = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() else { return nil }
        for _ in 0..<4 {
            let page = folder.appendingPathComponent("docs/diagnostics.md")
            if FileManager.default.fileExists(atPath: page.path) { return page.absoluteString }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
