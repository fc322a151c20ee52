import ArgumentParser
import BegeleidModel
import BegeleidPipeline
import Foundation

/// `--force` and `--no-wait`: how a command that writes treats its output folder.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Neem een map over die al andere bestanden bevat en nog geen uitvoermap van begeleid is / adopt a non-empty folder that is not yet a begeleid output folder.")
    var force = false

    @Flag(name: .customLong("no-wait"), help: "Wacht niet op een andere build in dezelfde uitvoermap maar stop (exit 2) / do not wait for another build into the same output folder; stop (exit 2).")
    var noWait = false

    /// The access, saying on stderr when the build waits for another.
    func access(language: Language) -> OutputFolder.Access {
        OutputFolder.Access(force: force, wait: !noWait, onWait: { message in
            FileHandle.standardError.write(Data("begeleid: \(message.text(language))\n".utf8))
        })
    }
}
