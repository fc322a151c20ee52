import BegeleidModel
import BegeleidRender
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CollectionFile {
    /// The head of the next `data/sessies.json` copied from the last build's file before its documents are listed
    /// (issue 18: a save that changes what a session publishes waited at its end for the 13 MB of the file, copied
    /// and sent to the disk only once every note was checked). When a note read ahead (Checking.Pass.startReadingAhead)
    /// publishes a document that differs from its place in the last file, the documents before the first note read
    /// ahead, as the last file holds them, are copied into the new file at once (and sent to the disk as they are).
    /// `write` takes that copy only when its documents turn out to be the first ones now, unchanged, in the same
    /// order; otherwise, or when the build stops, the copy is removed. So the file written is the same either way,
    /// and a save that publishes nothing copies nothing ahead.
    final class Early: @unchecked Sendable {
        private let lock = NSLock()
        private let writer: OutputWriter
        private let last: BuildCache.Sessies
        private var begun: Parallel.Started<Prefix?>?

        /// Nil when there is no last file to copy from (a full build, a public one, a cache without its stamp).
        init?(writer: OutputWriter, last: BuildCache.Sessies?) {
            guard let last, last.file != nil, last.names.count == last.lengths.count, !last.names.isEmpty else { return nil }
            self.writer = writer
            self.last = last
        }

        /// On the read-ahead's worker, with its reads: looks, on a worker of its own, whether a session read anew
        /// publishes another document than its place in the last file, and if so copies the documents before the first
        /// of those notes. Once a build (later calls do nothing).
        func consider(_ reads: [Checking.Read]) {
            start { old in
                // A note not in the last file (a new one) has no place there: the documents' order is not the last one.
                let changed = reads.filter { !$0.reused }
                guard let count = changed.map({ old.index[BuildCache.name($0.path)] ?? -1 }).min(), count > 0 else { return nil }
                let differs = changed.contains { read in
                    guard let session = read.session, let at = old.index[BuildCache.name(read.path)],
                          let document = try? SessionDocument(session.publishable().showingGaps()).encoded() else { return false }
                    let bytes = SessionCollection.trimmed(document)
                    let place = old.documents[at]
                    return bytes.count != place.count || bytes != FileBytes.data(of: old.descriptor, at: place.lowerBound, count: place.count)
                }
                return differs ? count : nil
            }
        }

        /// Copies the first `count` documents of the last file now, on a worker (what `consider` begins when a
        /// document differs; tests begin any).
        func begin(count: Int) {
            start { _ in count }
        }

        /// Begins, once a build, on a worker: the last file opened, and the number of its first documents to copy
        /// that `count` gives (nil: none), copied.
        private func start(_ count: @escaping @Sendable (OldFile) -> Int?) {
            lock.lock()
            defer { lock.unlock() }
            guard begun == nil else { return }
            begun = Parallel.start { [writer, last] in
                guard let old = OldFile(Layout.join(writer.root, CollectionFile.relative), last) else { return nil }
                defer { close(old.descriptor) }
                return count(old).flatMap { Prefix.copy($0, of: old, in: writer) }
            }
        }

        /// The copy, when one was made (waited for); nil otherwise. Once: a second call gives nil.
        func take() -> Prefix? {
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

    /// The first `count` documents of the last file with the head before them, in a new file beside the target
    /// (a scratch name: `write` may make the file anew beside it).
    final class Prefix: @unchecked Sendable {
        let file: PendingFile
        let count: Int
        /// The lengths of the documents copied.
        let lengths: [Int]

        /// Nil when `count` is no count of documents of `old`, or the copy fails (the file is made whole later).
        static func copy(_ count: Int, of old: OldFile, in writer: OutputWriter) -> Prefix? {
            guard count > 0, count <= old.documents.count else { return nil }
            return Phases.measure("sessies.json vooraf/ahead") { try? Prefix(count, of: old, in: writer) }
        }

        private init(_ count: Int, of old: OldFile, in writer: OutputWriter) throws(Building.Failure) {
            let file = try PendingFile(CollectionFile.relative, in: writer, scratch: "vooraf")
            // Sent to the disk as it is copied (PendingFile): it is begun only for a file that is to be written anew.
            file.sendsOutAsItGoes = true
            let end = old.documents[count - 1].upperBound
            do {
                try file.append(SessionCollection.head)
                try file.append(from: old.descriptor, at: SessionCollection.head.count, count: end - SessionCollection.head.count)
            } catch {
                file.discard()
                throw error
            }
            self.file = file
            self.count = count
            lengths = old.documents[..<count].map(\.count)
        }

        /// Whether these are the first of `documents`: the same names, in the same places as in the last file, none
        /// changed since. (The last file is still the one copied from: `write` opens it with the same stamp.)
        func begins(_ documents: [Document], last: BuildCache.Sessies) -> Bool {
            count <= documents.count && count <= last.names.count
                && (0..<count).allSatisfy { documents[$0].unchanged && documents[$0].name == last.names[$0] }
        }
    }
}
