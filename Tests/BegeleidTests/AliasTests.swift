@testable import BegeleidReader
import BegeleidModel
import BegeleidPipeline
import Foundation
import Testing

/// Every heading the reader accepts, written out here by hand (never taken
/// from the reader's tables: dropping an alias there must fail a test here),
/// each tried in the notes; the private section's aliases through a whole
/// build. `tablesHoldNothingTheListsLack` closes the other side.
@Suite("Aliases: every spelling of every heading")
struct AliasTests {
    static let privateSections = [
        "Notities", "Notes", "Aantekeningen", "Privé", "Private", "Vertrouwelijk", "Confidential", "Intern", "Internal",
    ]

    static let sections: [(SectionKind, [String])] = [
        (.caseDescription, ["Casus", "Case"]),
        (.actors, ["Actoren", "Actors"]),
        (.effects, ["Effecten", "Effects"]),
        (.values, ["Waarden", "Values"]),
        (.options, ["Handelingsopties", "Options", "Options for action", "Opties"]),
        (.summary, ["Samenvatting", "Summary"]),
        (.nextSteps, ["Vervolg", "Next steps"]),
        (.question, ["Vraagstelling", "Question", "Aanleiding", "Centrale vraag", "Central question"]),
        (.transition, ["Overgang", "Transition", "Keuze kernwaarden", "Choosing core values"]),
        (.reflection, ["Reflectie", "Reflection"]),
        (.followUp, ["Opvolging", "Follow-up", "Progress"]),
        (.notes, privateSections),
    ]

    static let directions: [(Direction, [String])] = [
        (.technology, ["Technologie", "Techniek", "Ontwerp", "Technology", "Design"]),
        (.environment, ["Omgeving", "Organisatie", "Afspraken", "Environment", "Context", "Organisation", "Organization"]),
        (.human, ["Mens", "Gedrag", "Gebruiker", "Human", "Behaviour", "Behavior", "User", "Mensen", "People"]),
    ]

    static let polarities: [(Polarity, [String])] = [
        (.positive, ["Positief", "Positive", "Positieve effecten", "Positive effects", "Positives", "Voordelen", "Kansen",
                     "Benefits", "Opportunities"]),
        (.negative, ["Negatief", "Negative", "Negatieve effecten", "Negative effects", "Negatives", "Nadelen", "Risico's",
                     "Risico’s", "Risicos", "Zorgen", "Drawbacks", "Risks", "Concerns"]),
    ]

    static let markers: [(Value.Status, [String])] = [(.core, ["kern", "core"]), (.parked, ["geparkeerd", "parked"])]

    /// The ways people write a heading in a hurry, all of which FORMAT.md accepts.
    static func variants(_ heading: String) -> [String] {
        [heading, heading.lowercased(), heading.uppercased(), heading + ":", "  \(heading)  ", heading + " (voor ons)"]
    }

    /// The valid session with a private section under `heading`, between two public ones.
    static func withPrivateSection(_ heading: String, secret: String) -> String {
        Sessions.valid + "\n## Samenvatting\nOpenbaar.\n\n## \(heading)\n\(secret) staat hier.\n\n- \(secret) in een lijst\n\n## Vervolg\nIn mei.\n"
    }

    @Test(arguments: privateSections)
    func aPrivateSectionReachesNoOutput(_ alias: String) throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let spellings = Self.variants(alias)
        for (number, heading) in spellings.enumerated() {
            try Data(Self.withPrivateSection(heading, secret: "GEHEIM-\(number)").utf8)
                .write(to: sessions.appendingPathComponent("sessie-\(number).md"))
        }
        let output = root.appendingPathComponent("Output")
        let result = try Building.run(
            Building.Options(input: root.appendingPathComponent("Input").path, output: output.path, strict: false, language: .dutch),
            renderer: Fixtures.renderer)
        // Read as the private section: no finding at all (an unknown section would be published with a warning).
        #expect(result.checking.diagnostics.isEmpty, "\(alias): \(result.checking.diagnostics.map(\.code))")
        #expect(result.checking.valid.count == spellings.count, "every spelling builds")
        let files = Fixtures.contents(of: output)
        for number in spellings.indices {
            for name in ["rapport.html", "rapport.md", "sessie.json"] {
                #expect(files["sessies/sessie-\(number)/\(name)"] != nil, "sessie-\(number)/\(name) written")
            }
        }
        #expect(files["data/sessies.json"] != nil && files["index.html"] != nil)
        for (name, data) in files {
            let leaked = String(decoding: data, as: UTF8.self).contains("GEHEIM")
            #expect(!leaked, "\(alias): private text in \(name)")
        }
        // The public sections around it do arrive (the check above is not looking at nothing).
        let report = String(decoding: try #require(files["sessies/sessie-0/rapport.html"]), as: UTF8.self)
        #expect(report.contains("Openbaar.") && report.contains("In mei."))
    }

    @Test func everySectionHeadingIsRead() {
        for (kind, headings) in Self.sections {
            for heading in headings {
                for variant in Self.variants(heading) {
                    #expect(SectionKind(heading: variant) == kind, "## \(variant)")
                }
            }
        }
        // In the notes: each required section under each of its names, no finding.
        let dutch: [SectionKind: String] = [
            .caseDescription: "## Casus\n", .actors: "## Actoren\n", .effects: "## Effecten\n", .values: "## Waarden\n",
            .options: "## Handelingsopties\n",
        ]
        for (kind, headings) in Self.sections {
            guard let original = dutch[kind] else { continue }
            for heading in headings {
                let text = Sessions.valid.replacing1(original, with: "## \(heading)\n")
                #expect(Sessions.findings(text).isEmpty, "## \(heading): \(Sessions.codes(text))")
            }
        }
    }

    @Test func everyDirectionHeadingIsRead() throws {
        let originals: [Direction: String] = [.technology: "### Technologie\n", .environment: "### Omgeving\n", .human: "### Mens\n"]
        for (direction, headings) in Self.directions {
            for heading in headings {
                let text = Sessions.valid.replacing1(try #require(originals[direction]), with: "### \(heading)\n")
                #expect(Sessions.findings(text).isEmpty, "### \(heading): \(Sessions.codes(text))")
                #expect(Set(Sessions.session(text).options.compactMap(\.direction)) == Set(Direction.allCases), "### \(heading)")
                #expect(Direction(heading: heading.uppercased()) == direction)
            }
        }
    }

    @Test func everyPolarityHeadingIsRead() throws {
        let originals: [Polarity: String] = [.positive: "### Positief\n", .negative: "### Negatief\n"]
        for (polarity, headings) in Self.polarities {
            for heading in headings {
                let text = Sessions.valid.replacing1(try #require(originals[polarity]), with: "### \(heading)\n")
                #expect(Sessions.findings(text).isEmpty, "### \(heading): \(Sessions.codes(text))")
                #expect(Sessions.session(text).effects.map(\.polarity) == [.positive, .negative], "### \(heading)")
            }
        }
    }

    @Test func everyValueMarkerIsRead() {
        for (status, spellings) in Self.markers {
            for spelling in spellings {
                let option = status == .parked ? "- Jaarlijks publieksverslag → privacy @verkeerskundigen" : "- Jaarlijks publieksverslag → privacy, duurzaamheid @verkeerskundigen"
                let text = Sessions.valid
                    .replacing1("- Duurzaamheid\n", with: "- Duurzaamheid (\(spelling.uppercased()))\n")
                    .replacing1("- Jaarlijks publieksverslag → privacy, duurzaamheid @verkeerskundigen", with: option)
                    .replacing1("- Verkeerskundigen leren onzekerheid uitleggen → duurzaamheid", with: "- Verkeerskundigen leren onzekerheid uitleggen → privacy")
                let value = Sessions.session(text).values.first { $0.id == "duurzaamheid" }
                #expect(value?.status == status, "(\(spelling))")
                #expect(!Sessions.codes(text).contains("marker-unknown"), "(\(spelling))")
            }
        }
    }

    /// The other side: nothing in the reader's tables that the lists above lack.
    @Test func tablesHoldNothingTheListsLack() {
        for kind in SectionKind.allCases {
            let listed = Self.sections.first { $0.0 == kind }?.1 ?? []
            #expect(Set(kind.headings).subtracting(listed).isEmpty, "\(kind): \(Set(kind.headings).subtracting(listed))")
        }
        #expect(Set(SectionKind.notes.headings) == Set(Self.privateSections))
        for direction in Direction.allCases {
            let listed = Self.directions.first { $0.0 == direction }?.1 ?? []
            #expect(Set(direction.headings).subtracting(listed).isEmpty, "\(direction): \(Set(direction.headings).subtracting(listed))")
        }
        for polarity in Polarity.allCases {
            let listed = Self.polarities.first { $0.0 == polarity }?.1 ?? []
            #expect(Set(polarity.headings).subtracting(listed).isEmpty, "\(polarity): \(Set(polarity.headings).subtracting(listed))")
        }
        #expect(Declaration.Marker.allCases.count == Self.markers.count)
        for marker in Declaration.Marker.allCases {
            let listed = Set(Self.markers.flatMap(\.1))
            #expect(Set(marker.spellings).subtracting(listed).isEmpty, "\(marker): \(Set(marker.spellings).subtracting(listed))")
        }
        #expect(SectionKind.allHeadings.count == Self.sections.flatMap(\.1).count)
        #expect(Direction.allHeadings.count == Self.directions.flatMap(\.1).count)
        #expect(Polarity.allHeadings.count == Self.polarities.flatMap(\.1).count)
    }
}
