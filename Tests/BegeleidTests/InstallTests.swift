@testable import BegeleidCLI
import BegeleidPipeline
import Foundation
import Testing

/// What an installed begeleid shows besides its reports (issue 21): `--version` with the commit,
/// the help as the manual plugin reads it, and shell completion of profiles. The installed binary
/// itself, the man pages, the completion scripts in their shells and the package are checked by
/// `make install-test` (scripts/install_test.py), which needs the release build.
@Suite struct InstallTests {
    @Test func versionNamesTheVersionAndTheCommit() throws {
        let run = try Binary.run(["--version"])
        #expect(run.status == 0)
        let line = run.stdout.trimmingCharacters(in: .newlines)
        #expect(line.hasPrefix(BegeleidVersion.current + " (commit "), "\(line)")
        #expect(line.wholeMatch(of: /\d+\.\d+\.\d+ \(commit ([0-9a-f]{12}|onbekend \/ unknown)\)/) != nil, "\(line)")
    }

    @Test func theManualDumpIsASCIIWithParagraphsAndStillJSON() throws {
        let run = try Binary.run(["--experimental-dump-help"])
        #expect(run.status == 0)
        let outside = run.stdout.unicodeScalars.filter { !$0.isASCII }
        #expect(outside.isEmpty, "\(String(String.UnicodeScalarView(outside)))")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let command = json?["command"] as? [String: Any]
        let discussion = try #require(command?["discussion"] as? String)
        #expect(discussion.contains("\n.Pp\nExit codes: 0"))
        #expect(!discussion.contains("\n\n"))
        // Letters lose their accents, nothing is dropped: "één" stays a word, not "n".
        let options = try #require((command?["subcommands"] as? [[String: Any]])?.first?["arguments"] as? [[String: Any]])
        let format = try #require(options.compactMap { $0["abstract"] as? String }.first { $0.hasPrefix("compiler:") })
        #expect(format.contains("compiler: een regel per melding"), "\(format)")
    }

    @Test func asciiSpellingKeepsEveryCharacterReadable() {
        #expect(ManualText.ascii("één → “ideeën” — café…") == "een -> 'ideeen' - cafe...")
        #expect(ManualText.ascii("a\\n\\nb") == "a\\n.Pp\\nb")
        #expect(ManualText.ascii("漢") == "?")
    }

    @Test func theHelpItselfKeepsItsAccents() throws {
        let run = try Binary.run(["--help"])
        #expect(run.stdout.contains("kopiëren"))
        #expect(!run.stdout.contains(".Pp"))
    }

    @Test func voorstelCompletesTheProfilesOfTheInputFolder() throws {
        let root = Fixtures.temporaryFolder()
        let profiles = root.appendingPathComponent("Elders/organisaties")
        try FileManager.default.createDirectory(at: profiles, withIntermediateDirectories: true)
        for name in ["gemeente-deventer.yaml", "provincie-gelderland.yml", "zorgnetwerk-twente.yaml", ".verborgen.yaml", "lees-mij.txt"] {
            try Data("organisatie: x\n".utf8).write(to: profiles.appendingPathComponent(name))
        }
        // As the shell asks: the words of the command line, the index of the word, the typed prefix.
        let all = try Binary.run(["---completion", "voorstel", "--", "positional@0", "4", "0", "begeleid", "voorstel", "--input", "Elders", ""], in: root)
        #expect(all.status == 0)
        #expect(all.stdout.split(separator: "\n") == ["gemeente-deventer", "provincie-gelderland", "zorgnetwerk-twente"])
        let some = try Binary.run(["---completion", "voorstel", "--", "positional@0", "3", "1", "begeleid", "voorstel", "--input=Elders", "p"], in: root)
        #expect(some.stdout.split(separator: "\n") == ["provincie-gelderland"])
        // Without --input: ./Input, which is not there here, so nothing is offered.
        let none = try Binary.run(["---completion", "voorstel", "--", "positional@0", "2", "0", "begeleid", "voorstel", ""], in: root)
        #expect(none.status == 0)
        #expect(none.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }

    @Test func theInputFolderIsTheLastOneNamed() {
        #expect(ProfileCompletion.inputFolder(in: ["begeleid", "voorstel"]) == "Input")
        #expect(ProfileCompletion.inputFolder(in: ["begeleid", "voorstel", "--input", "A", "--input=B"]) == "B")
        #expect(ProfileCompletion.inputFolder(in: ["begeleid", "voorstel", "--input"]) == "Input")
    }
}
