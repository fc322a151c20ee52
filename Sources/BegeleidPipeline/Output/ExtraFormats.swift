import BegeleidModel
import Foundation

/// The formats beside HTML and Markdown that need a converter: PDF from the
/// HTML (WeasyPrint), Word from the Markdown (pandoc, with a reference document).
public struct ExtraFormats: Sendable {
    public var pdf: Bool
    public var docx: Bool
    /// `referentie.docx` from the templates folder; nil: pandoc's own styles.
    public var referenceDocx: String?

    public init(pdf: Bool = false, docx: Bool = false, referenceDocx: String? = nil) {
        self.pdf = pdf
        self.docx = docx
        self.referenceDocx = referenceDocx
    }

    /// Part of the build cache's key: other formats, other outputs.
    var fingerprint: String {
        let reference = referenceDocx.flatMap { FileManager.default.contents(atPath: $0) }.map { BuildCache.hash($0) } ?? "-"
        return "pdf=\(pdf) docx=\(docx) reference=\(reference)"
    }

    func requireTools() throws(Building.Failure) {
        try Converters.require((pdf ? [.weasyprint] : []) + (docx ? [.pandoc] : []))
    }

    /// Converts `folder/stem.html` and `folder/stem.md` (relative to `output`); returns what it wrote. A format not
    /// asked for now is removed where an earlier build made it: it would show the report as it was (a blind tester
    /// mailed a `rapport.pdf` that `build` without `--pdf` had left as it was, beside the report made anew).
    func convert(folder: String, stem: String, in output: String, language: Language, date: String?) throws(Building.Failure) -> [String] {
        var written: [String] = []
        let base = (output as NSString).appendingPathComponent(folder)
        for (asked, format) in [(pdf, "pdf"), (docx, "docx")] where !asked {
            unlink("\(base)/\(stem).\(format)")
        }
        if pdf {
            try Converters.pdf("\(base)/\(stem).html", to: "\(base)/\(stem).pdf", date: date)
            written.append("\(folder)/\(stem).pdf")
        }
        if docx {
            try Converters.docx("\(base)/\(stem).md", to: "\(base)/\(stem).docx", reference: referenceDocx, language: language, date: date)
            written.append("\(folder)/\(stem).docx")
        }
        return written
    }
}
