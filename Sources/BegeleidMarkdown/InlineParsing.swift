import Foundation

/// cmark-gfm 0.29.0.gfm.6 (Debian 12) keeps the table of characters that stop its inline parser in a
/// global (`SPECIAL_CHARS`): every parse adds its extensions' characters (`~` for strikethrough, and
/// those the autolink and table extensions start on) when it starts parsing inlines and takes them out
/// when it is done. A parse on another thread that finished in the meantime took them out from under this
/// one, which then could miss `~~struck~~` or a bare address: the same notes could give other bytes from
/// build to build (github/cmark-gfm#176, not merged; MarkdownThreadTests saw it in 7 of 4,000 parses). Inline parsing (`cmark_parser_finish`) is therefore done one at a
/// time in the process; reading the blocks (`cmark_parser_feed`) and rendering stay parallel.
enum InlineParsing {
    private static let lock = NSLock()

    static func serialized<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
