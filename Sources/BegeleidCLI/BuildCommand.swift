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

    @ArgumentParser.Option(help: "Invoermap met sessies/ / input folder holding sessies/.")
    var input = "Input"

    @ArgumentParser.Option(help: "Uitvoermap / output folder.")
    var output = "Output"

    @ArgumentParser.Option(help: "Map met sjablonen (standaard Templates/ als die bestaat, anders ingebouwd) / template folder.")
    var templates: String?

    @OptionGroup var common: CommonOptions

    mutating func execute() -> Int32 {
        let printer = common.printer
        guard let renderer = TemplateChoice.renderer(templates, printer: printer) else { return 2 }
        let options = Building.Options(input: input, output: output, strict: common.strict, language: common.lang)
        do {
            let result = try Building.run(options, renderer: renderer)
            var diagnostics = result.checking.diagnostics
            var fileCount = result.checking.fileCount
            var failedCount = result.checking.failedCount
            var proposals: Proposing.Result?
            if Proposing.hasProfiles(in: input) {
                let proposing = Proposing.Options(input: input, output: output, strict: common.strict)
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
