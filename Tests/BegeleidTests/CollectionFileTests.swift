@testable import BegeleidPipeline
import BegeleidRender
import Foundation
import Testing

/// `data/sessies.json` copied in part from the last build's file (CollectionFile): always the bytes
/// a full build writes, reading only the documents of sessions rendered again; any doubt about the
/// last file means reading them all.
@Suite("sessies.json from the last one", .serialized)
struct CollectionFileTests {
    /// What a full build writes for `documents`: SessionCollection.parts, the oracle.
    static func expected(_ documents: [Data]) -> Data {
        Data(SessionCollection.parts(documents).joined())
    }

    @Test func generatedChangesGiveTheBytesOfAFullBuild() throws {
        let folder = Fixtures.temporaryFolder("collection")
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = OutputWriter(root: folder.path)
        let target = folder.appendingPathComponent(CollectionFile.relative).path
        var random = SeededRandom(seed: 1812)
        let pool = (0..<12).map { "notes-\($0).md" }
        func text() -> Data {
            Data(("{\n  \"x\" : \"" + String(repeating: "é", count: random.next(below: 40)) + "\"\n}" + String(repeating: "\n", count: random.next(below: 3))).utf8)
        }
        var contents: [String: Data] = [:]
        var last: BuildCache.Sessies?
        var copied = 0
        var (aheadTaken, aheadLeft) = (0, 0)
        // The documents of the last round, as written; what each copy ahead came to.
        var previous: [Data] = []
        var outcomes: [CollectionFile.Copy.Outcome: Int] = [:]
        for round in 0..<300 {
            // Some sessions, in name order (as notes are): half the rounds the last round's, as most saves leave them;
            // some changed since the last round.
            let same = last != nil && random.next(below: 2) == 0
            let names = same ? last?.names ?? [] : pool.filter { _ in random.next(below: 3) > 0 }
            var changed = Set<String>()
            for name in names where contents[name] == nil || random.next(below: 4) == 0 {
                contents[name] = text()
                changed.insert(name)
            }
            var read = 0
            let documents = names.map { name in
                CollectionFile.Document(name: name, unchanged: !changed.contains(name)) {
                    read += 1
                    return contents[name] ?? Data()
                }
            }
            // Half the rounds begin the file ahead (CollectionFile.Early): the head, of any number of the last file's
            // documents, taken when they are the first now, unchanged; half of those the whole file too, with the changed
            // documents in their places (now and then one of them wrong), taken when the names are the last ones. Else
            // removed; the file is the same either way.
            let early = random.next(below: 2) == 0 ? CollectionFile.Early(writer: writer, last: last) : nil
            // The last file's stamp as the build that wrote it left it (StampFile), unless the round says otherwise.
            let tampered = round % 37 == 5 && FileManager.default.fileExists(atPath: target)
            var expected = CollectionFile.Copy.Outcome.none
            if let early, let last {
                // (Mostly one or two: the first notes are the ones most often unchanged and in their place.)
                var count = 1 + random.next(below: random.next(below: 3) == 0 ? last.names.count + 1 : min(2, last.names.count))
                var replaced: [Int: Data]?
                var wrong = false
                if random.next(below: 2) == 0 {
                    // (Mostly the documents before the first changed one, as a build begins it.)
                    if random.next(below: 4) > 0 { count = last.names.firstIndex(where: changed.contains) ?? count }
                    replaced = [:]
                    // (Now and then one left out, as a note not read ahead: its place as the last file had it.)
                    for (index, name) in last.names.enumerated() where changed.contains(name) {
                        if random.next(below: 5) == 0 {
                            wrong = wrong || SessionCollection.trimmed(contents[name] ?? Data()) != SessionCollection.trimmed(previous[index])
                            continue
                        }
                        replaced?[index] = SessionCollection.trimmed(contents[name] ?? Data())
                    }
                    if let index = replaced?.keys.sorted().first, random.next(below: 4) == 0 {
                        replaced?[index]?.append(UInt8(ascii: " "))
                        wrong = true
                    }
                }
                early.begin(count: count, replacing: replaced)
                let fits = count > 0 && count <= names.count && count <= last.names.count
                    && (0..<count).allSatisfy { names[$0] == last.names[$0] && !changed.contains(names[$0]) }
                let whole = replaced != nil && !wrong && names == last.names && (replaced?.keys.allSatisfy { $0 >= count } ?? false)
                let holds = names == last.names && changed.allSatisfy { name in
                    last.names.firstIndex(of: name).map {
                        SessionCollection.trimmed(contents[name] ?? Data()) == SessionCollection.trimmed(previous[$0])
                    } ?? false
                }
                if !tampered, count <= last.names.count, !holds {
                    expected = whole ? .whole : fits ? .head : .none
                }
                if fits || whole { aheadTaken += 1 } else { aheadLeft += 1 }
            }
            if tampered {
                var bytes = try Data(contentsOf: URL(fileURLWithPath: target))
                if let at = bytes.firstIndex(of: UInt8(ascii: "x")) { bytes[at] = UInt8(ascii: "y") }
                try bytes.write(to: URL(fileURLWithPath: target))
            }
            let record = try CollectionFile(writer: writer).write(documents, last: last, early: early)
            #expect(early?.outcome ?? .none == expected, "round \(round)")
            outcomes[expected, default: 0] += 1
            early?.discard()
            let written = try Data(contentsOf: URL(fileURLWithPath: target))
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("data").path).filter { $0.hasSuffix(".tmp") }
            #expect(left.isEmpty, "round \(round): \(left)")
            #expect(written == Self.expected(names.map { contents[$0] ?? Data() }), "round \(round)")
            #expect(record.names == names && record.lengths == names.map { SessionCollection.trimmed(contents[$0] ?? Data()).count })
            if last != nil, !tampered {
                #expect(read == names.filter { changed.contains($0) || !(last?.names.contains($0) ?? false) }.count, "round \(round)")
                copied += names.count - read
            } else if tampered {
                #expect(read == names.count, "a file changed since: every document read")
            }
            // What the next build reads back: the record, with what `stat` says of the file now (StampFile).
            last = record
            last?.file = FileStamp.now(target)
            previous = names.map { contents[$0] ?? Data() }
            if written != Self.expected(names.map { contents[$0] ?? Data() }) { break }
        }
        #expect(copied > 1_000)
        #expect(aheadTaken > 20 && aheadLeft > 20, "copies begun ahead: \(aheadTaken) that fit, \(aheadLeft) that did not")
        #expect(outcomes[.whole, default: 0] > 10 && outcomes[.head, default: 0] > 10, "\(outcomes)")
    }

    @Test func aBuildCopiesFromTheLastFileAndWritesWhatAFullBuildWrites() throws {
        let root = try IncrementalBuildTests().input()
        let sessions = root.appendingPathComponent("Input/sessies")
        let source = try String(contentsOf: sessions.appendingPathComponent("breda-sentimentmeter.md"), encoding: .utf8)
        for name in ["aa-eerste", "mm-midden", "zz-laatste"] {
            try source.write(to: sessions.appendingPathComponent("\(name).md"), atomically: true, encoding: .utf8)
        }
        func edit(_ name: String, _ change: (String) -> String) throws {
            let file = sessions.appendingPathComponent("\(name).md")
            try change(String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        }
        func sameAsAFullBuild(_ step: String) throws {
            #expect(try Binary.run(["build"], in: root).status == 0, "\(step)")
            try? FileManager.default.removeItem(at: root.appendingPathComponent("Vol"))
            #expect(try Binary.run(["build", "--output", "Vol"], in: root).status == 0)
            let built = Fixtures.contents(of: root.appendingPathComponent("Output")).filter { !$0.key.hasPrefix(".begeleid/") }
            let full = Fixtures.contents(of: root.appendingPathComponent("Vol")).filter { !$0.key.hasPrefix(".begeleid/") }
            #expect(built["data/sessies.json"] == full["data/sessies.json"], "\(step)")
            #expect(built.filter { $0.key.hasPrefix("data/") } == full.filter { $0.key.hasPrefix("data/") }, "\(step)")
        }
        #expect(try Binary.run(["build"], in: root).status == 0)
        // An unchanged session's sessie.json marked by hand: copied from the last sessies.json, its document
        // does not carry the mark (read, it would, and differ from a full build's).
        let unchanged = root.appendingPathComponent("Output/sessies/zz-laatste/sessie.json")
        let document = try Data(contentsOf: unchanged)
        try Data(String(decoding: document, as: UTF8.self).replacing1("Breda", with: "Brrda").utf8).write(to: unchanged)
        try edit("mm-midden") { $0.replacing1("- Een kleine groep luidruchtige", with: "- Een groep luidruchtige") }
        try sameAsAFullBuild("one in the middle changed")
        try document.write(to: unchanged)
        try edit("aa-eerste") { $0.replacing1("- Een kleine groep luidruchtige", with: "- Een groep luidruchtige") }
        try sameAsAFullBuild("the first changed")
        try FileManager.default.removeItem(at: sessions.appendingPathComponent("aa-eerste.md"))
        try sameAsAFullBuild("the first removed: the second is first now")
        try source.write(to: sessions.appendingPathComponent("a0-nieuw.md"), atomically: true, encoding: .utf8)
        try sameAsAFullBuild("a new first")
        try edit("zz-laatste") { $0.replacing1("taal: nl\n", with: "taal: nl\nstatus: concept\n") }
        try sameAsAFullBuild("the last a concept")
        // Changed by hand, its length kept: not copied from, read again.
        let file = root.appendingPathComponent("Output/data/sessies.json")
        var bytes = try Data(contentsOf: file)
        let at = try #require(bytes.firstIndex(of: UInt8(ascii: "S")))
        bytes[at] = UInt8(ascii: "Z")
        try bytes.write(to: file)
        try edit("mm-midden") { $0.replacing1("- Een groep luidruchtige", with: "- Een kleine groep luidruchtige") }
        try sameAsAFullBuild("the file changed by hand")
    }

    /// Rendered again the same bytes, in the same order, the documents leave the file as it is (not written again);
    /// one byte different, or the order or the names changed, and it is written whole.
    @Test func theSameDocumentsLeaveTheFileAsItIs() throws {
        let folder = Fixtures.temporaryFolder("collection-same")
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = OutputWriter(root: folder.path)
        let target = folder.appendingPathComponent(CollectionFile.relative).path
        var contents = ["a.md": Data("{\n  \"a\" : 1\n}\n".utf8), "b.md": Data("{\n  \"b\" : 2\n}".utf8),
                        "c.md": Data("{\n  \"c\" : 3\n}".utf8)]
        func write(_ names: [String], changed: Set<String>, last: BuildCache.Sessies?) throws -> (BuildCache.Sessies, FileStamp?) {
            var record = try CollectionFile(writer: writer).write(names.map { name in
                CollectionFile.Document(name: name, unchanged: !changed.contains(name)) { contents[name] ?? Data() }
            }, last: last)
            #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Self.expected(names.map { contents[$0] ?? Data() }))
            record.file = FileStamp.now(target)
            return (record, record.file)
        }
        func inode() throws -> UInt64 { try #require(FileManager.default.attributesOfItem(atPath: target)[.systemFileNumber] as? UInt64) }
        var (last, stamp) = try write(["a.md", "b.md", "c.md"], changed: ["a.md", "b.md", "c.md"], last: nil)
        var first = try inode()
        // Rendered again, the same bytes: the file stays (its inode, and its stamp: not written since).
        let before = try #require(stamp)
        (last, stamp) = try write(["a.md", "b.md", "c.md"], changed: ["b.md"], last: last)
        #expect(try inode() == first && stamp == before)
        // One byte different: written again.
        contents["b.md"] = Data("{\n  \"b\" : 4\n}".utf8)
        (last, _) = try write(["a.md", "b.md", "c.md"], changed: ["b.md"], last: last)
        #expect(try inode() != first)
        first = try inode()
        // One fewer, the rest the same: written again.
        (last, _) = try write(["a.md", "c.md"], changed: [], last: last)
        #expect(try inode() != first)
        first = try inode()
        // Another name in the same place, the same bytes: written again (the next build copies by name).
        contents["d.md"] = contents["c.md"]
        (last, _) = try write(["a.md", "d.md"], changed: ["d.md"], last: last)
        #expect(try inode() != first && last.names == ["a.md", "d.md"])
    }
}
