import ArgumentParser
import BegeleidModel
import BegeleidPipeline
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

    /// A profile named by its file (`Input/organisaties/gemeente-epe.yaml`, as the shell completes it) is the profile
    /// of that name: the path was doubled, “Input/organisaties/Input/organisaties/gemeente-epe.yaml.yaml: geen profiel”.
    static func slug(_ argument: String) -> String {
        let file = (argument as NSString).lastPathComponent
        let stem = ["yaml", "yml"].contains((file as NSString).pathExtension.lowercased()) ? (file as NSString).deletingPathExtension : file
        return argument.contains("/") || stem != file ? stem : argument
    }

    mutating func execute() -> Int32 {
        let printer = common.printer
        let folder = Layout.join(folders.input, Layout.profiles)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            printer.usageError(path: folder, LocalizedText(
                nl: "map met organisatieprofielen niet gevonden", en: "folder of organisation profiles not found"))
            return 2
        }
        do {
            let templates = try Pipeline.Templates.load(folders.templates)
            let options = Proposing.Options(
                input: folders.input, output: folders.output ?? "Output", strict: common.strict, slugs: slugs.map(Self.slug),
                formats: extra.formats(templates), policy: common.policy(root: folders.input),
                access: writing.access(language: common.lang))
            let result = try Pipeline.propose(options, templates: templates)
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
