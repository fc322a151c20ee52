import ArgumentParser
import BegeleidModel
import BegeleidPipeline
import Foundation

struct CheckCommand: ExitingCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleer aantekeningen, profielen en aanbod zonder iets te schrijven / check notes, profiles and the offer."
    )

    @Argument(help: "Bestanden of mappen (standaard Input: sessies/, organisaties/, aanbod.yaml) / files or folders.")
    var paths: [String] = []

    /// As `build` and `watch` take it (a blind tester typed `check --input Nope` and got an error in English only).
    @ArgumentParser.Option(help: "Invoermap, zoals bij build (hetzelfde als de map als argument) / input folder, as for build.")
    var input: String?

    @OptionGroup var common: CommonOptions

    mutating func execute() -> Int32 {
        let targets = paths + (input.map { [$0] } ?? [])
        return check(targets.isEmpty ? ["Input"] : targets)
    }

    private func check(_ targets: [String]) -> Int32 {
        let inputs = InputFiles.classify(targets)
        let printer = common.printer
        if !inputs.missing.isEmpty {
            for path in inputs.missing { printer.usageError(path: path, LocalizedText(nl: "bestaat niet", en: "does not exist")) }
            return 2
        }
        if inputs.isEmpty {
            printer.usageError(path: targets.joined(separator: " "), LocalizedText(
                nl: "geen aantekeningen (.md) gevonden", en: "no notes (.md) found"))
            return 2
        }
        // Files found in one folder may not lead out of it; files named one by one may be anywhere.
        var isFolder: ObjCBool = false
        let single = targets.count == 1 && FileManager.default.fileExists(atPath: targets[0], isDirectory: &isFolder) && isFolder.boolValue
        // (A folder of an input folder, `Input/organisaties`: the input folder, where its offer and sessions are.)
        let checked = Pipeline.check(inputs, strict: common.strict, policy: common.policy(root: single ? InputFiles.inputFolder(of: targets[0]) : nil))
        printer.print(checked.diagnostics)
        printer.summary(diagnostics: checked.diagnostics, fileCount: checked.fileCount, failedCount: checked.failedCount)
        return checked.failedCount > 0 ? 1 : 0
    }
}
