import ArgumentParser
import BegeleidModel
import BegeleidPipeline
import BegeleidRender
import Foundation

struct BuildCommand: ExitingCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Controleer de aantekeningen en maak de rapporten / check the notes and write the reports."
    )

    @OptionGroup var folders: FolderOptions

    @Flag(name: .customLong("public"), help: "Alleen sessies met openbaar: true, in een eigen map voor een website (standaard Openbaar/) / only public sessions, into a folder of their own.")
    var publicOnly = false

    @ArgumentParser.Option(name: .customLong("public-url"), help: "Waar de openbare rapporten op het web komen (https://…), voor de link in algoritmeregister.json / where the public reports will be on the web.")
    var publicURL: String?

    @OptionGroup var extra: FormatOptions
    @OptionGroup var writing: OutputOptions
    @OptionGroup var common: CommonOptions

    private var output: String { folders.output ?? (publicOnly ? "Openbaar" : "Output") }

    mutating func execute() -> Int32 {
        let printer = common.printer
        guard let renderer = TemplateChoice.renderer(folders.templates, printer: printer) else { return 2 }
        let options = Building.Options(
            input: folders.input, output: output, strict: common.strict, language: common.lang, publicOnly: publicOnly,
            formats: extra.formats(templates: folders.templates), policy: common.policy(root: folders.input),
            access: writing.access(language: common.lang))
        var withURL = options
        withURL.publicURL = publicURL
        do {
            let meter = ProgressMeter(language: common.lang, enabled: common.format != .json)
            let result = try Building.run(withURL, renderer: renderer, progress: meter.update)
            meter.finish()
            var diagnostics = result.checking.diagnostics + result.synonymDiagnostics
            var fileCount = result.checking.fileCount + (result.readSynonyms ? 1 : 0)
            var failedCount = result.checking.failedCount + (result.synonymDiagnostics.errorCount > 0 ? 1 : 0)
            var proposals: Proposing.Result?
            // Proposals are correspondence: never part of a public build.
            if !publicOnly, Proposing.hasProfiles(in: folders.input) {
                let proposing = Proposing.Options(
                    input: folders.input, output: output, strict: common.strict, formats: extra.formats(templates: folders.templates),
                    policy: common.policy(root: folders.input), access: writing.access(language: common.lang))
                let built = try Proposing.run(proposing, sessions: result.checking.valid, renderer: renderer)
                diagnostics += built.diagnostics
                fileCount += built.fileCount
                failedCount += built.failed.count
                proposals = built
            }
            printer.print(diagnostics.sortedByPosition())
            printer.built(result, output: output)
            if let proposals { printer.proposals(proposals, output: output) }
            printer.summary(diagnostics: diagnostics, fileCount: fileCount, failedCount: failedCount)
            return failedCount > 0 ? 1 : 0
        } catch {
            printer.usageError(path: error.path, error.message)
            return 2
        }
    }
}
