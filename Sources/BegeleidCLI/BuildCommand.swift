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
        let templateSet: TemplateSet
        do {
            templateSet = try TemplateSet.load(directory: templateFolder())
        } catch {
            printer.usageError(path: error.path, error.message)
            return 2
        }
        if let templates, !FileManager.default.fileExists(atPath: templates) {
            printer.usageError(path: templates, LocalizedText(nl: "sjabloonmap bestaat niet", en: "template folder does not exist"))
            return 2
        }
        let options = Building.Options(input: input, output: output, strict: common.strict, language: common.lang)
        do {
            let result = try Building.run(options, renderer: Renderer(templates: templateSet))
            printer.print(result.checking.diagnostics)
            printer.built(result, output: output)
            printer.summary(result.checking)
            return result.checking.failedCount > 0 ? 1 : 0
        } catch {
            printer.usageError(path: error.path, error.message)
            return 2
        }
    }

    /// `--templates`, else `Templates/` in the current folder, else none (built-in defaults).
    private func templateFolder() -> String? {
        if let templates { return templates }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: "Templates", isDirectory: &isDirectory), isDirectory.boolValue {
            return "Templates"
        }
        return nil
    }
}
