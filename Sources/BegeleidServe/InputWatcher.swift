import Foundation

/// Notices saved files by looking at their size and modification time a few
/// times a second (portable, and editors that save by renaming are caught too).
struct InputWatcher: Sendable {
    let folders: [String]

    typealias Snapshot = [String: String]

    func snapshot() -> Snapshot {
        var result: Snapshot = [:]
        let manager = FileManager.default
        for folder in folders {
            guard let enumerator = manager.enumerator(atPath: folder) else { continue }
            for case let name as String in enumerator where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let path = (folder as NSString).appendingPathComponent(name)
                guard let attributes = try? manager.attributesOfItem(atPath: path),
                      attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                result[path] = "\(modified):\(attributes[.size] ?? 0)"
            }
        }
        return result
    }

    /// Waits until something changed, then a moment more so a save is complete.
    func nextChange(after previous: Snapshot, interval: Duration = .milliseconds(150)) async throws -> Snapshot {
        while true {
            try await Task.sleep(for: interval)
            let current = snapshot()
            if current != previous {
                try await Task.sleep(for: .milliseconds(50))
                return snapshot()
            }
        }
    }
}
