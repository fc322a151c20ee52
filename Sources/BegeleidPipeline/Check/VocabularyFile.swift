import BegeleidModel
import Foundation

/// `.begeleid/woordenlijst`: the vocabulary of values as the last build read it from its YAML, so that the next
/// build in another process takes it without reading the YAML again (issue 18: Yams and the checks of every entry
/// were 2.5 ms of the main thread of a one-file rebuild, before the notes could be named).
///
/// Kept only when reading the YAML gave no finding (a vocabulary with findings is read each time, so they are
/// told each time). The file names what it was read from: the vocabulary's text and path, this tool's version and
/// this file's format, as one hash. A file of other text, or one that does not read to its end, is not used.
///
/// Form: a line `begeleid-woordenlijst <format> <hash>`, then the entries: their number, and for each its Dutch and
/// English names, its other names, and its ALTAI requirements (by their place in AltaiRequirement.allCases); a
/// number is four bytes, little-endian, a name its length in bytes and its UTF-8.
enum VocabularyFile {
    static let path = Layout.state + "/woordenlijst"
    static let format = 1

    /// The first line of a file kept for `source`.
    static func head(for source: (text: String, path: String)) -> [UInt8] {
        let key = BuildCache.hash([BegeleidVersion.current, "\(format)", source.path, source.text])
        return Array("begeleid-woordenlijst \(format) \(key)\n".utf8)
    }

    static func encode(_ vocabulary: ValueVocabulary, source: (text: String, path: String)) -> Data {
        var out = head(for: source)
        func number(_ value: Int) {
            withUnsafeBytes(of: UInt32(value).littleEndian) { out.append(contentsOf: $0) }
        }
        func name(_ text: String) {
            number(text.utf8.count)
            out.append(contentsOf: text.utf8)
        }
        let requirements = AltaiRequirement.allCases
        number(vocabulary.entries.count)
        for entry in vocabulary.entries {
            name(entry.dutch)
            name(entry.english)
            number(entry.others.count)
            entry.others.forEach(name)
            number(entry.altai.count)
            for requirement in entry.altai { number(requirements.firstIndex(of: requirement) ?? 0) }
        }
        return Data(out)
    }

    /// The vocabulary `bytes` hold when they were kept for `source`; nil when they were not, or do not read.
    static func decode(_ bytes: [UInt8], source: (text: String, path: String)) -> ValueVocabulary? {
        let head = head(for: source)
        guard bytes.count >= head.count, bytes[..<head.count].elementsEqual(head) else { return nil }
        var reader = Reader(bytes: bytes, position: head.count)
        let requirements = AltaiRequirement.allCases
        guard let count = reader.number() else { return nil }
        var entries: [ValueVocabulary.Entry] = []
        entries.reserveCapacity(min(count, bytes.count))
        for _ in 0..<count {
            guard let dutch = reader.name(), let english = reader.name(), let others = reader.list({ $0.name() }),
                  let altai = reader.list({ reader in reader.number().flatMap { requirements.indices.contains($0) ? requirements[$0] : nil } })
            else { return nil }
            entries.append(ValueVocabulary.Entry(dutch: dutch, english: english, others: others, altai: altai))
        }
        guard reader.position == bytes.count else { return nil }
        return ValueVocabulary(entries: entries)
    }

    /// The vocabulary kept in the output folder `output` for `source`, if there is one.
    static func read(in output: String, source: (text: String, path: String)) -> ValueVocabulary? {
        FileBytes.contents(of: Layout.join(output, path)).flatMap { decode([UInt8]($0), source: source) }
    }

    /// Keeps `bytes` (`encode`) in the output folder of `writer`, put in place whole or not at all. A vocabulary not
    /// kept is read from its YAML the next time: a failure here costs that, and is not told.
    static func keep(_ bytes: Data, in writer: OutputWriter) {
        PendingFile.keep(bytes, at: path, in: writer)
    }

    /// Numbers and names read one after another, each checked against the bytes' end.
    private struct Reader {
        let bytes: [UInt8]
        var position: Int

        mutating func number() -> Int? {
            guard bytes.count - position >= 4 else { return nil }
            var value: UInt32 = 0
            for offset in 0..<4 { value |= UInt32(bytes[position + offset]) << (8 * offset) }
            position += 4
            return Int(value)
        }

        mutating func name() -> String? {
            guard let length = number(), bytes.count - position >= length else { return nil }
            defer { position += length }
            return String(validating: bytes[position..<(position + length)], as: UTF8.self)
        }

        mutating func list<T>(_ item: (inout Reader) -> T?) -> [T]? {
            guard let count = number(), count <= bytes.count - position else { return nil }
            var items: [T] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                guard let value = item(&self) else { return nil }
                items.append(value)
            }
            return items
        }
    }
}
