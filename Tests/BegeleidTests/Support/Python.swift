import Foundation

/// Runs a Python helper (a real CSV reader, a JSON Schema validator) the way
/// `make test` installs them; a missing module fails the test with the fix.
enum Python {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ script: String, arguments: [String] = [], stdin: Data? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilGone()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Validates JSON documents against a JSON Schema 2020-12 with Python's jsonschema, the schema itself
    /// checked first; prints each error and exits 1 when any. `extra`: Python run before the exit, with
    /// `validator`, `bad` and `sys.argv` at hand (a check that the schema is no rubber stamp).
    static func validateJSON(schema: String, documents: [String], extra: String = "") throws -> Run {
        let script = """
            import json, sys
            from jsonschema import Draft202012Validator
            schema = json.load(open(sys.argv[1]))
            Draft202012Validator.check_schema(schema)
            validator = Draft202012Validator(schema)
            bad = 0
            for path in sys.argv[2:]:
                for error in validator.iter_errors(json.load(open(path))):
                    bad += 1
                    print(path, error.message)

            """ + extra + "\nsys.exit(1 if bad else 0)\n"
        return try run(script, arguments: [schema] + documents)
    }
}
