import BegeleidFuzzing
import Foundation

// `begeleid-fuzz`: the readers, checks and renderers under libFuzzer.
//
// Built with `-DFUZZING -sanitize=fuzzer,address` (`make fuzz`), `main` hands
// over to libFuzzer's driver, which takes libFuzzer's own arguments
// (corpus folders, -max_total_time=…, -dict=…). In the ordinary build it
// replays files instead: `begeleid-fuzz FILE...` runs each file (selector
// byte + file, see `FuzzOneInput`) once and prints `ok N files`.

/// libFuzzer's entry point: one input, always 0 (a finding is a crash).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzOneInput.run(data, size)
    return 0
}

#if FUZZING
/// libFuzzer's driver (in the fuzzer runtime that `-sanitize=fuzzer` links).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif

@main
enum BegeleidFuzz {
    static func main() {
        #if FUZZING
        // SwiftPM names this module's entry point `main`, so libFuzzer's own
        // `main` is not used: its driver is called from here instead.
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzTestOneInput))
        #else
        replay(Array(CommandLine.arguments.dropFirst()))
        #endif
    }

    /// Runs each file (or each file in each folder) once.
    static func replay(_ arguments: [String]) {
        let verbose = arguments.contains("-v")
        let arguments = arguments.filter { $0 != "-v" }
        if arguments.isEmpty || arguments.contains(where: { $0 == "-h" || $0 == "--help" }) {
            print("""
                usage: begeleid-fuzz [-v] FILE|FOLDER...
                  runs each file (first byte '0' session, '5' profile, '6' offer, '7' synonyms,
                  then the file) through the readers, checks and renderers once;
                  -v prints what each came to.
                  Built with `make fuzz` it is a libFuzzer target instead.
                """)
            exit(arguments.isEmpty ? 2 : 0)
        }
        var count = 0
        for argument in arguments {
            for path in files(argument) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("begeleid-fuzz: cannot read \(path)\n".utf8))
                    exit(1)
                }
                let outcome = FuzzOneInput.run([UInt8](data))
                if verbose, let outcome {
                    print("\(path): \(outcome.kind.rawValue), \(outcome.diagnostics) findings, \(outcome.errors) errors, \(outcome.rendered) files rendered")
                }
                count += 1
            }
        }
        print("ok \(count) files")
    }

    /// `path` itself, or the files in it when it is a folder (sorted, not hidden).
    static func files(_ path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { (path as NSString).appendingPathComponent($0) }
    }
}
