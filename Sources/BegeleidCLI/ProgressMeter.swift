import BegeleidModel
import Foundation

/// `[12/400] sessies` on one line of a terminal while a build runs; nothing
/// when stderr is not a terminal (CI, a pipe, an editor), so logs stay line-based.
final class ProgressMeter {
    private let language: Language
    private let isTerminal: Bool
    private var shown = false
    private var lastUpdate = Date.distantPast

    init(language: Language, enabled: Bool) {
        self.language = language
        isTerminal = enabled && isatty(STDERR_FILENO) == 1
    }

    func update(done: Int, total: Int) {
        // Only worth showing for more than a handful, and at most ten times a second.
        guard isTerminal, total > 20, done == total || Date().timeIntervalSince(lastUpdate) > 0.1 else { return }
        lastUpdate = Date()
        let word = language == .dutch ? "sessies" : "sessions"
        FileHandle.standardError.write(Data("\r[\(done)/\(total)] \(word)".utf8))
        shown = true
    }

    /// Clears the progress line before the findings and summary are printed.
    func finish() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
