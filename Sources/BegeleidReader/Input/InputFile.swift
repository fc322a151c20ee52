import BegeleidModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one input file under an `InputPolicy`: never a folder, pipe or
/// device (a pipe would block the build), never more than the size limit,
/// never through a symbolic link out of the input folder. Each refusal is an
/// error at line 1 that says why.
public enum InputFile {
    public static func bytes(at path: String, policy: InputPolicy = .standard) -> Result<[UInt8], Diagnostic> {
        if let text = policy.unsaved[path] {
            return text.count > policy.maxBytes ? .failure(tooLarge(path, size: text.count, limit: policy.maxBytes)) : .success(text)
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            var link = stat()
            if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
                return .failure(refusal(code: .fileUnreadable, path,
                    nl: "de symbolische link wijst naar een bestand dat niet bestaat",
                    en: "the symbolic link points to a file that does not exist"))
            }
            return .failure(refusal(code: .fileUnreadable, path, nl: "het bestand bestaat niet (meer)", en: "the file does not exist (any more)"))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            break
        case S_IFDIR:
            return .failure(refusal(code: .fileUnreadable, path, nl: "dit is een map, geen bestand", en: "this is a folder, not a file"))
        default:
            return .failure(refusal(code: .fileUnreadable, path,
                nl: "dit is geen gewoon bestand (een pipe of apparaat); begeleid leest alleen tekstbestanden",
                en: "this is not a regular file (a pipe or device); begeleid only reads text files"))
        }
        if let root = policy.root, let outside = leadsOutside(path, root: root) {
            var link = stat()
            guard lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK else {
                // A folder on the way is a link, or the file was never in the folder.
                return .failure(refusal(code: .symlinkOutside, path,
                    nl: "dit bestand staat buiten de invoermap “\(root)” (in “\(outside)”); kopieer het bestand naar de map",
                    en: "this file is outside the input folder “\(root)” (at “\(outside)”); copy the file into the folder"))
            }
            return .failure(refusal(code: .symlinkOutside, path,
                nl: "dit bestand is een symbolische link naar “\(outside)”, buiten de invoermap; kopieer het bestand naar de map",
                en: "this file is a symbolic link to “\(outside)”, outside the input folder; copy the file into the folder"))
        }
        if Int(info.st_size) > policy.maxBytes {
            return .failure(tooLarge(path, size: Int(info.st_size), limit: policy.maxBytes))
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let reason = errno == EACCES
                ? LocalizedText(nl: "geen leesrechten", en: "no permission to read it")
                : LocalizedText(nl: String(cString: strerror(errno)), en: String(cString: strerror(errno)))
            return .failure(refusal(code: .fileUnreadable, path,
                nl: "het bestand kan niet worden gelezen: \(reason.dutch)", en: "the file cannot be read: \(reason.english)"))
        }
        defer { close(descriptor) }
        // Read until the file ends or passes the limit: a file that grew since stat is still refused.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(Int(info.st_size), policy.maxBytes) + 1)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= policy.maxBytes {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else {
                return .failure(refusal(code: .fileUnreadable, path,
                    nl: "het bestand kan niet worden gelezen: \(String(cString: strerror(errno)))",
                    en: "the file cannot be read: \(String(cString: strerror(errno)))"))
            }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[..<got])
        }
        if bytes.count > policy.maxBytes { return .failure(tooLarge(path, size: bytes.count, limit: policy.maxBytes)) }
        return .success(bytes)
    }

    /// "1,5 MiB" / "1.5 MiB", "800 KiB", "120 bytes".
    public static func describe(bytes: Int, language: Language) -> String {
        let (amount, unit): (Double, String) = bytes >= 1 << 20 ? (Double(bytes) / Double(1 << 20), "MiB")
            : bytes >= 1 << 10 ? (Double(bytes) / 1024, "KiB") : (Double(bytes), "bytes")
        var text = amount == amount.rounded() ? String(Int(amount)) : String(format: "%.1f", amount)
        if language == .dutch { text = text.replacingOccurrences(of: ".", with: ",") }
        return "\(text) \(unit)"
    }

    private static func tooLarge(_ path: String, size: Int, limit: Int) -> Diagnostic {
        refusal(code: .fileTooLarge, path,
            nl: "het bestand is \(describe(bytes: size, language: .dutch)), groter dan de grens van \(describe(bytes: limit, language: .dutch)); is er per ongeluk iets in geplakt? (een grotere grens: --max-input-size)",
            en: "the file is \(describe(bytes: size, language: .english)), larger than the limit of \(describe(bytes: limit, language: .english)); was something pasted in by mistake? (a larger limit: --max-input-size)")
    }

    /// Where a link leads when that is outside `root`; nil when it stays inside.
    private static func leadsOutside(_ path: String, root: String) -> String? {
        guard let real = realPath(path), let realRoot = realPath(root) else { return nil }
        let inside = realRoot == "/" || real == realRoot || real.hasPrefix(realRoot + "/")
        return inside ? nil : real
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func refusal(code: DiagnosticCode, _ path: String, nl: String, en: String) -> Diagnostic {
        Diagnostic(.error, code, path: path, at: SourceLocation(line: 1, column: 1), LocalizedText(nl: nl, en: en))
    }
}
