@testable import BegeleidLanguageServer
import Foundation
import Testing

/// Nothing of the private parts of the notes (participants, Notities, an
/// unknown section, HTML comments) in any hover, completion or outline, and
/// places converted to UTF-16 and back with é, emoji and CRLF.
@Suite("Language server: privacy and positions", .serialized)
struct LanguageServerPrivacyTests {
    static let secrets = ["Geheime", "wethouder", "Roddel", "Klokkenluider", "geheimpje"]

    @Test func nothingPrivateInHoverCompletionOrSymbols() throws {
        let text = LSPWorkspace.ringweg
            .replacingOccurrences(of: "## Notities\n", with: "## Notities\n- Klokkenluider @geheimpje → geheimpje\n")
            + "\n## Roddels\n- Roddel over iemand → geheimpje, privacy @geheimpje\n"
        let workspace = try LSPWorkspace(["ringweg.md": text])
        let client = try workspace.client()
        let uri = workspace.uri("ringweg.md")
        client.open(uri, text: text)
        var answers: [String] = []
        let lines = text.components(separatedBy: "\n")
        for (number, line) in lines.enumerated() {
            for character in Set([0, 2, 4, line.utf16.count / 2, max(0, line.utf16.count - 1), line.utf16.count]) {
                for method in ["textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references"] {
                    let response = try client.request(method, LSPClient.at(uri, number, character))
                    answers.append(String(decoding: try JSONEncoder().encode(response), as: UTF8.self))
                }
            }
        }
        let document = JSON.object(["textDocument": .object(["uri": .string(uri)])])
        answers.append(String(decoding: try JSONEncoder().encode(try client.request("textDocument/documentSymbol", document)), as: UTF8.self))
        let published = try client.diagnostics(for: uri)
        answers.append(String(decoding: try JSONEncoder().encode(published), as: UTF8.self))
        #expect(answers.count > 500)
        for secret in Self.secrets {
            #expect(!answers.contains { $0.range(of: "\\b\(secret)", options: .regularExpression) != nil }, "\(secret)")
        }
        // The notes themselves do hold them (the test would pass vacuously otherwise).
        #expect(Self.secrets.allSatisfy { text.contains($0) })
    }

    @Test func placesInUTF16WithAccentsEmojiAndCRLF() {
        let text = "a\r\nCafé 😀 → privcy\r\n\u{1F469}\u{200D}\u{1F467} x\rlaatste"
        let index = LineIndex(text: text)
        #expect(index.lines.count == 4)
        // Column 10 (scalars) on line 2: after “Café 😀 → ” (C a f é space 😀 space → space).
        #expect(index.position(.init(line: 2, column: 10)) == Position(line: 1, character: 10))
        #expect(index.location(Position(line: 1, character: 10)) == .init(line: 2, column: 10))
        // A ZWJ sequence: three scalars, five UTF-16 units.
        #expect(index.position(.init(line: 3, column: 4)) == Position(line: 2, character: 5))
        // Past the end of a line: its end.
        #expect(index.position(.init(line: 4, column: 40)) == Position(line: 3, character: 7))
        #expect(index.lineEnd == "\r\n" && LineIndex(text: "a\rb\nc").lineEnd == "\r" && LineIndex(text: "a").lineEnd == "\n")
        // A byte-order mark counts for the protocol, not for the reader.
        #expect(LineIndex(text: "\u{FEFF}ab").position(.init(line: 1, column: 2)) == Position(line: 0, character: 2))
    }

    @Test func incrementalChangesInUTF16AndOutOfRange() {
        let text = "é😀x\r\ntweede\rderde"
        let replace = { (start: (Int, Int), end: (Int, Int), with: String) in
            TextChange.apply(TextDocumentContentChangeEvent(
                range: Range(start: Position(line: start.0, character: start.1), end: Position(line: end.0, character: end.1)), text: with), to: text)
        }
        #expect(replace((0, 3), (0, 4), "y").text == "é😀y\r\ntweede\rderde")
        #expect(replace((1, 0), (2, 1), "").text == "é😀x\r\nerde")
        let past = replace((1, 99), (1, 99), "!")
        #expect(past.text == "é😀x\r\ntweede!\rderde" && past.clamped)
        let beyond = replace((50, 0), (60, 0), "\nslot")
        #expect(beyond.text == text + "\nslot" && beyond.clamped)
        #expect(TextChange.apply(TextDocumentContentChangeEvent(range: nil, text: "nieuw"), to: text).text == "nieuw")
    }
}
