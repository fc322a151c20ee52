import Foundation
import Testing

/// One kind of broken input: how to make it in an `Input/` folder, and what
/// must come of it.
struct BrokenInput: Sendable, CustomTestStringConvertible {
    enum Expected: Sendable {
        /// The notes are built (warnings allowed): `sessies/<slug>/rapport.html` exists.
        case report(slug: String)
        /// An error with one of `codes` for the file ending in `file`, at `line` (and `column`) when given; exit 1.
        case refused(codes: Set<String>, file: String, line: Int?, column: Int?)
        /// The build as a whole stops (exit 2) with `text` in the message.
        case stopped(text: String)
        /// The profile becomes a proposal: `voorstellen/<slug>/voorstel.html` exists.
        case proposal(slug: String)
    }

    var name: String
    var arguments: [String] = []
    var make: @Sendable (URL) throws -> Void
    var expected: Expected

    var testDescription: String { name }

    static func refused(_ code: String, _ file: String, line: Int? = nil, column: Int? = nil) -> Expected {
        .refused(codes: [code], file: file, line: line, column: column)
    }
}

/// The corpus. Sessions.valid has its front matter on lines 1–7 and the case text on line 10.
enum BrokenInputs {
    static func write(_ bytes: [UInt8], _ name: String, in input: URL, folder: String = "sessies") throws {
        let url = input.appendingPathComponent(folder).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    static func write(_ text: String, _ name: String, in input: URL, folder: String = "sessies") throws {
        try write(Array(text.utf8), name, in: input, folder: folder)
    }

    static let valid = Sessions.valid
    /// The valid notes with `text` as the case description (a paragraph of its own).
    static func withCase(_ text: String) -> String {
        valid.replacing1("De gemeente bouwt een digitaal model van het verkeer.\n", with: text + "\n")
    }
    static func withFrontMatter(_ lines: String) -> String {
        valid.replacing1("fase: voorafgaand\n", with: "fase: voorafgaand\n" + lines + "\n")
    }

    /// About 1 MB (just under the 1 MiB limit with the rest of the notes).
    static let megabyte = 1_000_000

    /// The text of a valid session about a secret elsewhere (for the symbolic link out of Input).
    static let outsider = valid.replacing1("titel: Digital twin voor de ringweg", with: "titel: Buiten de invoermap")

    static let all: [BrokenInput] = encodings + structure + yaml + sizes + files + quadratic + profiles + edges

    static let encodings: [BrokenInput] = [
        BrokenInput(name: "invalid UTF-8", make: { try write(Array("---\ntitel: Caf".utf8) + [0xE9] + Array(valid.utf8.dropFirst(4)), "utf8.md", in: $0) },
                    expected: BrokenInput.refused("not-utf8", "utf8.md", line: 2, column: 11)),
        BrokenInput(name: "UTF-16 LE with BOM", make: { try write([0xFF, 0xFE] + valid.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "le.md", in: $0) },
                    expected: BrokenInput.refused("not-utf8", "le.md", line: 1, column: 1)),
        BrokenInput(name: "UTF-16 BE with BOM", make: { try write([0xFE, 0xFF] + valid.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, "be.md", in: $0) },
                    expected: BrokenInput.refused("not-utf8", "be.md", line: 1, column: 1)),
        BrokenInput(name: "UTF-16 without BOM", make: { try write(valid.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "nobom.md", in: $0) },
                    expected: BrokenInput.refused("not-utf8", "nobom.md", line: 1, column: 1)),
        BrokenInput(name: "UTF-8 with BOM", make: { try write([0xEF, 0xBB, 0xBF] + Array(valid.utf8), "bom.md", in: $0) },
                    expected: .report(slug: "bom")),
        BrokenInput(name: "CRLF line ends", make: { try write(valid.replacingOccurrences(of: "\n", with: "\r\n"), "crlf.md", in: $0) },
                    expected: .report(slug: "crlf")),
        BrokenInput(name: "lone CR line ends", make: { try write(valid.replacingOccurrences(of: "\n", with: "\r"), "cr.md", in: $0) },
                    expected: .report(slug: "cr")),
        BrokenInput(name: "NUL byte", make: { try write(Array(withCase("De gemeente\u{0}").utf8), "nul.md", in: $0) },
                    expected: BrokenInput.refused("nul-byte", "nul.md", line: 10, column: 12)),
        BrokenInput(name: "binary file named .md", make: {
            var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            var state: UInt32 = 12345
            for _ in 0..<4096 { state = state &* 1_103_515_245 &+ 12345; bytes.append(UInt8(truncatingIfNeeded: state >> 16)) }
            try write(bytes, "plaatje.md", in: $0)
        }, expected: .refused(codes: ["not-utf8", "nul-byte"], file: "plaatje.md", line: 1, column: 1)),
    ]

    static let structure: [BrokenInput] = [
        BrokenInput(name: "empty file", make: { try write("", "leeg.md", in: $0) },
                    expected: BrokenInput.refused("empty-file", "leeg.md", line: 1, column: 1)),
        BrokenInput(name: "only front matter", make: { try write(String(valid.prefix { $0 != "#" }), "kop.md", in: $0) },
                    expected: BrokenInput.refused("section-missing", "kop.md")),
        BrokenInput(name: "front matter never closed", make: { try write(valid.replacing1("fase: voorafgaand\n---\n", with: "fase: voorafgaand\n"), "open.md", in: $0) },
                    expected: BrokenInput.refused("front-matter-unclosed", "open.md", line: 1, column: 1)),
        BrokenInput(name: "front matter not a mapping", make: { try write("---\n- een\n- lijst\n---\n## Casus\nx\n", "lijst.md", in: $0) },
                    expected: BrokenInput.refused("front-matter-not-mapping", "lijst.md")),
        BrokenInput(name: "lists nested 1,000 deep", make: {
            try write(valid + "\n## Vervolg\n" + (0..<1000).map { String(repeating: "  ", count: $0) + "- a\n" }.joined(), "lijsten.md", in: $0)
        }, expected: BrokenInput.refused("nesting-too-deep", "lijsten.md")),
        BrokenInput(name: "quotes nested 1,000 deep", make: { try write(valid + "\n## Vervolg\n" + String(repeating: "> ", count: 1000) + "a\n", "citaten.md", in: $0) },
                    expected: BrokenInput.refused("nesting-too-deep", "citaten.md", line: 35)),
        BrokenInput(name: "10,000 values and one option naming them all", make: {
            // Found by a blind tester: every value listed every option with all its values (10 GB).
            let names = (0..<10_000).map { "w\($0)" }
            let text = valid.replacing1("- Duurzaamheid\n", with: "- Duurzaamheid\n" + names.map { "- \($0)\n" }.joined())
                .replacing1("- Verkeerskundigen leren onzekerheid uitleggen → duurzaamheid",
                            with: "- Verkeerskundigen leren onzekerheid uitleggen → duurzaamheid, " + names.joined(separator: ", "))
            try write(text, "waarden.md", in: $0)
        }, expected: .report(slug: "waarden")),
        BrokenInput(name: "12,000 actors and one option naming 12,000 unknown ones", make: {
            // Found by a blind tester: every unknown name was compared with every actor (minutes).
            let actors = (0..<12_000).map { "- Groep \($0)\n" }.joined()
            let mentions = (0..<12_000).map { "@onbekend-\($0)" }.joined(separator: " ")
            let text = valid.replacing1("- Verkeerskundigen: beheren het model\n", with: "- Verkeerskundigen: beheren het model\n" + actors)
                .replacing1("- Jaarlijks publieksverslag → privacy, duurzaamheid @verkeerskundigen",
                            with: "- Jaarlijks publieksverslag → privacy, duurzaamheid @verkeerskundigen " + mentions)
            try write(text, "actoren.md", in: $0)
        }, expected: BrokenInput.refused("actor-unknown", "actoren.md")),
        BrokenInput(name: "10,000 list items", make: {
            let effects = (0..<10_000).map { "- Effect nummer \($0) → duurzaamheid\n" }.joined()
            try write(valid.replacing1("### Negatief\n", with: effects + "### Negatief\n"), "lang.md", in: $0)
        }, expected: .report(slug: "lang")),
    ]

    static let yaml: [BrokenInput] = [
        BrokenInput(name: "YAML syntax error", make: { try write(valid.replacing1("fase: voorafgaand", with: "fase: [voorafgaand"), "syntax.md", in: $0) },
                    expected: BrokenInput.refused("yaml-syntax", "syntax.md")),
        BrokenInput(name: "YAML tab indentation", make: { try write(withFrontMatter("deelnemers:\n\t- rol: bewoner"), "tab.md", in: $0) },
                    expected: BrokenInput.refused("yaml-tab", "tab.md", line: 8, column: 1)),
        BrokenInput(name: "YAML alias bomb (billion laughs)", make: {
            var lines = [#"a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
            for level in 1..<10 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]") }
            lines.append("deelnemers: *a9")
            try write(withFrontMatter(lines.joined(separator: "\n")), "bom.md", in: $0)
            // Yams resolves an alias to its anchored node, so the finding points at an anchor's line.
        }, expected: BrokenInput.refused("key-malformed", "bom.md")),
        BrokenInput(name: "a required key set to YAML null (titel: ~)", make: { try write(valid.replacing1("titel: Digital twin voor de ringweg", with: "titel: ~"), "leeg.md", in: $0) },
                    expected: BrokenInput.refused("key-missing", "leeg.md", line: 2)),
        BrokenInput(name: "control characters written as YAML escapes", make: {
            try write(valid.replacing1("titel: Digital twin voor de ringweg", with: #"titel: "Sessie \uFFFE met \0 en \e]0;x\a""#), "escapes.md", in: $0)
        }, expected: BrokenInput.refused("key-malformed", "escapes.md", line: 2)),
        BrokenInput(name: "a raw escape sequence pasted into the notes", make: { try write(withCase("Plakte \u{1B}]0;titel\u{07} uit een terminal"), "esc.md", in: $0) },
                    expected: BrokenInput.refused("control-character", "esc.md", line: 10, column: 8)),
        BrokenInput(name: "duplicate YAML keys", make: { try write(withFrontMatter("fase: na"), "dubbel.md", in: $0) },
                    expected: BrokenInput.refused("key-duplicate", "dubbel.md")),
        BrokenInput(name: "non-string YAML keys", make: { try write(withFrontMatter("1: x\n[a, b]: c\n? {a: 1}\n: d\nnull: e"), "sleutels.md", in: $0) },
                    expected: .report(slug: "sleutels")),
        BrokenInput(name: "YAML nested 100,000 deep", make: { try write(withFrontMatter("labels: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)), "diep.md", in: $0) },
                    expected: BrokenInput.refused("yaml-syntax", "diep.md", line: 7)),
    ]

    static let sizes: [BrokenInput] = [
        BrokenInput(name: "a 1 MB line", make: { try write(withCase(String(repeating: "woord ", count: megabyte / 6)), "regel.md", in: $0) },
                    expected: .report(slug: "regel")),
        BrokenInput(name: "a file above the size limit", make: { try write(withCase(String(repeating: "woord ", count: (1 << 20) / 6 + 1)), "groot.md", in: $0) },
                    expected: BrokenInput.refused("file-too-large", "groot.md", line: 1, column: 1)),
        BrokenInput(name: "above the default limit, with --max-input-size 2M", arguments: ["--max-input-size", "2M"],
                    make: { try write(withCase(String(repeating: "woord ", count: (1 << 20) / 6 + 1)), "groot.md", in: $0) },
                    expected: .report(slug: "groot")),
        BrokenInput(name: "a limit of 2k set with --max-input-size", arguments: ["--max-input-size", "2k"],
                    make: { try write(withCase(String(repeating: "woord ", count: 400)), "klein.md", in: $0) },
                    expected: BrokenInput.refused("file-too-large", "klein.md", line: 1, column: 1)),
    ]

    static let files: [BrokenInput] = [
        BrokenInput(name: "symbolic link out of Input", make: { input in
            let outside = input.deletingLastPathComponent().appendingPathComponent("elders.md")
            try Data(outsider.utf8).write(to: outside)
            try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("sessies/link.md").path, withDestinationPath: outside.path)
        }, expected: BrokenInput.refused("symlink-outside", "link.md", line: 1, column: 1)),
        BrokenInput(name: "symbolic link inside Input", make: { input in
            try write(valid, "gedeeld.md", in: input, folder: "gedeeld")
            try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("sessies/binnen.md").path, withDestinationPath: "../gedeeld/gedeeld.md")
        }, expected: .report(slug: "binnen")),
        BrokenInput(name: "dangling symbolic link", make: { input in
            try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("sessies/los.md").path, withDestinationPath: "nergens.md")
        }, expected: BrokenInput.refused("file-unreadable", "los.md", line: 1, column: 1)),
        BrokenInput(name: "a folder named .md", make: { try FileManager.default.createDirectory(at: $0.appendingPathComponent("sessies/map.md"), withIntermediateDirectories: true) },
                    expected: BrokenInput.refused("file-unreadable", "map.md", line: 1, column: 1)),
        BrokenInput(name: "a named pipe named .md (would block a reader)", make: { input in
            _ = mkfifo(input.appendingPathComponent("sessies/pijp.md").path, 0o644)
        }, expected: BrokenInput.refused("file-unreadable", "pijp.md", line: 1, column: 1)),
        BrokenInput(name: "an unreadable file", make: { input in
            try write(valid, "geheim.md", in: input)
            let path = input.appendingPathComponent("sessies/geheim.md").path
            if getuid() == 0 {
                // root reads any file: a pipe stands in for what cannot be read.
                try FileManager.default.removeItem(atPath: path)
                _ = mkfifo(path, 0o000)
            } else {
                _ = chmod(path, 0o000)
            }
        }, expected: BrokenInput.refused("file-unreadable", "geheim.md", line: 1, column: 1)),
        BrokenInput(name: "slugs that collide (Zwolle.md, zwolle.md, zwol le.md)", make: { input in
            for name in ["Zwolle.md", "zwolle.md", "zwol le.md"] { try write(valid, name, in: input) }
        }, expected: BrokenInput.refused("slug-collision", "Zwolle.md")),
        BrokenInput(name: "a name with spaces", make: { try write(valid, "mijn sessie.md", in: $0) }, expected: .report(slug: "mijn-sessie")),
        BrokenInput(name: "a non-ASCII name", make: { try write(valid, "Café Überlingen.md", in: $0) }, expected: .report(slug: "cafe-uberlingen")),
        BrokenInput(name: "a leading dot (hidden, left alone)", make: { try write("niet eens notities", ".verborgen.md", in: $0) },
                    expected: .report(slug: "goed")),
        BrokenInput(name: "a name of dots (hidden: left alone)", make: { try write("geen notities", "..md", in: $0) }, expected: .report(slug: "goed")),
        BrokenInput(name: "dots inside a name", make: { try write(valid, "twee..punten.md", in: $0) }, expected: .report(slug: "twee-punten")),
        BrokenInput(name: "an output folder that cannot be written", arguments: ["--output", "Uitvoer"], make: { input in
            try Data("een bestand, geen map\n".utf8).write(to: input.deletingLastPathComponent().appendingPathComponent("Uitvoer"))
        }, expected: .stopped(text: "Uitvoer")),
    ]

    /// The inputs behind CVE-2023-22483, -22484, -22486 and -24824, each about 1 MB in one paragraph.
    static let quadratic: [BrokenInput] = [
        BrokenInput(name: "CVE-2023-22486: ![[]() repeated", make: { try write(withCase(String(repeating: "![[]()", count: megabyte / 6)), "afbeelding.md", in: $0) },
                    expected: BrokenInput.refused("markdown-too-complex", "afbeelding.md", line: 10)),
        BrokenInput(name: "CVE-2023-22483: processing instructions a <? repeated", make: { try write(withCase(String(repeating: "a <?", count: megabyte / 4)), "pi.md", in: $0) },
                    expected: BrokenInput.refused("markdown-too-complex", "pi.md", line: 10)),
        BrokenInput(name: "CVE-2023-22483: a <![CDATA[ repeated", make: { try write(withCase(String(repeating: "a <![CDATA[", count: megabyte / 11)), "cdata.md", in: $0) },
                    expected: BrokenInput.refused("markdown-too-complex", "cdata.md", line: 10)),
        BrokenInput(name: "CVE-2023-22484: <!-- repeated", make: { try write(withCase("a" + String(repeating: "<!--", count: megabyte / 4)), "commentaar.md", in: $0) },
                    // An unclosed comment: the rest of the file is private, so the sections after it are missing.
                    expected: BrokenInput.refused("section-missing", "commentaar.md")),
        BrokenInput(name: "CVE-2023-24824: *a_ repeated (linear in this library: built)", make: { try write(withCase(String(repeating: "*a_ ", count: megabyte / 4)), "nadruk.md", in: $0) },
                    expected: .report(slug: "nadruk")),
        BrokenInput(name: "a table of 250,000 columns", make: {
            try write(withCase("|" + String(repeating: "a|", count: megabyte / 4) + "\n|" + String(repeating: "-|", count: megabyte / 4)), "tabel.md", in: $0)
        }, expected: BrokenInput.refused("markdown-too-complex", "tabel.md", line: 10)),
        BrokenInput(name: "just below the limits, 200 paragraphs of them", make: {
            let paragraph = String(repeating: "a <?", count: 999) + " " + String(repeating: "![[]()", count: 490)
            try write(withCase(Array(repeating: paragraph, count: 140).joined(separator: "\n\n")), "grens.md", in: $0)
        }, expected: .report(slug: "grens")),
    ]

    static let profiles: [BrokenInput] = [
        BrokenInput(name: "a profile above the size limit", make: { input in
            try write("naam: Gemeente X\n# " + String(repeating: "x", count: 1 << 20) + "\n", "groot.yaml", in: input, folder: "organisaties")
        }, expected: BrokenInput.refused("file-too-large", "groot.yaml", line: 1, column: 1)),
        BrokenInput(name: "a profile in UTF-16", make: { input in
            try write([0xFF, 0xFE] + "naam: Gemeente X\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "utf16.yaml", in: input, folder: "organisaties")
        }, expected: BrokenInput.refused("not-utf8", "utf16.yaml", line: 1, column: 1)),
        BrokenInput(name: "a profile whose texts would be quadratic (shown literally)", make: { input in
            let example = Fixtures.repository.appendingPathComponent("Input")
            try FileManager.default.copyItem(at: example.appendingPathComponent("aanbod.yaml"), to: input.appendingPathComponent("aanbod.yaml"))
            var profile = try String(contentsOf: example.appendingPathComponent("organisaties/gemeente-deventer.yaml"), encoding: .utf8)
            profile = profile.replacingOccurrences(
                of: "    beschrijving: Camera's tellen voetgangers",
                with: "    beschrijving: \"" + String(repeating: "a <?", count: 100_000) + "\"\n    x: Camera's tellen voetgangers")
            try write(profile.replacingOccurrences(of: "\n    x: ", with: "\n    # "), "traag.yaml", in: input, folder: "organisaties")
        }, expected: .proposal(slug: "traag")),
    ]

    /// Issue 14, items 9 and 10: dates at the calendar's edges, and labels by the ten thousand.
    static let edges: [BrokenInput] = [
        BrokenInput(name: "a profile dated 9999-12-31 (would plan into the year 10000)", make: { try profile(date: "9999-12-31", "verre.yaml", in: $0) },
                    expected: BrokenInput.refused("date-out-of-range", "verre.yaml", line: 15, column: 8)),
        BrokenInput(name: "a profile dated 0000-01-01", make: { try profile(date: "0000-01-01", "nul.yaml", in: $0) },
                    expected: BrokenInput.refused("date-out-of-range", "nul.yaml", line: 15, column: 8)),
        BrokenInput(name: "a profile dated 1899-12-31", make: { try profile(date: "1899-12-31", "oud.yaml", in: $0) },
                    expected: BrokenInput.refused("date-out-of-range", "oud.yaml", line: 15, column: 8)),
        BrokenInput(name: "a profile dated 2999-12-31 (the last year allowed)", make: { try profile(date: "2999-12-31", "laatste.yaml", in: $0) },
                    expected: .proposal(slug: "laatste")),
        BrokenInput(name: "a profile dated 1900-01-01 (the first year allowed)", make: { try profile(date: "1900-01-01", "eerste.yaml", in: $0) },
                    expected: .proposal(slug: "eerste")),
        BrokenInput(name: "notes dated 0001-01-01", make: { try write(valid.replacing1("datum: 2026-03-12", with: "datum: 0001-01-01"), "jaar1.md", in: $0) },
                    expected: BrokenInput.refused("date-out-of-range", "jaar1.md", line: 5, column: 8)),
        // The overview counted each label by looking it up in every session: 50,000 labels took 189 s (quadratic).
        // Linear, the whole build takes seconds; the corpus's time limit is far below the quadratic time.
        BrokenInput(name: "50,000 labels in one session", make: {
            let labels = (1...50_000).map { "label\($0)" }.joined(separator: ", ")
            try write(valid.replacing1("fase: voorafgaand", with: "fase: voorafgaand\nlabels: [\(labels)]"), "labels.md", in: $0)
        }, expected: .report(slug: "labels")),
    ]

    /// The example offer and one example profile, dated `date`.
    static func profile(date: String, _ name: String, in input: URL) throws {
        let example = Fixtures.repository.appendingPathComponent("Input")
        try FileManager.default.copyItem(at: example.appendingPathComponent("aanbod.yaml"), to: input.appendingPathComponent("aanbod.yaml"))
        let profile = try String(contentsOf: example.appendingPathComponent("organisaties/gemeente-deventer.yaml"), encoding: .utf8)
        try write(profile.replacing1("datum: 2027-01-11", with: "datum: \(date)"), name, in: input, folder: "organisaties")
    }
}
