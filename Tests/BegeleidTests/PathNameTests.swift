import BegeleidModel
import Foundation
import Testing

/// `Layout.fileName` and `Layout.stem` say what NSString says, by hand where the name is plain.
@Suite("Path names")
struct PathNameTests {
    @Test(arguments: ["Input/sessies/x.md", "/abs/Input/sessies/aa-en-maas-anpr-00060.md", "x.md", "a.b.md", ".verborgen",
                      "map/.verborgen.md", "naam.", "map/", "/", "", "Ëén/é.md", "a/b/c", "sessie.MD", "a//b.md"])
    func asNSStringSaysIt(_ path: String) {
        #expect(Layout.fileName(path) == (path as NSString).lastPathComponent)
        #expect(Layout.stem(path) == ((path as NSString).lastPathComponent as NSString).deletingPathExtension)
    }
}
