import BegeleidModel

/// Test text with position markers, in the style of swift-format: write
/// `1️⃣` where a finding must land; `Marked` strips the markers and remembers
/// the line and column (in Unicode scalars, 1-based) of the character after each.
struct Marked {
    let text: String
    let markers: [String: SourceLocation]

    init(_ source: String) {
        var text = ""
        var markers: [String: SourceLocation] = [:]
        var line = 1
        var column = 1
        var characters = Array(source)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if let digit = Self.digit(character) {
                markers["\(digit)"] = SourceLocation(line: line, column: column)
                index += 1
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
            index += 1
        }
        characters.removeAll()
        self.text = text
        self.markers = markers
    }

    subscript(marker: String) -> SourceLocation {
        guard let location = markers[marker] else { fatalError("no marker \(marker) in test text") }
        return location
    }

    private static let keycaps: [Character: Int] = [
        "1️⃣": 1, "2️⃣": 2, "3️⃣": 3, "4️⃣": 4, "5️⃣": 5, "6️⃣": 6, "7️⃣": 7, "8️⃣": 8, "9️⃣": 9,
    ]

    private static func digit(_ character: Character) -> Int? { keycaps[character] }
}
