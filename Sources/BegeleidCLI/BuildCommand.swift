import ArgumentParser
import BegeleidModel
import BegeleidPipeline
import Foundation

struct BuildCommand: ExitingCommand {
    // `begeleid` as its super-command. The parser reads it only of the command it parses as the root: here where
    // `Begeleid.run` parses a `build` command line as `build` alone. Then it skips its look for
    // `--generate-completion-script` (two more commands reflected on: about a third of parsing `build`'s arguments);
    // a command line that asks for a script fails that parse and is parsed whole, with `begeleid` as the root, as
    // before. As a subcommand of `begeleid` nothing changes: help, completions and man pages print the same bytes.
    static let configuration = CommandConfiguration(
        commandName: "build",
        _superCommandName: "begeleid",
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
        do {
            // What the last build left is read while the templates load (a public build keeps nothing; begun already
            // when the arguments named this folder, Begeleid.run).
            if !publicOnly { Prefetch.start(output: output) }
            let templates = try Phases.measure("sjablonen laden/template load") { () throws(Building.Failure) in
                try Pipeline.Templates.load(folders.templates)
            }
            var options = Building.Options(
                input: folders.input, output: output, strict: common.strict, language: common.lang, publicOnly: publicOnly,
                formats: extra.formats(templates), policy: common.policy(root: folders.input),
                access: writing.access(language: common.lang))
            options.publicURL = publicURL
            let meter = ProgressMeter(language: common.lang, enabled: common.format != .json)
            // Proposals are correspondence: never part of a public build.
            let built = try Pipeline.build(options, templates: templates, progress: meter.update)
            meter.finish()
            Phases.measure("melden/report") {
                let diagnostics = built.diagnostics
                printer.print(diagnostics)
                printer.built(built.reports, output: output)
                if let proposals = built.proposals { printer.proposals(proposals, output: output) }
                printer.summary(diagnostics: diagnostics, fileCount: built.fileCount, failedCount: built.failedCount)
            }
            // BEGELEID_PHASES=1: where the CPU time went, for `make bench` (issue 18).
            if Phases.enabled { FileHandle.standardError.write(Data(Phases.table(sessions: built.fileCount).utf8)) }
            let status: Int32 = built.failedCount > 0 ? 1 : 0
            // (Not freed here, one finding at a time, while the process ends.)
            Parallel.letGo(consume built)
            return status
        } catch {
            printer.usageError(path: error.path, error.message)
            return 2
        }
    }
}
