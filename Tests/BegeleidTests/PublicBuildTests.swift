import Foundation
import Testing

/// `begeleid build --public`: nothing of a non-public session anywhere.
@Suite("Public build", .serialized)
struct PublicBuildTests {
    @Test func nothingOfANonPublicSessionReachesAPublicBuild() throws {
        let root = Fixtures.temporaryFolder()
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        // ringweg is public; rdw-inspections is not (title, organisation RDW, tag algorithm).
        for name in ["ringweg.md", "rdw-inspections.md"] {
            try FileManager.default.copyItem(at: Fixtures.folder.appendingPathComponent("sessies/\(name)"), to: sessions.appendingPathComponent(name))
        }
        try "Privacy: [persoonlijke levenssfeer]\n".write(to: root.appendingPathComponent("Input/waarden.yaml"), atomically: true, encoding: .utf8)
        let run = try Binary.run(["build", "--public"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "1 sessie gebouwd; overzicht: Openbaar/index.html (1 niet openbaar en weggelaten)\n")
        let files = Fixtures.contents(of: root.appendingPathComponent("Openbaar"))
        #expect(Set(files.keys).isSuperset(of: ["index.html", "overzicht.html", "data/sessies.csv", "data/sessies.json", "sessies/ringweg/rapport.html"]))
        #expect(!files.keys.contains { $0.contains("rdw") })
        for (name, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            for secret in ["An algorithm that selects vehicles", "RDW", "rdw-inspections", "Secret Inspector", "Risk-based selection"] {
                #expect(!text.contains(secret), "\(secret) in \(name)")
            }
        }
        let index = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
        #expect(index.contains("Aantal sessies: 1"), "counts leave it out too")
        // The full build stays where it was; a public build never writes into it.
        #expect(try Binary.run(["build"], in: root).status == 0)
        let refused = try Binary.run(["build", "--public", "--output", "Output"], in: root)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("kies voor --public een lege map"))
    }

    @Test func aSessionNoLongerPublicLeavesThePublicFolder() throws {
        let root = Fixtures.temporaryFolder()
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let notes = sessions.appendingPathComponent("ringweg.md")
        try FileManager.default.copyItem(at: Fixtures.folder.appendingPathComponent("sessies/ringweg.md"), to: notes)
        #expect(try Binary.run(["build", "--public"], in: root).status == 0)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Openbaar/sessies/ringweg/rapport.html").path))
        // Consent withdrawn and, in the same save, a typo: the report still leaves the public folder (fails closed).
        let text = try String(contentsOf: notes, encoding: .utf8).replacingOccurrences(of: "openbaar: true", with: "openbaar: false")
        try text.replacingOccurrences(of: "→ privacy", with: "→ privasy").write(to: notes, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["build", "--public"], in: root).status == 1)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Openbaar/sessies/ringweg").path))
        try text.write(to: notes, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["build", "--public"], in: root).status == 0)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Openbaar/sessies/ringweg").path))
        let index = try String(contentsOf: root.appendingPathComponent("Openbaar/index.html"), encoding: .utf8)
        #expect(!index.contains("ringweg"))
    }
}
