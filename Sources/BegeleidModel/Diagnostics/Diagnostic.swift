/// A finding about an input file: where, how bad, which rule, what to say.
///
/// The core only collects diagnostics; the CLI decides how to print them.
public struct Diagnostic: Sendable, Hashable, Error {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning
        /// Below a warning: a hint (a near match in the vocabulary of values); never made an error by `--strict`.
        case note
    }

    public var severity: Severity
    /// A stable identifier, e.g. `effect-without-value`; documented in docs/diagnostics.md.
    public var code: DiagnosticCode
    public var path: String
    /// Where it starts: line and column as the terminal counts them (characters; SourceLocation).
    public var location: SourceLocation
    /// Where it ends (just after its last character), when known: set from the file's bytes
    /// on the check path (SourceRanges), so no printer reads the file again to guess it.
    public var end: SourceLocation?
    public var message: LocalizedText
    /// A likely intended name for a near miss ("did you mean …?").
    public var suggestion: String?

    public init(
        _ severity: Severity, _ code: DiagnosticCode, path: String, at location: SourceLocation,
        _ message: LocalizedText, suggestion: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.path = path
        self.location = location
        self.message = message
        self.suggestion = suggestion
    }

    /// The message with its suggestion, in one language.
    public func text(_ language: Language) -> String {
        let base = message.text(language)
        guard let suggestion else { return base }
        switch language {
        case .dutch: return "\(base); bedoelde je “\(suggestion)”?"
        case .english: return "\(base); did you mean “\(suggestion)”?"
        }
    }
}

/// A user-facing text in Dutch and English, written beside the code that emits it.
public struct LocalizedText: Sendable, Hashable {
    public var dutch: String
    public var english: String

    public init(nl dutch: String, en english: String) {
        self.dutch = dutch
        self.english = english
    }

    public func text(_ language: Language) -> String {
        language == .dutch ? dutch : english
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, then position, then code: the order findings are printed in.
    public func sortedByPosition() -> [Diagnostic] {
        let precedes = { (first: Diagnostic, second: Diagnostic) in
            (first.path, first.location.line, first.location.column, first.code.rawValue)
                < (second.path, second.location.line, second.location.column, second.code.rawValue)
        }
        // A list in order already (most are: each file's findings sorted, the files in path order) is kept as it
        // is, which is what the stable sort would give.
        if indices.dropFirst().allSatisfy({ !precedes(self[$0], self[$0 - 1]) }) { return self }
        // `sorted` is stable: equal keys keep the order the checks emitted them in.
        return sorted(by: precedes)
    }

    /// (Counted without making the list of those counted.)
    public var errorCount: Int { count(of: .error) }

    /// With `strict` (`--strict`), every finding counts as an error.
    public func strictened(_ strict: Bool) -> [Diagnostic] {
        guard strict else { return self }
        return map { var copy = $0; if copy.severity != .note { copy.severity = .error }; return copy }
    }
    public var warningCount: Int { count(of: .warning) }
    public var noteCount: Int { count(of: .note) }

    private func count(of severity: Diagnostic.Severity) -> Int {
        reduce(0) { $1.severity == severity ? $0 + 1 : $0 }
    }
}
