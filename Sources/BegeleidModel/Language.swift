/// The language of a report's own words or of the tool's messages.
public enum Language: String, Sendable, Codable, CaseIterable {
    case dutch = "nl"
    case english = "en"
}
