import ArgumentParser
import BegeleidModel
import BegeleidPipeline
import BegeleidReader
import Foundation

struct CheckCommand: ExitingCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleer aantekeningen, profielen en aanbod zonder iets te schrijven / check notes, profiles and the offer."
    )

    @Argument(help: "Bestanden of mappen (standaard Input: sessies/, organisaties/, aanbod.yaml) / files or folders.")
    var paths: [String] = []

    @OptionGroup var common: CommonOptions

    mutating func execute() -> Int32 {
        let targets = paths.isEmpty ? ["Input"] : paths
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
        let policy = common.policy(root: single ? targets[0] : nil)
        let ownSynonyms = inputs.synonyms.map { Checking.synonyms(at: $0, strict: common.strict, policy: policy) }
        // Near spellings of the vocabulary of values get a note (never an error, also with --strict).
        let vocabulary = Vocabulary.builtIn.map { ($0, $0.vocabulary.merged(into: ownSynonyms?.synonyms ?? ValueSynonyms(), language: .dutch)) }
        let sessions = Checking.run(files: inputs.sessions, strict: common.strict, policy: policy, vocabulary: vocabulary)
        // Profiles are weighed against the offer beside them, named or not.
        let offerPath = inputs.offer ?? inputs.profiles.first.map {
            ((($0 as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent as NSString)
                .appendingPathComponent("aanbod.yaml")
        }
        // Profiles without their offer cannot become proposals: that is reported too.
        let proposals = Proposing.check(
            profiles: inputs.profiles, offerPath: offerPath, reportOffer: inputs.offer != nil || !inputs.profiles.isEmpty,
            strict: common.strict, policy: policy, sessions: inputs.sessions.isEmpty ? nil : sessions.valid)
        // A value of waarden.yaml that merges two values of the vocabulary gets a note there (waarden.yaml wins).
        var conflicts: [Diagnostic] = []
        if let path = inputs.synonyms, let own = ownSynonyms, let builtIn = vocabulary?.0 {
            conflicts = builtIn.conflicts(with: own.synonyms, path: path, text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
        }
        let synonyms = (ownSynonyms?.diagnostics ?? []) + conflicts.strictened(common.strict)
        let diagnostics = (sessions.diagnostics + proposals.diagnostics + synonyms).sortedByPosition()
        printer.print(diagnostics)
        let failed = sessions.failedCount + proposals.failedCount + (synonyms.errorCount > 0 ? 1 : 0)
        let files = sessions.fileCount + proposals.fileCount + (inputs.synonyms == nil ? 0 : 1)
        printer.summary(diagnostics: diagnostics, fileCount: files, failedCount: failed)
        return failed > 0 ? 1 : 0
    }
}
