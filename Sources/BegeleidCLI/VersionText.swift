import BegeleidPipeline
import CBegeleidCommit

/// What `begeleid --version` prints: the version (its one place is `BegeleidVersion`)
/// and the commit the binary was built from (see Sources/CBegeleidCommit/commit.c).
enum VersionText {
    static var commit: String { String(cString: begeleid_commit()) }

    static var line: String {
        "\(BegeleidVersion.current) (commit \(commit.isEmpty ? "onbekend / unknown" : commit))"
    }
}
