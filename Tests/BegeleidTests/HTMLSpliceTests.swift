@testable import BegeleidServe
import Foundation
import Testing

/// The preview's byte-wise splicing of its script and findings panel into a page, held to what the
/// Foundation string operations it replaced gave.
@Suite struct HTMLSpliceTests {
    static let pages = [
        "<!doctype html>\n<html><body>\n<p>één → twee</p>\n</body>\n</html>\n",
        "<html><body class=\"rapport\" data-x=\"a>b\"><p>x</p></body></html>",
        "<p>a</p></body><p>b</p></body>",
        "<p>geen body</p>",
        "",
        "<body",
        "<bodyx></body>",
        "<p>“Zoë” &amp; ☕️</p>\n</body>",
        "</BODY> is not </body>",
    ]

    /// What `PreviewHandler.inject` was: Foundation's last `</body>`, replaced by the script, a line break
    /// and `</body>`; the script at the end when there is none.
    static func injectedBefore(_ html: String, _ script: String) -> String {
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: range, with: script + "\n</body>")
    }

    /// What `PreviewState.insert` was: the panel on a line after the first `<body`'s `>`, or before it all.
    static func insertedAfter(_ html: String, _ panel: String) -> String {
        guard let body = html.range(of: "<body"), let close = html[body.upperBound...].firstIndex(of: ">") else {
            return panel + html
        }
        let at = html.index(after: close)
        return String(html[..<at]) + "\n" + panel + String(html[at...])
    }

    @Test(arguments: pages)
    func theScriptGoesBeforeTheLastBodyEnd(page: String) {
        let spliced = String(decoding: HTMLSplice.beforeLastBodyEnd(page.utf8, "<script>s()</script>"), as: UTF8.self)
        #expect(spliced == Self.injectedBefore(page, "<script>s()</script>"))
        #expect(spliced.contains("<script>s()</script>"))
    }

    @Test(arguments: pages)
    func thePanelGoesAfterTheFirstBodyStart(page: String) {
        let spliced = HTMLSplice.afterBodyStart(page, "<aside>bevindingen</aside>")
        #expect(spliced == Self.insertedAfter(page, "<aside>bevindingen</aside>"))
    }

    @Test func theServedReportHasTheScriptOnceBeforeItsEnd() {
        let page = String(decoding: PreviewHandler.inject(Array("<html><body><p>x</p></body></html>".utf8)), as: UTF8.self)
        #expect(page == "<html><body><p>x</p>" + PreviewHandler.script + "\n</body></html>")
    }
}
