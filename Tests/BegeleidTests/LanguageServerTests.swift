import BegeleidLanguageServer
import Foundation
import Testing

/// `begeleid lsp` spoken to over pipes: the diagnostics it publishes are the
/// findings of `check --format json` (ranges and codes), they follow every
/// change, and bad input gets an error or a log line, never a crash or hang.
@Suite("Language server: protocol and diagnostics", .serialized)
struct LanguageServerTests {
    /// Notes with mistakes after an é and an emoji on the same line (UTF-16 ≠ scalars).
    static let mistaken = LSPWorkspace.ringweg
        .replacingOccurrences(of: "- Gevoel bekeken te worden door camera's → privacy @bewoners",
                              with: "- Café 😀 gevoel bekeken te worden → privcy @bewonrs")
        .replacingOccurrences(of: "- Duurzaamheid\n", with: "- Duurzaamheid\n- Privacy\n")

    @Test func diagnosticsMatchCheckJSONAlsoWithCRLF() throws {
        let crlf = Self.mistaken.replacingOccurrences(of: "\n", with: "\r\n")
        let workspace = try LSPWorkspace(["ringweg.md": Self.mistaken, "crlf.md": crlf])
        let check = try Binary.run(["check", "--format", "json", "Input"], in: workspace.root)
        let client = try workspace.client()
        for (name, text) in [("ringweg.md", Self.mistaken), ("crlf.md", crlf)] {
            client.open(workspace.uri(name), text: text)
            let published = try client.diagnostics(for: workspace.uri(name))
            let expected = LSPWorkspace.checkRanges(check.stdout, file: "sessies/\(name)", text: text)
            #expect(Set(expected.map { $0.split(separator: " ")[0] }).isSuperset(of: ["value-unknown", "actor-unknown", "value-duplicate"]),
                    "\(expected)")
            #expect(LSPWorkspace.publishedRanges(published) == expected, "\(name)")
            // The near miss after “Café 😀”: UTF-16 counts the emoji twice.
            let typo = try #require(published.first { $0["code"]?.string == "value-unknown" })
            let (line, character) = LSPWorkspace.place(of: "privcy", in: text)
            #expect(typo["range"]?["start"]?["character"]?.int == character && typo["range"]?["start"]?["line"]?.int == line)
            #expect(typo["range"]?["end"]?["character"]?.int == character + 6)
            #expect(typo["severity"]?.int == 1 && typo["source"]?.string == "begeleid")
            #expect(typo["message"]?.string?.contains("Privacy") == true)
            #expect(typo["codeDescription"]?["href"]?.string?.hasSuffix("docs/diagnostics.md") == true)
            // A duplicate points at its first declaration.
            let duplicate = try #require(published.first { $0["code"]?.string == "value-duplicate" })
            let related = try #require(duplicate["relatedInformation"]?.array?.first)
            #expect(related["location"]?["range"]?["start"]?["line"]?.int == LSPWorkspace.place(of: "- Privacy (kern)", in: text).0)
        }
    }

    @Test func diagnosticsFollowIncrementalAndFullChanges() throws {
        let workspace = try LSPWorkspace(["ringweg.md": Self.mistaken])
        let client = try workspace.client()
        let uri = workspace.uri("ringweg.md")
        client.open(uri, text: Self.mistaken)
        #expect(try client.diagnostics(for: uri).contains { $0["code"]?.string == "value-unknown" })
        // Incremental: “privcy” → “privacy”, “@bewonrs” → “@bewoners”.
        let (line, character) = LSPWorkspace.place(of: "privcy", in: Self.mistaken)
        let (mentionLine, mention) = LSPWorkspace.place(of: "@bewonrs", in: Self.mistaken)
        client.change(uri, version: 2, changes: [
            .object(["range": LSPClient.range((mentionLine, mention), (mentionLine, mention + 8)), "text": .string("@bewoners")]),
            .object(["range": LSPClient.range((line, character), (line, character + 6)), "text": .string("privacy")]),
        ])
        let after = try client.diagnostics(for: uri)
        #expect(!after.contains { $0["code"]?.string == "value-unknown" || $0["code"]?.string == "actor-unknown" }, "\(after)")
        #expect(after.contains { $0["code"]?.string == "value-duplicate" })
        // Full text.
        client.change(uri, version: 3, changes: [.object(["text": .string(LSPWorkspace.ringweg)])])
        let clean = try client.diagnostics(for: uri)
        let expected = LSPWorkspace.checkRanges(
            try Binary.run(["check", "--format", "json", "Input"], in: {
                try? workspace.write("ringweg.md", LSPWorkspace.ringweg); return workspace.root }()).stdout,
            file: "sessies/ringweg.md", text: LSPWorkspace.ringweg)
        #expect(LSPWorkspace.publishedRanges(clean) == expected)
    }

    @Test func crossFileFindingsUseTheWorkspace() throws {
        let later = LSPWorkspace.ringweg.replacingOccurrences(of: "datum: 2026-03-12", with: "datum: 2026-09-01\nvervolg_op: bestaat-niet")
        let workspace = try LSPWorkspace(["ringweg.md": LSPWorkspace.ringweg, "later.md": later])
        let client = try workspace.client()
        client.open(workspace.uri("later.md"), text: later)
        #expect(try client.diagnostics(for: workspace.uri("later.md")).contains { $0["code"]?.string == "follows-unknown" })
        // Named as the earlier session, only as typed (not saved): the series is read with the editor's text.
        let fixed = later.replacingOccurrences(of: "vervolg_op: bestaat-niet", with: "vervolg_op: ringweg")
        client.change(workspace.uri("later.md"), version: 2, changes: [.object(["text": .string(fixed)])])
        #expect(!(try client.diagnostics(for: workspace.uri("later.md"))).contains { $0["code"]?.string == "follows-unknown" })
        let check = try Binary.run(["check", "--format", "json", "Input"], in: workspace.root)
        #expect(check.stdout.contains("follows-unknown"), "on disk it is still unknown: the editor's text was used")
        // A near spelling of the vocabulary gets a note, until waarden.yaml names it as a value of its own.
        let near = LSPWorkspace.ringweg.replacingOccurrences(of: "- Duurzaamheid\n", with: "- Duurzaamheit\n")
            .replacingOccurrences(of: "duurzaamheid", with: "duurzaamheit")
        let uri = workspace.uri("ringweg.md")
        client.open(uri, text: near)
        #expect(try client.diagnostics(for: uri).contains { $0["code"]?.string == "value-near-vocabulary" && $0["severity"]?.int == 3 })
        try Data("Duurzaamheit: [duurzaam]\n".utf8).write(to: workspace.root.appendingPathComponent("Input/waarden.yaml"))
        client.change(uri, version: 2, changes: [.object(["text": .string(near + "\n")])])
        #expect(try !client.diagnostics(for: uri).contains { $0["code"]?.string == "value-near-vocabulary" })
    }

    @Test func shutdownThenExitEndsWithZeroOtherwiseOne() throws {
        let workspace = try LSPWorkspace()
        let client = try workspace.client()
        let response = try client.request("shutdown")
        #expect(response["result"] == .null && response["error"] == nil)
        #expect(try client.request("textDocument/hover", LSPClient.at("file:///x.md", 0, 0))["error"]?["code"]?.int == -32600)
        client.notify("exit", .null)
        #expect(client.waitForExit() == 0)

        let abrupt = try workspace.client()
        abrupt.notify("exit", .null)
        #expect(abrupt.waitForExit() == 1, "exit without shutdown")

        let vanished = try workspace.client()
        vanished.closeInput()
        #expect(vanished.waitForExit() == 1, "the client went away: end of input ends the server")
    }

    @Test func badInputGetsAnErrorOrALogLineAndTheServerGoesOn() throws {
        let workspace = try LSPWorkspace(["ringweg.md": LSPWorkspace.ringweg])
        let client = try LSPClient(arguments: ["--debounce", "20"], in: workspace.root)
        // Before initialize.
        #expect(try client.request("textDocument/hover", LSPClient.at("file:///x.md", 0, 0))["error"]?["code"]?.int == -32002)
        _ = try client.initialize(root: workspace.root)
        // Not JSON; a header without a length; JSON that is no request.
        client.sendRaw(Array("Content-Length: 9\r\n\r\n{not json".utf8))
        #expect(try client.errorWithoutID()["code"]?.int == -32700)
        client.sendRaw(Array("Nonsense\r\n\r\n".utf8))
        #expect(try client.errorWithoutID()["code"]?.int == -32700)
        client.sendRaw(Array("Content-Length: 2\r\n\r\n[]".utf8))
        #expect(try client.errorWithoutID()["code"]?.int == -32600)
        #expect(try client.request("begeleid/nothing")["error"]?["code"]?.int == -32601)
        #expect(try client.request("textDocument/hover", .object(["position": .string("x")]))["error"]?["code"]?.int == -32602)
        // A document never opened.
        #expect(try client.request("textDocument/hover", LSPClient.at(workspace.uri("ringweg.md"), 0, 0))["error"]?["code"]?.int == -32602)
        // A file outside the workspace: checked alone, with a log line.
        client.open("file:///tmp/elders/buiten.md", text: LSPWorkspace.ringweg)
        _ = try client.diagnostics(for: "file:///tmp/elders/buiten.md")
        _ = try client.notification { $0["method"]?.string == "window/logMessage" && $0["params"]?["message"]?.string?.contains("outside the workspace") == true }
        // A 10 MB document: refused like a file that large, located at line 1.
        let huge = String(repeating: "- een heel lange regel tekst die telkens terugkomt\n", count: 200_000)
        client.open(workspace.uri("groot.md"), text: huge)
        let refused = try client.diagnostics(for: workspace.uri("groot.md"))
        #expect(refused.map { $0["code"]?.string } == ["file-too-large"])
        #expect(try client.request("textDocument/hover", LSPClient.at(workspace.uri("groot.md"), 5, 3))["result"] == .null)
        // A change outside the text: clamped to its end, logged.
        let uri = workspace.uri("ringweg.md")
        client.open(uri, text: LSPWorkspace.ringweg)
        _ = try client.diagnostics(for: uri)
        client.change(uri, version: 2, changes: [.object(["range": LSPClient.range((9_999, 3), (10_000, 0)), "text": .string("\nx")])])
        _ = try client.notification { $0["params"]?["message"]?.string?.contains("clamped") == true }
        _ = try client.diagnostics(for: uri)
        // Still answering, and nothing of the notes in what it logged.
        #expect(try client.request("textDocument/documentSymbol", .object(["textDocument": .object(["uri": .string(uri)])]))["result"]?.array?.isEmpty == false)
        #expect(!client.stderr.contains("Geheime") && !client.stderr.contains("lange regel"))
        _ = try client.request("shutdown")
        client.notify("exit", .null)
        #expect(client.waitForExit() == 0)
    }

    /// `lsp --front-matter-schema`: a JSON Schema the fixture's front matter passes and a wrong key or choice fails.
    @Test func frontMatterSchemaAcceptsTheFixtureAndCatchesMistakes() throws {
        let run = try Binary.run(["lsp", "--front-matter-schema"])
        #expect(run.status == 0)
        let script = """
            import json, sys, yaml, jsonschema
            schema = json.loads(sys.stdin.read())
            for text in sys.argv[1:]:
                front = yaml.safe_load(text.split("---")[1])
                errors = sorted(e.message for e in jsonschema.Draft7Validator(schema).iter_errors(front))
                print(json.dumps(errors, default=str))
            """
        let fixture = LSPWorkspace.ringweg.replacingOccurrences(of: "datum: 2026-03-12", with: "datum: '2026-03-12'\nstatus: concept")
        let wrong = fixture.replacingOccurrences(of: "taal: nl", with: "taal: fr").replacingOccurrences(of: "fase: voorafgaand", with: "fsae: na")
        let english = fixture.replacingOccurrences(of: "titel:", with: "title:").replacingOccurrences(of: "fase: voorafgaand", with: "phase: during")
        let result = try Python.run(script, arguments: [fixture, wrong, english], stdin: Data(run.stdout.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3 && lines[0] == "[]" && lines[2] == "[]", "\(lines)")
        #expect(lines.count == 3 && lines[1].contains("'fr' is not one of") && lines[1].contains("'fsae' was unexpected"), "\(lines)")
    }
}
