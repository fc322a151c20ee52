import BegeleidModel

/// Reads one item of `## Opvolging`: `- gedaan: <option text or its
/// beginning> — explanation`. The status is what stands before the first
/// colon; the explanation follows the first ` — ` (or ` – `, ` -- `). Which
/// option it names is worked out later, over the whole series.
enum FollowUpReader {
    static let explanationSeparators = [" — ", " – ", " -- "]

    static func item(_ source: ItemSource) -> FollowUpItem {
        let text = source.text
        guard let colon = text.firstIndex(of: ":") else {
            return FollowUpItem(statusWritten: "", status: nil, optionText: PlainName.of(text.string), explanation: nil,
                                location: source.location, textLocation: text.location)
        }
        let written = PlainName.of(text[0..<colon].trimmed().string)
        var rest = text[(colon + 1)..<text.count].trimmed()
        var explanation: RichText?
        if let range = rest.firstRange(ofAny: explanationSeparators) {
            explanation = .sanitized(rest[range.upperBound..<rest.count].trimmed().string)
            rest = rest[0..<range.lowerBound].trimmed()
        } else if let dash = explanationSeparators.map({ String($0.dropFirst()) }).first(where: { rest.string.hasPrefix($0) }) {
            // “- gedaan: — leeg”: no option, only an explanation (the separator was taken for the option's text).
            explanation = .sanitized(rest[dash.count..<rest.count].trimmed().string)
            rest = rest[0..<0]
        }
        return FollowUpItem(
            statusWritten: written, status: FollowUpStatus(spelling: written), optionText: PlainName.of(rest.string),
            // (At the status as written, where a finding on it points: blind tester 40 was shown the item's `-`.)
            explanation: explanation, location: text.location, textLocation: rest.location)
    }
}
