import BegeleidMarkdown
import BegeleidModel

extension SessionBuilder {
    /// An HTML tag at `start` that hides its text or calls it private (`<span class="prive">`, `<div hidden>`,
    /// `<p style="display:none">`, `<div id="vertrouwelijk">`): its text was published as any other, tags dropped (a
    /// retest of blind tester 34's leftovers). Only the tag's name is returned: an attribute (a `title`) may hold the
    /// private text itself.
    static func privateTag(_ bytes: [UInt8], at start: Int) -> String? {
        guard start + 1 < bytes.count, (0x61...0x7A).contains(bytes[start + 1] | 0x20) else { return nil }
        var end = start + 1
        while end < bytes.count, end < start + 400, bytes[end] != UInt8(ascii: ">") { end += 1 }
        let tag = String(decoding: bytes[(start + 1)..<min(end, bytes.count)], as: UTF8.self).lowercased()
        let name = tag.prefix { $0.isLetter || $0.isNumber }
        let rest = tag.dropFirst(name.count)
        // (`<template>`: a page never shows its text; the report dropped the tags and showed it.)
        if Self.unshownElements.contains(String(name)), rest.first.map({ $0 == " " || $0 == "\t" || $0 == "/" }) ?? true { return "<\(name)>" }
        guard rest.first.map({ $0 == " " || $0 == "\t" || $0 == "/" }) == true else { return nil }
        let squeezed = rest.filter { !$0.isWhitespace }
        // An attribute `hidden` (not `aria-hidden`, which leaves the text on the page), or a style that hides.
        let attributes = rest.split { $0 == " " || $0 == "\t" || $0 == "/" }
        let hides = attributes.contains { $0 == "hidden" || $0.hasPrefix("hidden=") } || stylesMayHide(squeezed, name: name)
        // A class or id with a private word (`prive`, `x vertrouwelijk`, `intern-memo`, `hidden`), quoted or not.
        let named = [" class=", " id=", "\tclass=", "\tid="].contains { key in
            var remaining = rest[...]
            while let found = remaining.range(of: key) {
                var value = remaining[found.upperBound...]
                if let quote = value.first, quote == "\"" || quote == "'" {
                    value = value.dropFirst().prefix { $0 != quote }
                } else {
                    value = value.prefix { !$0.isWhitespace }
                }
                if value.split(whereSeparator: { !$0.isLetter }).contains(where: { word in
                    let key = Names.key(String(word))
                    return hiddenWords.contains(key) || SectionKind.remarkSaysPrivate(key)
                }) { return true }
                // The frameworks' classes for a text only a screen reader reads, or none (`sr-only`, `d-none`: blind
                // tester 46).
                if value.split(whereSeparator: { $0.isWhitespace }).contains(where: { hidingClasses.contains($0.filter(\.isLetter)) }) { return true }
                remaining = remaining[found.upperBound...]
            }
            return false
        }
        return hides || named ? "<\(name)>" : nil
    }

    /// A tag that `lines[index]` opens and a line below closes (`<span` and `hidden>…` below it: blind tester 39; also over
    /// three lines, a retest): the lines read as one, at the tag's place, up to 400 bytes of them.
    static func privateTagOverLines(_ lines: [String], at index: Int) -> (name: String, column: Int)? {
        guard lines[index].utf8.contains(UInt8(ascii: "<")) else { return nil }
        let bytes = Array(lines[index].utf8)
        guard let open = bytes.lastIndex(of: UInt8(ascii: "<")), !bytes[open...].contains(UInt8(ascii: ">")) else { return nil }
        guard index + 1 < lines.count else { return nil }
        var joined = bytes
        var next = index + 1
        while next < lines.count, joined.count - open < 400 {
            joined.append(0x20)
            joined += lines[next].utf8.prefix(400)
            if lines[next].utf8.contains(UInt8(ascii: ">")) { break }
            next += 1
        }
        // (A code span may go on to the next line too: `` `<span `` and ``hidden>` ``.)
        guard let tag = privateTag(joined, at: open), !isInCode(joined, at: open) else { return nil }
        return (tag, column(of: open, in: bytes))
    }

    /// Whether the byte at `offset` is inside a code span of its line (`` `<span hidden>` ``): the report shows a tag
    /// there as it is written, so it hides nothing (a retest of blind tester 39 found the report held back for it). A run
    /// of backticks opens a span that the next run of the same length closes (CommonMark); one never closed opens none.
    /// A line with an escaped backtick (`` \` ``, which opens no span) is read as having none: failing closed.
    static func isInCode(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard bytes.contains(UInt8(ascii: "`")) else { return false }
        if zip(bytes, bytes.dropFirst()).contains(where: { $0 == UInt8(ascii: "\\") && $1 == UInt8(ascii: "`") }) { return false }
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "`") else { index += 1; continue }
            let open = index
            while index < bytes.count, bytes[index] == UInt8(ascii: "`") { index += 1 }
            let length = index - open
            // The closing run: the next run of exactly `length` backticks.
            var cursor = index
            var close: Int?
            while cursor < bytes.count {
                guard bytes[cursor] == UInt8(ascii: "`") else { cursor += 1; continue }
                let start = cursor
                while cursor < bytes.count, bytes[cursor] == UInt8(ascii: "`") { cursor += 1 }
                if cursor - start == length { close = start; break }
            }
            guard let close else { continue }
            if offset > open, offset < close { return true }
            if offset < open { return false }
            index = close + length
        }
        return false
    }

    /// The lines (0-based, of the body) of the code blocks among `blocks`, also in lists and quotes.
    static func codeLines(_ blocks: [MarkdownBlock], into lines: inout Set<Int>) {
        for block in blocks {
            if block.kind == .codeBlock {
                lines.formUnion((max(1, block.start.line) - 1)..<max(block.start.line, block.end.line))
            } else {
                codeLines(block.children, into: &lines)
            }
        }
    }

    /// Whether a tag's attributes (small letters, white space taken out) may hide its text by its style: `display:none`
    /// and any property that can make a text unseen (white or transparent, no size, moved off the page, clipped);
    /// `<font>` with a colour or a size; and a style with an entity, which may spell any of them (`display:&#110;one`).
    /// Blind tester 45 had `color:white`, `font-size:0`, `left:-9999px`, `clip:rect(0 0 0 0)` and `<font
    /// color="white">` published. Fails closed: a style of those properties that shows the text (`color:red`) is
    /// refused too; notes rarely hold one. (Not `width`: `width:0` alone hides nothing, and the XSS corpus has it.)
    static func stylesMayHide(_ squeezed: String, name: Substring) -> Bool {
        if name == "font", squeezed.contains("color=") || squeezed.contains("size=") { return true }
        guard let style = squeezed.range(of: "style=") else { return false }
        let value = squeezed[style.upperBound...]
        // (An escape or a comment may spell any property, `dis\play`, `n\6f ne`, `display:/**/none`: blind tester 46.)
        return value.contains("&") || value.contains("\\") || value.contains("/*") || hidingProperties.contains { value.contains($0) }
    }

    /// Style properties that can make a text unseen.
    private static let hidingProperties = [
        "display:none", "visibility:", "opacity:", "color:", "font-size:", "font:", "height:", "overflow:", "position:",
        "clip", "text-indent:", "transform:", "filter:", "z-index:", "line-height:", "text-shadow:", "mask", "content-visibility:",
        "margin", "letter-spacing:", "word-spacing:", "width:0", "max-width:", "scale",
    ]

    /// The elements whose text a browser never shows and notes may hide a text in. Not `<noscript>`, `<script>` or
    /// `<style>`: the XSS corpus's payloads (Tests/Corpus/xss-payloads.txt), which the sanitiser makes harmless, must
    /// build in every place.
    private static let unshownElements: Set<String> = ["template"]

    /// Classes that hide a text, as their letters (`sr-only`, `d-none`, `visually-hidden`).
    private static let hidingClasses: Set<String> = ["sronly", "dnone", "visuallyhidden", "screenreaderonly", "offscreen", "invisible", "hidden", "hide"]

    /// The words of a class or id that hide a text, beside the private words.
    private static let hiddenWords: Set<String> = ["hidden", "hide", "verborgen", "verstopt", "onzichtbaar", "invisible"]

}
