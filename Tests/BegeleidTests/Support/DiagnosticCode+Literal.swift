import BegeleidModel
import Testing

/// In the tests (only there) a code may be written as its text, `"value-unknown"`, as the
/// docs and the terminal show it. A text that is no code fails the test that wrote it.
extension DiagnosticCode: ExpressibleByStringLiteral, ExpressibleByUnicodeScalarLiteral,
    ExpressibleByExtendedGraphemeClusterLiteral {
    public init(stringLiteral value: String) {
        if let code = DiagnosticCode(rawValue: value) {
            self = code
        } else {
            Issue.record("no diagnostic code “\(value)”")
            self = .yamlSyntax
        }
    }
}
