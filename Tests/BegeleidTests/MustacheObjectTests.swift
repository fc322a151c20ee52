@testable import BegeleidMustache
import Testing

/// Issue 18: a template's objects are `MustacheObject`s (names looked up by a hash made once, no `Hasher`), where
/// they were `[String: MustacheValue]`. These hold them to the dictionary they replace: on generated rounds of
/// setting, overwriting and removing, below and above the size from which a table is kept, with names that are
/// the same text in other bytes (`é` composed and not, the Kelvin sign and `K`, U+037E and `;`).
struct MustacheObjectTests {
    /// Short ASCII names (many share a hash bucket in a small table), and names equal to another under `==`.
    static let names = ["a", "b", "K", "\u{212A}", "k", "é", "e\u{301}", ";", "\u{37E}", "labels", "title", "hasActors",
                        "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12", "x13", "x14", "x15",
                        "x16", "x17", "x18", "x19", "x20", "\u{212B}", "\u{C5}", "A\u{30A}", ""]

    @Test func generatedRoundsMatchTheDictionary() {
        var random = SeededRandom(seed: 18)
        var differences: [String] = []
        var largest = 0
        for round in 0..<120 {
            var object = MustacheObject()
            var reference: [String: MustacheValue] = [:]
            // Some rounds stay few (looked at one by one), some grow past the table's sizes and shrink again.
            let steps = round % 3 == 0 ? 12 : 120
            let pool = round % 2 == 0 ? Array(Self.names.prefix(9)) : Self.names
            for step in 0..<steps {
                let name = pool[random.next(below: pool.count)]
                let value: MustacheValue? = random.next(below: 5) == 0 ? nil : .int(step)
                object[name] = value
                reference[name] = value
                if object.count != reference.count { differences.append("round \(round) step \(step): count") }
                for probe in Self.names where object[probe] != reference[probe] || object[MustacheKey(probe)] != reference[probe] {
                    differences.append("round \(round) step \(step): \(probe.unicodeScalars.map(\.value))")
                }
            }
            largest = max(largest, object.count)
            #expect(object.dictionary == reference)
            #expect(MustacheObject(reference) == object)
            #expect(Set(object.names) == Set(reference.keys))
            #expect(Set(object.map(\.key)) == Set(reference.keys))
        }
        #expect(differences.isEmpty, "\(differences.prefix(5))")
        // Past the first table (16 slots, for up to 8 members), so a table was made again larger.
        #expect(largest > 16)
    }

    @Test func equalityIsTheDictionarysWhateverTheOrder() {
        let one: MustacheObject = ["a": 1, "b": "twee", "é": true]
        var other = MustacheObject()
        other["e\u{301}"] = true
        other["b"] = "twee"
        other["a"] = 1
        #expect(one == other)
        other["a"] = 2
        #expect(one != other)
        other["a"] = 1
        other["c"] = 3
        #expect(one != other)
        other["c"] = nil
        #expect(one == other)
    }

    @Test func aTagFindsANameWrittenInOtherBytesInTheData() throws {
        // `{{K}}` in the template (a tag's name is ASCII), the Kelvin sign in the data: as a dictionary finds it, in
        // an object looked at one by one and in one with a table.
        var library = TemplateLibrary()
        library.register(try Template("{{K}}|{{many.K}}|{{many.x19}}"), named: "t")
        var many = MustacheObject()
        for index in 0..<30 { many["x\(index)"] = .int(index) }
        many["\u{212A}"] = "kelvin in many"
        let value: MustacheValue = ["\u{212A}": "kelvin", "many": .object(many)]
        #expect(library.render(value, withTemplate: "t") == "kelvin|kelvin in many|19")
    }
}
