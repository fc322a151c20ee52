import BegeleidChecks
import BegeleidModel
import BegeleidReader
import Foundation

/// Reads and checks session files: the first two stages of every command.
public enum Checking {
    /// What checking a set of files found.
    public struct Result: Sendable {
        /// Sessions without errors, in path order.
        public var valid: [Session]
        public var diagnostics: [Diagnostic]
        public var fileCount: Int
        /// How many files have at least one error.
        public var failedCount: Int { failed.count }
        /// The paths and slugs of the files with at least one error.
        public var failed: [(path: String, slug: String)]
    }

    /// Reads and checks `files`; with `strict`, warnings count as errors.
    public static func run(files: [String], strict: Bool) -> Result {
        var valid: [Session] = []
        var all: [Diagnostic] = []
        var failed: [(path: String, slug: String)] = []
        var slugOwners: [String: String] = [:]
        // Where two files give the same slug, the one already named as a slug keeps it.
        let ordered = files.filter(isNamedAsSlug) + files.filter { !isNamedAsSlug($0) }
        for path in ordered {
            let slug = SessionFiles.slug(forPath: path)
            var diagnostics = FileNaming.findings(path: path, slug: slug, extensions: ["md"], owners: &slugOwners)
            let output = SessionReader.read(path: path, slug: slug)
            diagnostics += output.diagnostics
            if let session = output.session { diagnostics += Checker.check(session) }
            if strict {
                diagnostics = diagnostics.map { var copy = $0; copy.severity = .error; return copy }
            }
            diagnostics = diagnostics.sortedByPosition()
            if diagnostics.errorCount > 0 {
                failed.append((path, slug))
            } else if let session = output.session {
                valid.append(session)
            }
            all += diagnostics
        }
        valid.sort { $0.path < $1.path }
        failed.sort { $0.path < $1.path }
        return Result(valid: valid, diagnostics: unique(all).sortedByPosition(), fileCount: files.count, failed: failed)
    }

    /// The findings about a `waarden.yaml` (warnings as errors with `strict`).
    public static func synonyms(at path: String, strict: Bool) -> [Diagnostic] {
        let read = SynonymsReader.read(path: path).diagnostics
        return (strict ? read.map { var copy = $0; copy.severity = .error; return copy } : read).sortedByPosition()
    }

    /// The sessions in `input`'s `sessies/` that have no errors (for citing in proposals).
    public static func validSessions(in input: String) -> [Session] {
        run(files: SessionFiles.collect([(input as NSString).appendingPathComponent("sessies")]).files, strict: false).valid
    }

    private static func isNamedAsSlug(_ path: String) -> Bool {
        let name = String(path.split(separator: "/").last ?? "")
        return SessionFiles.slug(forPath: path) + ".md" == name
    }

    /// The same finding twice (a YAML alias repeats a node) is printed once.
    private static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }
    }
}
