import ArgumentParser
import BegeleidModel
import BegeleidPipeline
import BegeleidReader
import Foundation

struct CheckCommand: ExitingCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleer aantekeningen zonder rapporten te maken / check notes without writing reports."
    )

    @Argument(help: "Bestanden of mappen (standaard Input/sessies) / files or folders.")
    var paths: [String] = []

    @OptionGroup var common: CommonOptions

    mutating func execute() -> Int32 {
        let targets = paths.isEmpty ? ["Input/sessies"] : paths
        let (files, missing) = SessionFiles.collect(targets)
        let printer = common.printer
        if !missing.isEmpty {
            for path in missing { printer.usageError(path: path, LocalizedText(nl: "bestaat niet", en: "does not exist")) }
            return 2
        }
        if files.isEmpty {
            printer.usageError(path: targets.joined(separator: " "), LocalizedText(
                nl: "geen aantekeningen (.md) gevonden", en: "no notes (.md) found"))
            return 2
        }
        let result = Checking.run(files: files, strict: common.strict)
        printer.print(result.diagnostics)
        printer.summary(result)
        return result.failedCount > 0 ? 1 : 0
    }
}
