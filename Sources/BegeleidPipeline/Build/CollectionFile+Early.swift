import BegeleidModel
import BegeleidRender
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CollectionFile {
    /// The next `data/sessies.json` copied from the last build's file before its documents are listed (issue 18: a
    /// save that changes what a session publishes waited at its end for the 13 MB of the file, copied and sent to the
    /// disk only once every note was checked). When a note read ahead (Checking.Pass.startReadingAhead) publishes a
    /// document that differs from its place in the last file, the last file is copied into a new one at once (and
    /// sent to the disk as it goes), with the documents of the notes read ahead in their places. `write` takes that
    /// copy whole when the documents turn out to be the last file's names, in its order, with those bytes and the
    /// others unchanged; else its head, the documents before the first note read ahead, when those are the first
    /// ones now, unchanged; otherwise, or when the build stops, the copy is removed. So the file written is the same
    /// either way, and a save that publishes nothing copies nothing ahead.
    final class Early: @unchecked Sendable {
        private let lock = NSLock()
        private let writer: OutputWriter
        private let last: BuildCache.Sessies
        private var begun: Parallel.Started<Copy?>?
        private var taken: Copy.Outcome = .none
        /// What `write` made of the copy (for tests): laid whole, its head kept, or none taken.
        var outcome: Copy.Outcome {
            get { lock.withLock { taken } }
            set { lock.withLock { taken = newValue } }
        }

        /// Nil when there is no last file to copy from (a full build, a public one, a cache without its stamp).
        init?(writer: OutputWriter, last: BuildCache.Sessies?) {
            guard let last, last.file != nil, last.names.count == last.lengths.count, !last.names.isEmpty else { return nil }
            self.writer = writer
            self.last = last
        }

        /// On the read-ahead's worker, with its reads: looks, on a worker of its own, whether a session read anew
        /// publishes another document than its place in the last file, and if so copies the last file with the
        /// documents of the notes read anew in their places (the documents before the first of those notes, when a
        /// note read anew publishes nothing). Once a build (later calls do nothing).
        func consider(_ reads: [Checking.Read]) {
            start { old in
                // A note not in the last file (a new one) has no place there: the documents' order is not the last one.
                let changed = reads.filter { !$0.reused }
                guard let count = changed.map({ old.index[BuildCache.name($0.path)] ?? -1 }).min(), count >= 0 else { return nil }
                var replaced: [Int: Data]? = [:]
                var differs = false
                for read in changed {
                    guard let at = old.index[BuildCache.name(read.path)], let session = read.session,
                          let document = try? SessionDocument(session.publishable().showingGaps()).encoded() else {
                        // (A note with errors publishes no document: not its place kept, then, but the head before it.)
                        replaced = nil
                        continue
                    }
                    let bytes = SessionCollection.trimmed(document)
                    let place = old.documents[at]
                    if bytes.count != place.count || bytes != FileBytes.data(of: old.descriptor, at: place.lowerBound, count: place.count) {
                        differs = true
                        replaced?[at] = bytes
                    }
                }
                guard differs, replaced != nil || count > 0 else { return nil }
                return Copy.Plan(count: count, replaced: replaced)
            }
        }

        /// Copies the last file now, on a worker: its first `count` documents, and with `replaced` the rest too, those
        /// documents (by their index in the last file) in their places (what `consider` begins when a document
        /// differs; tests begin any).
        func begin(count: Int, replacing replaced: [Int: Data]? = nil) {
            start { _ in Copy.Plan(count: count, replaced: replaced) }
        }

        /// Begins, once a build, on a worker: the last file opened, and the copy that `plan` gives (nil: none) made.
        private func start(_ plan: @escaping @Sendable (OldFile) -> Copy.Plan?) {
            lock.lock()
            defer { lock.unlock() }
            guard begun == nil else { return }
            begun = Parallel.start { [writer, last] in
                guard let old = OldFile(Layout.join(writer.root, CollectionFile.relative), last) else { return nil }
                defer { close(old.descriptor) }
                return plan(old).flatMap { Copy.make($0, of: old, in: writer) }
            }
        }

        /// The copy, when one was made (waited for); nil otherwise. Once: a second call gives nil.
        func take() -> Copy? {
            lock.lock()
            let begun = self.begun
            self.begun = nil
            lock.unlock()
            return (try? begun?.result()) ?? nil
        }

        /// Waits for what was begun and removes a copy not taken (a build that stops, or that wrote no collection).
        func discard() {
            take()?.file.discard()
        }
    }

    /// The last file copied into a new one beside the target (a scratch name: `write` may make the file anew beside
    /// it) while the notes are checked: its head and first `count` documents, and, when the documents of the notes read
    /// anew were known, the rest too, with those documents in their places: then the file whole, as `write` would lay
    /// it when the documents are the last file's names, in its order, with those bytes.
    final class Copy: @unchecked Sendable {
        struct Plan: Sendable {
            /// The documents before the first note read anew.
            let count: Int
            /// The documents of the notes read anew, by their index in the last file; nil when one is not known.
            let replaced: [Int: Data]?
        }

        enum Outcome: Sendable { case none, whole, head }

        let file: PendingFile
        let count: Int
        /// The file's size after the first `count` documents.
        private let headSize: Int64
        /// The documents laid in place of the last file's, by index (nil: only the head was copied).
        private let replaced: [Int: Data]?
        /// The lengths of the documents copied (all of them when `replaced` is known, else the first `count`).
        let lengths: [Int]

        /// Nil when `count` is no count of documents of `old`, or the copy fails (the file is made whole later).
        static func make(_ plan: Plan, of old: OldFile, in writer: OutputWriter) -> Copy? {
            guard plan.count >= 0, plan.count <= old.documents.count else { return nil }
            // (Documents to lay in place only after the head: else the head alone.)
            let replaced = plan.replaced.flatMap { $0.keys.allSatisfy((plan.count..<old.documents.count).contains) ? $0 : nil }
            guard plan.count > 0 || replaced != nil else { return nil }
            return Phases.measure("sessies.json vooraf/ahead") { try? Copy(Plan(count: plan.count, replaced: replaced), of: old, in: writer) }
        }

        private init(_ plan: Plan, of old: OldFile, in writer: OutputWriter) throws(Building.Failure) {
            let file = try PendingFile(CollectionFile.relative, in: writer, scratch: "vooraf")
            // Sent to the disk as it is copied (PendingFile): it is begun only for a file that is to be written anew.
            file.sendsOutAsItGoes = true
            let documents = old.documents
            var lengths = documents[..<plan.count].map(\.count)
            do {
                try file.append(SessionCollection.head)
                let end = plan.count > 0 ? documents[plan.count - 1].upperBound : SessionCollection.head.count
                try file.append(from: old.descriptor, at: SessionCollection.head.count, count: end - SessionCollection.head.count)
                headSize = file.size
                if let replaced = plan.replaced {
                    // The rest in runs of the last file (each document with the separator before it), the replaced
                    // documents between them.
                    var from = end
                    for index in plan.count..<documents.count {
                        guard let bytes = replaced[index] else {
                            lengths.append(documents[index].count)
                            continue
                        }
                        let start = documents[index].lowerBound - SessionCollection.separator(index).count
                        try file.append(from: old.descriptor, at: from, count: start - from)
                        try file.append(SessionCollection.separator(index))
                        try file.append(bytes)
                        lengths.append(bytes.count)
                        from = documents[index].upperBound
                    }
                    if let last = documents.last { try file.append(from: old.descriptor, at: from, count: last.upperBound - from) }
                    try file.append(SessionCollection.tail)
                }
            } catch {
                file.discard()
                throw error
            }
            self.file = file
            count = plan.count
            replaced = plan.replaced
            self.lengths = lengths
        }

        /// Whether the copy is the whole file of `documents`: the last build's names in its order, each document
        /// in place of the last file's the same bytes as the copy laid there, each other one unchanged or rendered
        /// again the same bytes as its place in `old` (the file copied from). The documents read to compare are left
        /// in `read`, by index.
        func isWhole(_ documents: [Document], last: BuildCache.Sessies, old: OldFile, read: inout [Int: Data]) -> Bool {
            guard let replaced, documents.count == last.names.count, documents.count == old.documents.count else { return false }
            for (index, document) in documents.enumerated() {
                guard document.name == last.names[index] else { return false }
                guard replaced[index] != nil || !document.unchanged else { continue }
                let bytes = read[index] ?? SessionCollection.trimmed(document.bytes())
                read[index] = bytes
                if let laid = replaced[index] {
                    guard bytes == laid else { return false }
                } else {
                    let place = old.documents[index]
                    guard bytes.count == place.count, bytes == FileBytes.data(of: old.descriptor, at: place.lowerBound, count: place.count) else {
                        return false
                    }
                }
            }
            return true
        }

        /// The copy cut back to its head, when its first `count` documents are the first of `documents`: the same
        /// names, in the same places as in the last file, none changed since. (The last file is still the one copied
        /// from: `write` opens it with the same stamp.) Nil otherwise, or when it cannot be cut.
        func head(of documents: [Document], last: BuildCache.Sessies) -> Copy? {
            guard count > 0, count <= documents.count, count <= last.names.count,
                  (0..<count).allSatisfy({ documents[$0].unchanged && documents[$0].name == last.names[$0] }) else { return nil }
            return file.cut(to: headSize) ? self : nil
        }

        /// The lengths of the head's documents.
        var headLengths: [Int] { Array(lengths.prefix(count)) }
    }
}
