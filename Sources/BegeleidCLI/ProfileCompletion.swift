import BegeleidPipeline

/// `begeleid voorstel <TAB>`: the profiles in the input folder (`--input DIR`, else `Input`)
/// that start with what was typed. argument-parser runs this in the binary when the shell asks.
enum ProfileCompletion {
    @Sendable static func slugs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        Proposing.profileSlugs(input: inputFolder(in: words)).filter { $0.hasPrefix(prefix) }
    }

    /// The value of the last `--input DIR` or `--input=DIR` among the words; `Input` without one.
    static func inputFolder(in words: [String]) -> String {
        var folder = "Input"
        for (index, word) in words.enumerated() {
            if word == "--input", index + 1 < words.count {
                folder = words[index + 1]
            } else if word.hasPrefix("--input=") {
                folder = String(word.dropFirst("--input=".count))
            }
        }
        return folder
    }
}
