import Foundation
import Testing

/// Runs the built binary: exit codes, exact diagnostic lines, outputs.
@Suite("End to end: the begeleid binary", .serialized)
struct EndToEndTests {
    /// A folder `Input/sessies` holding copies of the given fixture files.
    func input(_ files: [String]) throws -> URL {
        try Fixtures.input(files)
    }

    @Test func buildValidSessionsExitsZero() throws {
        let root = try input(["sessies/ringweg.md", "sessies/rdw-inspections.md"])
        let run = try Binary.run(["build"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let files = Fixtures.contents(of: root.appendingPathComponent("Output")).keys.sorted()
        #expect(files == [
            ".begeleid/cache.json", ".begeleid/labels-en", ".begeleid/labels-nl",
            ".begeleid/schetsen/rdw-inspections.md.bin", ".begeleid/schetsen/ringweg.md.bin",
            ".begeleid/slot", ".begeleid/stempels", ".begeleid/uitvoer", ".begeleid/woordenlijst", "data/effecten.csv", "data/gegevens.xlsx", "data/handelingsopties.csv", "data/opvolging.csv", "data/schema.json", "data/sessies.csv", "data/sessies.json",
            "data/waarden.csv", "index.html", "overzicht.html",
            "sessies/rdw-inspections/rapport.html", "sessies/rdw-inspections/rapport.md", "sessies/rdw-inspections/sessie.json",
            "sessies/rdw-inspections/waardenkaart.svg",
            "sessies/ringweg/algoritmeregister.json", "sessies/ringweg/rapport.html", "sessies/ringweg/rapport.md", "sessies/ringweg/sessie.json",
            "sessies/ringweg/waardenkaart.svg",
        ])
        #expect(run.stdout == "2 sessies gebouwd; overzicht: Output/index.html\n")
        #expect(run.stderr.hasSuffix("0 fouten, 3 waarschuwingen in 2 bestanden\n"))
    }

    @Test func checkPrintsEveryFindingLocatedAndExitsOne() throws {
        let root = try input(["broken/fouten.md"])
        let run = try Binary.run(["check"], in: root)
        #expect(run.status == 1)
        let path = "Input/sessies/fouten.md"
        #expect(run.stderr == """
            \(path):5:8: error: “2026-02-30” is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-12 [date-invalid]
            \(path):6:7: error: onbekende waarde “tijdes” voor “fase”; kies uit voorafgaand, tijdens, na; bedoelde je “tijdens”? [key-malformed]
            \(path):7:1: warning: onbekende sleutel “lokatie” wordt genegeerd; bedoelde je “locatie”? [key-unknown]
            \(path):15:3: warning: geen effect of handelingsoptie noemt @communicatieadviseurs (Communicatieadviseurs) [actor-unmentioned]
            \(path):19:46: error: @communicatie-adviseurs is geen actor onder Actoren; bedoelde je “@communicatieadviseurs”? [actor-unknown]
            \(path):21:36: error: de waarde “privasy” staat niet onder Waarden; bedoelde je “Privacy”? [value-unknown]
            \(path):22:1: error: dit effect noemt geen waarde; schrijf “→ waarde” achter het effect [effect-without-value]
            \(path):25:3: warning: geen effect verwijst naar de waarde “Privacy” [value-unreferenced]
            \(path):27:3: warning: geen effect verwijst naar de waarde “Vertrouwen” [value-unreferenced]
            \(path):27:3: error: geen handelingsoptie noemt de waarde “Vertrouwen”; voeg er een toe of markeer de waarde als (geparkeerd) [value-without-option]
            \(path):29:1: warning: de richting Omgeving heeft geen handelingsopties [direction-empty]
            \(path):32:1: warning: “Mnes” onder Handelingsopties wordt gelezen als “Mens”; verbeter de kop; bedoelde je “Mens”? [direction-unknown]
            6 fouten, 6 waarschuwingen in 1 bestand; 1 met fouten

            """)
    }

    /// The build's own line names the notes with errors (“2 sessies gebouwd” read as if all were in their reports).
    @Test func buildNamesTheNotesWithErrorsItLeftOut() throws {
        let root = try input(["sessies/ringweg.md", "broken/fouten.md"])
        let run = try Binary.run(["build"], in: root)
        #expect(run.status == 1)
        #expect(run.stdout == "1 sessie gebouwd; overzicht: Output/index.html\nmet fouten, niet gebouwd (zie de meldingen): Input/sessies/fouten.md\n")
        let english = try Binary.run(["build", "--lang", "en"], in: root)
        #expect(english.stdout.hasSuffix("\nwith errors, not built (see the findings): Input/sessies/fouten.md\n"), "\(english.stdout)")
    }

    /// A pasted escape sequence on a line with a participant's name: the terminal got the raw ESC byte and the line,
    /// name and all (a blind tester). Now neither.
    @Test func aControlCharacterIsNotWrittenToTheTerminalNorItsLineWithAName() throws {
        let root = try input(["sessies/ringweg.md"])
        let note = root.appendingPathComponent("Input/sessies/ringweg.md")
        let text = try String(contentsOf: note, encoding: .utf8)
        let casus = try #require(text.range(of: "## Casus\n"))
        try (text[..<casus.upperBound] + "Geheime Bewoner zei \u{1B}[31m iets.\n\n" + text[casus.upperBound...])
            .write(to: note, atomically: true, encoding: .utf8)
        let run = try Binary.run(["check", "--format", "human"], in: root)
        #expect(run.status == 1 && run.stderr.contains("[control-character]"), "\(run.stderr)")
        #expect(!run.stderr.contains("\u{1B}") && !run.stderr.contains("Geheime"), "\(run.stderr)")
        // Without a name on it, the line is quoted, the character shown as U+FFFD.
        try (text[..<casus.upperBound] + "Iemand zei \u{1B}[31m iets.\n\n" + text[casus.upperBound...]).write(to: note, atomically: true, encoding: .utf8)
        let other = try Binary.run(["check", "--format", "human"], in: root)
        #expect(other.stderr.contains("| Iemand zei \u{FFFD}[31m iets.") && !other.stderr.contains("\u{1B}"), "\(other.stderr)")
    }

    @Test func messagesInEnglishWithLang() throws {
        let root = try input(["broken/fouten.md"])
        let run = try Binary.run(["check", "--lang", "en", "Input/sessies/fouten.md"], in: root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Input/sessies/fouten.md:21:36: error: the value “privasy” is not declared under Values; did you mean “Privacy”? [value-unknown]\n"))
        #expect(run.stderr.hasSuffix("6 errors, 6 warnings in 1 file; 1 with errors\n"))
    }

    @Test func humanFormatShowsTheSourceLineAndACaret() throws {
        let root = try input(["broken/fouten.md"])
        let run = try Binary.run(["check", "--format", "human"], in: root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("""
            Input/sessies/fouten.md:21:36: error: de waarde “privasy” staat niet onder Waarden; bedoelde je “Privacy”? [value-unknown]
             21 | - Mensen voelen zich bespioneerd → privasy @inwoners
                |                                    ^

            """))
    }

    @Test func validSessionsAreBuiltBesideBrokenOnes() throws {
        let root = try input(["sessies/ringweg.md", "broken/fouten.md"])
        let run = try Binary.run(["build"], in: root)
        #expect(run.status == 1)
        let files = Fixtures.contents(of: root.appendingPathComponent("Output")).keys
        #expect(files.contains("sessies/ringweg/rapport.html"))
        #expect(!files.contains { $0.hasPrefix("sessies/fouten") })
    }

    @Test func aSessionWithErrorsKeepsItsPreviousReport() throws {
        let root = try input(["sessies/ringweg.md"])
        #expect(try Binary.run(["build"], in: root).status == 0)
        let report = root.appendingPathComponent("Output/sessies/ringweg/rapport.html")
        let before = try Data(contentsOf: report)
        let notes = root.appendingPathComponent("Input/sessies/ringweg.md")
        let broken = try String(contentsOf: notes, encoding: .utf8).replacingOccurrences(of: "→ privacy @bewoners", with: "→ privasy @bewoners")
        try broken.write(to: notes, atomically: true, encoding: .utf8)
        let run = try Binary.run(["build"], in: root)
        #expect(run.status == 1)
        #expect(try Data(contentsOf: report) == before)
        let index = try String(contentsOf: root.appendingPathComponent("Output/index.html"), encoding: .utf8)
        #expect(index.contains("sessies/ringweg/rapport.html"), "the earlier report stays listed")
        #expect(index.contains("aantekeningen bevatten fouten: rapport van een eerdere versie"))
        #expect(try String(contentsOf: notes, encoding: .utf8) == broken, "input files are never modified")
    }

    @Test func fileNamesThatAreNoSlugsAndCollisions() throws {
        let root = try input([])
        let notes = try Data(contentsOf: Fixtures.folder.appendingPathComponent("sessies/ringweg.md"))
        for name in ["Ring Weg.md", "ring-weg.md", "Zwolle.md"] {
            try notes.write(to: root.appendingPathComponent("Input/sessies/\(name)"))
        }
        let run = try Binary.run(["build"], in: root)
        #expect(run.status == 1)
        #expect(!run.stderr.contains("Input/sessies/Ring Weg.md:1:1: warning: de bestandsnaam is geen slug (kleine letters, cijfers en -); het rapport komt in “ring-weg” [file-name-not-slug]"))
        #expect(run.stderr.contains("Input/sessies/Ring Weg.md:1:1: error: deze sessie krijgt dezelfde naam “ring-weg” als Input/sessies/ring-weg.md; geef het bestand een andere naam [slug-collision]"), "the file already named as a slug keeps it")
        let files = Fixtures.contents(of: root.appendingPathComponent("Output")).keys
        #expect(files.contains("sessies/zwolle/rapport.html"))
        #expect(files.contains("sessies/ring-weg/rapport.html"))
    }

    @Test func checkFindsTheSessionsOfAnInputFolderAndRefusesAnEmptyOne() throws {
        let root = try input(["broken/fouten.md"])
        let run = try Binary.run(["check", "Input"], in: root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Input/sessies/fouten.md:"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Leeg"), withIntermediateDirectories: true)
        let empty = try Binary.run(["check", "Leeg"], in: root)
        #expect(empty.status == 2)
        #expect(empty.stderr == "begeleid: fout: Leeg: geen aantekeningen (.md) gevonden\n")
        // `--input` as `build` takes it (blind tester 35: an error in English only).
        let option = try Binary.run(["check", "--input", "Input"], in: root)
        #expect(option.status == 1 && option.stderr.contains("Input/sessies/fouten.md:"), "\(option.stderr)")
        #expect(try Binary.run(["check", "--input", "Nergens"], in: root).stderr == "begeleid: fout: Nergens: bestaat niet\n")
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let root = try input(["sessies/ringweg.md"])
        let run = try Binary.run(["build", "--strict"], in: root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: de waarde “Gezondheid” is geparkeerd"))
    }

    @Test func wrongUsageAndMissingPathsExitTwo() throws {
        let root = try input([])
        // (`build` is parsed as that command alone first; what it does not take is told as the whole command line.)
        let unknown = try Binary.run(["build", "--frobnicate"], in: root)
        #expect(unknown.status == 2 && unknown.stderr.contains("Usage: begeleid build"), "\(unknown.stderr)")
        #expect(try Binary.run(["check", "bestaat-niet.md"], in: root).status == 2)
        #expect(try Binary.run(["build", "--input", "nergens"], in: root).status == 2)
        #expect(try Binary.run(["build", "--lang", "fr"], in: root).status == 2)
        // A misspelt command, with the nearest (blind tester 35: read as an argument of `build`, in English only).
        let misspelt = try Binary.run(["bulid"], in: root)
        #expect(misspelt.status == 2 && misspelt.stderr.hasPrefix("begeleid: fout: bulid: onbekende opdracht; bedoelde je “build”?"), "\(misspelt.stderr)")
        #expect(try Binary.run(["chek", "--lang", "en"], in: root).stderr.contains("unknown command; did you mean “check”?"))
        let help = try Binary.run(["build", "--help"], in: root)
        #expect(help.status == 0)
        #expect(help.stdout.contains("--templates") && help.stdout.contains("USAGE: begeleid build"), "\(help.stdout)")
    }

    @Test func anOutputThatCannotBeWrittenIsAUsageError() throws {
        let root = try input(["sessies/ringweg.md"])
        try Data("geen map".utf8).write(to: root.appendingPathComponent("Bestand"))
        let run = try Binary.run(["build", "--output", "Bestand"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("begeleid: fout: Bestand"))
        #expect(try String(contentsOf: root.appendingPathComponent("Bestand"), encoding: .utf8) == "geen map")
    }

    @Test func emptyInputStillWritesAnIndex() throws {
        let root = try input([])
        let run = try Binary.run(["build"], in: root)
        #expect(run.status == 0)
        let index = try String(contentsOf: root.appendingPathComponent("Output/index.html"), encoding: .utf8)
        #expect(index.contains("Er zijn nog geen sessies verwerkt."))
    }

    @Test func twoBuildsGiveTheSameBytes() throws {
        let root = try input(["sessies/ringweg.md", "sessies/rdw-inspections.md", "hostile/aanval.md"])
        for folder in ["A", "B"] {
            let run = try Binary.run(["build", "--output", folder], in: root)
            #expect(run.status == 0, "\(folder): \(run.stderr)")
        }
        let a = Fixtures.contents(of: root.appendingPathComponent("A"))
        let b = Fixtures.contents(of: root.appendingPathComponent("B"))
        #expect(a.count == 33, "3 sessions × 4 files, a register entry of the public one, index, overview, 8 data files, the build cache, its 3 outlines (each with its share of data/), the notes' stamps, the kept vocabulary, the kept labels of both languages, lock and marker")
        // (The notes' stamps say when the notes were written: whether they had settled when each build began.)
        #expect(a.filter { $0.key != Fixtures.stamps } == b.filter { $0.key != Fixtures.stamps })
    }

    @Test func customTemplatesFolderIsUsedAndFallsBackPerFile() throws {
        let root = try input(["sessies/ringweg.md"])
        let templates = root.appendingPathComponent("Mijn")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("labels"), withIntermediateDirectories: true)
        try "Eigen: {{title}}\n".write(to: templates.appendingPathComponent("rapport.md.mustache"), atomically: true, encoding: .utf8)
        try "summary: Kort gezegd\n".write(to: templates.appendingPathComponent("labels/nl.yaml"), atomically: true, encoding: .utf8)
        let run = try Binary.run(["build", "--templates", "Mijn"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let markdown = try String(contentsOf: root.appendingPathComponent("Output/sessies/ringweg/rapport.md"), encoding: .utf8)
        #expect(markdown == "Eigen: Digital twin voor de doorstroming op de ringweg\n")
        let html = try String(contentsOf: root.appendingPathComponent("Output/sessies/ringweg/rapport.html"), encoding: .utf8)
        #expect(html.contains(">Kort gezegd</h2>"))
        #expect(html.contains(">Kerncijfers</h2>"), "labels the folder lacks come from the defaults")
    }

    @Test func brokenTemplateIsAUsageError() throws {
        let root = try input(["sessies/ringweg.md"])
        let templates = root.appendingPathComponent("Kapot")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "{{#open}}niet gesloten\n".write(to: templates.appendingPathComponent("rapport.html.mustache"), atomically: true, encoding: .utf8)
        let run = try Binary.run(["build", "--templates", "Kapot"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("Kapot/rapport.html.mustache"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output/sessies").path))
    }
}
