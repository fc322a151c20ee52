/// Which findings stay errors in a concept (FORMAT.md, version 2): those that
/// make the notes unreadable and those about privacy. Every other error of a
/// concept is a warning, so the report of notes typed live is always made.
extension Diagnostic {
    /// Notes that cannot be read far enough to show anything.
    public static let unreadableCodes: Set<DiagnosticCode> = [
        .notUtf8, .nulByte, .emptyFile, .fileUnreadable, .controlCharacter, .fileTooLarge,
        .symlinkOutside, .markdownTooComplex, .frontMatterMissing, .frontMatterUnclosed,
        .frontMatterNotMapping, .yamlSyntax, .yamlTab, .nestingTooDeep, .slugCollision,
    ]

    /// Text the reader cannot place safely: publishing it could publish a name or a private note.
    public static let privacyCodes: Set<DiagnosticCode> = [.notesHeadingMisplaced, .participantNotMapping, .participantNameInText]

    /// Whether this finding keeps even a concept's report back (and the live preview shows the error page).
    public var isBlocking: Bool {
        isPrivacyError || (severity == .error && Self.unreadableCodes.contains(code))
    }

    /// An error about privacy: the notes hold what no report may show, so an earlier report of them goes too.
    public var isPrivacyError: Bool {
        severity == .error && Self.privacyCodes.contains(code)
    }

    /// The lines the finding stands on, from its start to its end (its start alone when it has no end).
    public var lines: ClosedRange<Int> {
        location.line...max(location.line, end?.line ?? location.line)
    }
}

extension Array where Element == Diagnostic {
    /// In a concept, every error but the blocking ones is a warning.
    public func lenient(for status: SessionStatus) -> [Diagnostic] {
        guard status == .draft else { return self }
        return map { diagnostic in
            guard diagnostic.severity == .error, !diagnostic.isBlocking else { return diagnostic }
            var copy = diagnostic
            copy.severity = .warning
            return copy
        }
    }

    /// The findings that keep a report back even in a concept.
    public var blocking: [Diagnostic] { filter(\.isBlocking) }
}
