import Foundation
import Testing

@testable import Confidant

@Suite struct JSONWriterTests {
    @Test func thePrettyWriterMatchesFoundation() throws {
        struct Row: Encodable { let a: String; let b: [String]; let c: [String: String]; let d: Int }
        let rows = [Row(a: "x/\u{8}\u{c}\u{1}\u{1b}\"\\\n\u{2028}é", b: [], c: [:], d: 3), Row(a: "y", b: ["1", "2"], c: ["k": "v"], d: -1)]
        var writer = try JSONWriter(pretty: true)
        writer.array(rows) { writer, row in
            writer.object { writer in
                writer.field("a", row.a)
                writer.field("b", row.b)
                writer.field("c", row.c)
                writer.field("d", row.d)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        #expect(String(decoding: writer.bytes, as: UTF8.self) == String(decoding: try encoder.encode(rows), as: UTF8.self))
    }
}
