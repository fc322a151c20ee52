import ArgumentParser
import BegeleidModel
import BegeleidPipeline
import BegeleidRender
import Foundation

struct VoorstelCommand: ExitingCommand {
    static let configuration = CommandConfiguration(
        commandName: "voorstel",
        abstract: "Maak voorstellen op maat uit Input/organisaties/ / write tailored proposals.",
        discussion: """
            Leest Input/aanbod.yaml en de profielen in Input/organisaties/ en schrijft \
            Output/voorstellen/<slug>/voorstel.html en voorstel.md. Reads the offer and the \
            organisation profiles and writes one proposal per profile.
            """,
        aliases: ["proposal"]
    )

    @Argument(help: "Profielen (slugs) om te maken; standaard alle / profiles to build (default: all).",
              completion: .custom(ProfileCompletion.slugs))
    var slugs: [String] = []

    @OptionGroup var folders: FolderOptions
    @OptionGroup var extra: FormatOptions
    @OptionGroup var writing: OutputOptions
    @OptionGroup var common: CommonOptions

    mutating func execute() -> Int32 {
        let printer = common.printer
        guard let renderer = TemplateChoice.renderer(folders.templates, printer: printer) else { return 2 }
        let folder = (folders.input as NSString).appendingPathComponent("organisaties")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            printer.usageError(path: folder, LocalizedText(
                nl: "map met organisatieprofielen niet gevonden", en: "folder of organisation profiles not found"))
            return 2
        }
        // Earlier sessions to cite: only those without errors; their findings belong to `check`.
        let policy = common.policy(root: folders.input)
        let sessions = Checking.validSessions(in: folders.input, policy: policy)
        let options = Proposing.Options(
            input: folders.input, output: folders.output ?? "Output", strict: common.strict, slugs: slugs,
            formats: extra.formats(templates: folders.templates), policy: policy, access: writing.access(language: common.lang))
        do {
            let result = try Proposing.run(options, sessions: sessions, renderer: renderer)
            printer.print(result.diagnostics)
            printer.proposals(result, output: folders.output ?? "Output")
            printer.summary(diagnostics: result.diagnostics, fileCount: result.fileCount, failedCount: result.failed.count)
            return result.failed.isEmpty ? 0 : 1
        } catch {
            printer.usageError(path: error.path, error.message)
            return 2
        }
    }
}
