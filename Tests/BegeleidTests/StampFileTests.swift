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
}
