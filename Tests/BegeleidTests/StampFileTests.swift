@testable import BegeleidPipeline
import Foundation
import Testing

/// Issue 18: `.begeleid/stempels` is written with its numbers' digits put in place and read with one array of
/// fields for all its lines. Its bytes are those of the form first written (`String(number)` for each field), and
/// reading them gives back what was written, for sizes, times and numbers of every length and sign.
struct StampFileTests {
    private func reference(_ entries: [(path: String, stamp: FileStamp, hash: String)]) -> Data {
        var text = ""
        for entry in entries where !entry.path.contains("\n") && !entry.path.contains("\t") {
            let stamp = entry.stamp
            text += [entry.hash, String(stamp.size), String(stamp.modified), String(stamp.changed), String(stamp.inode),
                     String(stamp.device), entry.path].joined(separator: "\t") + "\n"
        }
        return Data(text.utf8)
    }

    @Test func linesAreTheFormFirstWrittenAndReadBack() {
        var random = SeededRandom(seed: 2_000)
        let signed: [Int64] = [0, 1, 9, 10, 99, 100, -1, -10, Int64.max, Int64.min, 1_733_000_000_123_456_789]
        let unsigned: [UInt64] = [0, 7, 10, 65_535, UInt64.max, 1 << 40]
        for round in 0..<500 {
            let entries = (0..<random.next(below: 6)).map { index -> (path: String, stamp: FileStamp, hash: String) in
                let stamp = FileStamp(
                    size: signed[random.next(below: signed.count)] / Int64(1 + random.next(below: 1_000)),
                    modified: signed[random.next(below: signed.count)], changed: signed[random.next(below: signed.count)],
                    inode: unsigned[random.next(below: unsigned.count)] / UInt64(1 + random.next(below: 9)),
                    device: unsigned[random.next(below: unsigned.count)])
                let paths = ["/in/sessies/a.md", "/uit/sessies/é \(index)", "/a\tb", "/a\nb"]
                return (paths[random.next(below: paths.count)], stamp, ["uitvoer", "map", "0123abcd"][random.next(below: 3)])
            }
            let encoded = StampFile.encode(entries)
            #expect(encoded == reference(entries), "round \(round)")
            let kept = entries.filter { !$0.path.contains("\n") && !$0.path.contains("\t") }
            let read = StampFile.parse(encoded)
            #expect(read.map(\.path) == kept.map(\.path) && read.map(\.stamp) == kept.map(\.stamp)
                    && read.map(\.hash) == kept.map(\.hash), "round \(round)")
        }
    }

    /// The stamps file read as it was first read (a copy of the bytes, a slice a field, `String(validating:)`), for
    /// files damaged at random: the reader takes and passes over the same lines.
    private func referenceParse(_ data: Data) -> [(path: String, stamp: FileStamp, hash: String)] {
        let bytes = [UInt8](data)
        var entries: [(path: String, stamp: FileStamp, hash: String)] = []
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var fields: [ArraySlice<UInt8>] = []
            var field = line.startIndex
            for index in line.indices where line[index] == 0x09 && fields.count < 6 {
                fields.append(line[field..<index])
                field = index + 1
            }
            fields.append(line[field..<line.endIndex])
            func number<N: FixedWidthInteger>(_ digits: ArraySlice<UInt8>, _: N.Type) -> N? {
                guard digits.allSatisfy({ $0 == UInt8(ascii: "-") || (0x30...0x39).contains($0) }) else { return nil }
                return N(String(decoding: digits, as: UTF8.self))
            }
            guard fields.count == 7, !fields[0].isEmpty, fields[6].first == UInt8(ascii: "/"),
                  let size = number(fields[1], Int64.self), let modified = number(fields[2], Int64.self),
                  let changed = number(fields[3], Int64.self), let inode = number(fields[4], UInt64.self),
                  let device = number(fields[5], UInt64.self),
                  let path = String(validating: fields[6], as: UTF8.self), let hash = String(validating: fields[0], as: UTF8.self)
            else { continue }
            entries.append((path, FileStamp(size: size, modified: modified, changed: changed, inode: inode, device: device), hash))
        }
        return entries
    }

    @Test func damagedLinesArePassedOverAsFirstRead() {
        var random = SeededRandom(seed: 2_026)
        let entries = (0..<6).map { index in
            ("/uit/sessies/é \(index)", FileStamp(size: Int64(index) * 1_000, modified: -5, changed: 1_733_000_000_123_456_789,
                                                 inode: UInt64(index), device: 2_049), ["uitvoer", "map", "0123abcd"][index % 3])
        }
        let whole = StampFile.encode(entries)
        let noise: [UInt8] = [0x09, 0x0A, 0xFF, 0xC3, 0x80, UInt8(ascii: "-"), UInt8(ascii: "7"), UInt8(ascii: "/"), UInt8(ascii: "x"), 0x00]
        var differing = 0
        for _ in 0..<3_000 {
            var bytes = [UInt8](whole)
            for _ in 0..<(1 + random.next(below: 4)) {
                let at = random.next(below: bytes.count)
                switch random.next(below: 3) {
                case 0: bytes[at] = noise[random.next(below: noise.count)]
                case 1: bytes.insert(noise[random.next(below: noise.count)], at: at)
                default: bytes.remove(at: at)
                }
            }
            let read = StampFile.parse(Data(bytes)), expected = referenceParse(Data(bytes))
            if read.map(\.path) != expected.map(\.path) || read.map(\.stamp) != expected.map(\.stamp)
                || read.map(\.hash) != expected.map(\.hash) { differing += 1 }
        }
        #expect(differing == 0)
    }
}
