import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only Swift code that talks to cmark-gfm.
///
/// It parses with the GitHub extensions, walks the C tree once, copies what the
/// rest of begeleid needs into Swift values (`MarkdownBlock`) and frees every C
/// object before it returns. Rendering is always safe: raw HTML (and so every
/// HTML comment) is removed from the tree and links or images whose URL is not
/// harmless are cut to their text, for HTML and Markdown output alike.
public enum Markdown {
    /// Parses `source` into a tree of block nodes with 1-based line and
    /// character columns relative to `source`.
    ///
    ///     "## Casus\ntekst" → document [heading(2) "Casus", paragraph "tekst"]
    /// `withinLimits`: the caller has found no `MarkdownComplexity.firstExcess` in `source` (the reader asks it
    /// of every note's body first), so it is not looked for again.
    public static func parseBlocks(_ source: String, withinLimits: Bool = false) -> MarkdownBlock {
        withDocument(source, withinLimits: withinLimits) { root, _ in
            let columns = ColumnMap(source)
            return block(from: root, columns: columns)
        }
    }

    /// Renders a Markdown fragment (blocks) to safe HTML.
    ///
    ///     "*a* <b>x</b>" → "<p><em>a</em> x</p>\n"
    public static func html(_ fragment: String) -> String {
        withDocument(fragment) { root, extensions in
            sanitize(root)
            return take(cmark_render_html(root, renderOptions, extensions))
        }
    }

    /// Renders a one-paragraph fragment to safe inline HTML, without `<p>`.
    ///
    ///     "Minder *files*" → "Minder <em>files</em>"
    public static func inlineHTML(_ fragment: String) -> String {
        if let plain = plainInlineHTML(fragment) { return plain }
        var html = self.html(fragment)
        while html.hasSuffix("\n") { html.removeLast() }
        if html.hasPrefix("<p>"), html.hasSuffix("</p>"), !startsParagraph(html.utf8.dropFirst(3)) {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }

    /// Whether `<p>` is in the bytes (a second paragraph: the fragment keeps its tags).
    private static func startsParagraph(_ utf8: Substring.UTF8View) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            if previous == (UInt8(ascii: "<"), UInt8(ascii: "p")), byte == UInt8(ascii: ">") { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// What cmark-gfm makes of a fragment that is one line of ordinary words (`plainLineQuotes`), decided
    /// from its bytes without parsing (most items are): the text with `"` escaped, as cmark-gfm writes a
    /// paragraph of it; nil for any other fragment. Held to cmark-gfm on generated fragments
    /// (MarkdownFastPathTests).
    static func plainInlineHTML(_ fragment: String) -> String? {
        guard let quotes = plainLineQuotes(fragment) else { return nil }
        guard quotes > 0 else { return fragment }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(fragment.utf8.count + 5 * quotes)
        for byte in fragment.utf8 {
            if byte == UInt8(ascii: "\"") { escaped += Array("&quot;".utf8) } else { escaped.append(byte) }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// For a fragment that is one line of ordinary words, the number of `"` in it; nil for any other. Ordinary:
    /// every byte is a letter, digit, space or one of `,.;'()?%/"-+` or part of a non-ASCII character, the first
    /// is neither a space, a digit, `-` nor `+` (a list), the last no space, and no `www.` is in it (an
    /// autolink). Such a line is one text in one paragraph for cmark-gfm: its plain text and its CommonMark
    /// are the line itself.
    static func plainLineQuotes(_ fragment: String) -> Int? {
        var fragment = fragment
        // Over the string's own bytes, each looked up in a table (walking the UTF8View and a `switch` per byte
        // were 1 % of a full build: every label, effect and option is asked).
        return fragment.withUTF8 { bytes -> Int? in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20, first != UInt8(ascii: "-"),
                  first != UInt8(ascii: "+"), !(0x30...0x39).contains(first) else { return nil }
            return plainLineKinds.withUnsafeBufferPointer { kinds -> Int? in
                var quotes = 0
                var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
                for byte in bytes {
                    switch kinds[Int(byte)] {
                    case PlainLineKind.ordinary: break
                    case PlainLineKind.quote: quotes += 1
                    case PlainLineKind.dot:
                        // `www.` (any case) starts an autolink.
                        if previous.0 | 0x20 == UInt8(ascii: "w"), previous.1 | 0x20 == UInt8(ascii: "w"), previous.2 | 0x20 == UInt8(ascii: "w") {
                            return nil
                        }
                    default: return nil
                    }
                    previous = (previous.1, previous.2, byte)
                }
                return quotes
            }
        }
    }

    /// What a byte is to `plainLineQuotes`.
    private enum PlainLineKind {
        static let other: UInt8 = 0, ordinary: UInt8 = 1, quote: UInt8 = 2, dot: UInt8 = 3
    }

    private static let plainLineKinds: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        switch UInt8(byte) {
        case 0x80...0xFF, 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x20: return PlainLineKind.ordinary
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "?"),
             UInt8(ascii: "%"), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "+"):
            return PlainLineKind.ordinary
        case UInt8(ascii: "\""): return PlainLineKind.quote
        case UInt8(ascii: "."): return PlainLineKind.dot
        default: return PlainLineKind.other
        }
    }

    /// Renders a fragment back to normalised CommonMark, with raw HTML and
    /// unsafe links removed. A plain line (`plainLineQuotes`) is its own CommonMark.
    public static func commonMark(_ fragment: String) -> String {
        plainLineQuotes(fragment) != nil ? fragment + "\n" : parsedCommonMark(fragment)
    }

    /// `commonMark` as cmark-gfm renders it (held to the shortcut in MarkdownFastPathTests).
    static func parsedCommonMark(_ fragment: String) -> String {
        withDocument(fragment) { root, _ in
            sanitize(root)
            return take(cmark_render_commonmark(root, renderOptions, 0))
        }
    }

    /// A fragment as plain text: markup removed, raw HTML dropped, lines kept.
    ///
    ///     "*Privacy*" → "Privacy"
    public static func plainText(_ fragment: String) -> String {
        plainLineQuotes(fragment) != nil ? fragment : parsedPlainText(fragment)
    }

    /// `plainText` as cmark-gfm renders it (held to the shortcut in MarkdownFastPathTests).
    static func parsedPlainText(_ fragment: String) -> String {
        withDocument(fragment) { root, _ in
            sanitize(root)
            var text = take(cmark_render_plaintext(root, renderOptions, 0))
            while text.hasSuffix("\n") { text.removeLast() }
            return text
        }
    }

    // MARK: - C boundary

    private static let parseOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
    private static let renderOptions = CMARK_OPT_DEFAULT
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// The C registry of extensions is not locked: register exactly once.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private static func withDocument<T>(
        _ source: String, withinLimits: Bool = false,
        _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T
    ) -> T {
        precondition(registered)
        guard let parser = cmark_parser_new(parseOptions) else { fatalError("cmark-gfm: out of memory") }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var source = withinLimits || MarkdownComplexity.firstExcess(in: source) == nil ? source : MarkdownComplexity.escaped(source)
        // (Fed from the string's own bytes: copying them into an array first was an allocation a parse.)
        source.withUTF8 { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parser_feed(parser, $0, buffer.count)
                }
            }
        }
        guard let root = InlineParsing.serialized({ cmark_parser_finish(parser) }) else { fatalError("cmark-gfm: out of memory") }
        defer { cmark_node_free(root) }
        return body(root, cmark_parser_get_syntax_extensions(parser))
    }

    private static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    private static func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? "unknown"
    }

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    /// Deeper block nesting than this is not copied (no notes need it; it
    /// would only let hostile input exhaust the stack). The document says so.
    public static let maximumDepth = 48

    private static func block(from node: OpaquePointer, columns: ColumnMap, depth: Int = 0) -> MarkdownBlock {
        let kind = MarkdownBlock.Kind(typeName: typeName(node))
        let start = columns.position(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
        let end = columns.position(line: Int(cmark_node_get_end_line(node)), byteColumn: Int(cmark_node_get_end_column(node)))
        var blocks: [MarkdownBlock] = []
        var text = ""
        var tooDeep = false
        if kind.holdsInlines {
            text = inlineText(node)
        } else if depth < maximumDepth {
            blocks = children(of: node).map { block(from: $0, columns: columns, depth: depth + 1) }
            tooDeep = blocks.contains { $0.isTooDeep }
        } else {
            tooDeep = cmark_node_first_child(node) != nil
        }
        return MarkdownBlock(
            kind: kind,
            start: start,
            end: end,
            headingLevel: kind == .heading ? Int(cmark_node_get_heading_level(node)) : 0,
            text: text,
            children: blocks,
            isTooDeep: tooDeep,
            isFenced: kind == .codeBlock && isFenced(node)
        )
    }

    /// Whether a code block node is fenced. (cmark-gfm writes the fence's length, offset and character through the
    /// pointers without testing them for null.)
    private static func isFenced(_ node: OpaquePointer) -> Bool {
        var length: Int32 = 0, offset: Int32 = 0
        var character: CChar = 0
        return cmark_node_get_fenced(node, &length, &offset, &character) != 0
    }

    /// Visits every node below `root` (not `root` itself) on entry, without
    /// recursion, so that no nesting depth can exhaust the stack.
    private static func forEachNode(below root: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), node != root else { continue }
            visit(node)
        }
    }

    /// The literal text of inline content, raw HTML left out, breaks as spaces.
    private static func inlineText(_ node: OpaquePointer) -> String {
        var text = ""
        forEachNode(below: node) { child in
            switch typeName(child) {
            case "text", "code":
                text += cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
            case "softbreak", "linebreak":
                text += " "
            case "html_inline" where isLineBreakTag(child):
                // The report shows `<br>` as a break (`sanitize`); other tags it leaves out, joining what is around them.
                text += " "
            default:
                break
            }
        }
        return text
    }

    /// Removes raw HTML and neutralises unsafe link and image destinations.
    /// The tree is only changed after the walk, which the iterator requires.
    private static func sanitize(_ root: OpaquePointer) {
        var rawHTML: [OpaquePointer] = []
        var links: [OpaquePointer] = []
        var images: [OpaquePointer] = []
        forEachNode(below: root) { node in
            switch typeName(node) {
            case "html_block", "html_inline": rawHTML.append(node)
            case "link": links.append(node)
            case "image": images.append(node)
            default: break
            }
        }
        for node in rawHTML {
            // `<br>` is kept as the line break it means: left out, it glued the words around it (“MariekeHoekstra”).
            if isLineBreakTag(node), let lineBreak = cmark_node_new(CMARK_NODE_LINEBREAK) {
                cmark_node_insert_before(node, lineBreak)
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        for link in links where !URLPolicy.isSafe(url(of: link)) {
            // Keep the link's text, drop the link.
            unwrap(link, into: nil)
        }
        for image in images {
            // A report is self-contained: an image becomes a link to it (or just its text).
            let destination = url(of: image)
            if URLPolicy.isSafe(destination), !destination.isEmpty, let link = cmark_node_new(CMARK_NODE_LINK) {
                cmark_node_set_url(link, destination)
                cmark_node_insert_before(image, link)
                unwrap(image, into: link)
            } else {
                unwrap(image, into: nil)
            }
        }
    }

    /// Whether `node` is the inline tag `<br>`, `<br/>` or `<br />`, in any case.
    private static func isLineBreakTag(_ node: OpaquePointer) -> Bool {
        guard cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE, let literal = cmark_node_get_literal(node) else { return false }
        let tag = String(cString: literal).lowercased().filter { $0 != " " && $0 != "/" }
        return tag == "<br>"
    }

    private static func url(of node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }

    /// Moves the children of `node` into `container` (or in its place), then frees it.
    private static func unwrap(_ node: OpaquePointer, into container: OpaquePointer?) {
        for child in children(of: node) {
            cmark_node_unlink(child)
            if let container {
                cmark_node_append_child(container, child)
            } else {
                cmark_node_insert_before(node, child)
            }
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }
}
