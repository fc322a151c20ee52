import BegeleidModel

/// The front matter's keys and the values some of them allow, as the reader
/// accepts them: for an editor's completion (`begeleid lsp`) and the JSON
/// Schema of the front matter.
public enum FrontMatterVocabulary {
    /// The Dutch key names, in FORMAT.md's order.
    public static var keys: [String] { FrontMatterKey.allCases.map(\.rawValue) }

    /// Every spelling of every key (Dutch names and English aliases).
    public static var allSpellings: [String] { FrontMatterKey.allSpellings }

    /// Every spelling of the key a spelling names (its Dutch name first); empty for an unknown key.
    public static func spellings(of spelling: String) -> [String] {
        FrontMatterKey(spelling: spelling).map { [$0.rawValue] + $0.aliases } ?? []
    }

    /// The values a key allows, Dutch first, then English; nil for free text.
    public static func choices(forKey spelling: String) -> [String]? {
        switch FrontMatterKey(spelling: spelling) {
        case .phase: return ["voorafgaand", "tijdens", "na", "before", "during", "after"]
        case .language: return ["nl", "en"]
        case .status: return ["concept", "definitief", "draft", "final"]
        case .names: return ["anoniem", "openbaar", "anonymous", "public"]
        case .isPublic: return ["true", "false"]
        default: return nil
        }
    }

    /// Every spelling of the keys inside one participant (`rol`, `organisatie`, `naam` and their aliases).
    public static var participantSpellings: [String] { ParticipantKey.allSpellings }

    /// Whether the key names the earlier session of a series (`vervolg_op`).
    public static func isFollows(_ spelling: String) -> Bool { FrontMatterKey(spelling: spelling) == .follows }
}
