import BegeleidModel
import BegeleidRender
import Foundation

/// Which templates a command renders with: `--templates DIR`, else
/// `Templates/` in the current folder, else the defaults in the binary.
enum TemplateChoice {
    /// The renderer, or nil after printing why the templates cannot be used (exit 2).
    static func renderer(_ option: String?, printer: DiagnosticPrinter) -> Renderer? {
        if let option, !FileManager.default.fileExists(atPath: option) {
            printer.usageError(path: option, LocalizedText(nl: "sjabloonmap bestaat niet", en: "template folder does not exist"))
            return nil
        }
        do {
            return Renderer(templates: try TemplateSet.load(directory: folder(option)))
        } catch {
            printer.usageError(path: error.path, error.message)
            return nil
        }
    }

    private static func folder(_ option: String?) -> String? {
        if let option { return option }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: "Templates", isDirectory: &isDirectory), isDirectory.boolValue {
            return "Templates"
        }
        return nil
    }
}
