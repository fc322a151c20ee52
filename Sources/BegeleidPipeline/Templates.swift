import BegeleidModel
import BegeleidRender
import Foundation

extension Pipeline {
    /// The templates a command renders with, decided in this one place:
    /// `--templates DIR`, else `Templates/` in the current folder when there
    /// is one, else the ones built into the binary (a folder that lacks a file
    /// falls back to the built-in one, file by file).
    public struct Templates: Sendable {
        /// The folder read, or nil for the built-in templates.
        public let folder: String?
        let renderer: Renderer

        /// The folder `option` (`--templates`) names, or the default; nil: built in.
        public static func folder(for option: String?) -> String? {
            if let option { return option }
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: "Templates", isDirectory: &isDirectory) && isDirectory.boolValue
                ? "Templates" : nil
        }

        /// Loads the templates of `option`; a folder named but missing, or a template that cannot be used, is a failure.
        public static func load(_ option: String?) throws(Building.Failure) -> Templates {
            if let option, !FileManager.default.fileExists(atPath: option) {
                throw Building.Failure(path: option, message: LocalizedText(
                    nl: "sjabloonmap bestaat niet", en: "template folder does not exist"))
            }
            let folder = folder(for: option)
            do {
                return Templates(folder: folder, renderer: Renderer(templates: try TemplateSet.load(directory: folder)))
            } catch {
                throw Building.Failure(path: error.path, message: error.message)
            }
        }

        /// `--pdf` and `--docx`, with `referentie.docx` of the folder when it has one (else pandoc's own styles).
        public func formats(pdf: Bool, docx: Bool) -> ExtraFormats {
            let reference = ((folder ?? "Templates") as NSString).appendingPathComponent("referentie.docx")
            return ExtraFormats(pdf: pdf, docx: docx, referenceDocx: FileManager.default.fileExists(atPath: reference) ? reference : nil)
        }
    }
}
