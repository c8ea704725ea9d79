import Foundation
import Testing

@testable import Confidant

@Suite struct JSONReaderTests {
    /// Runs `body` over `text` and checks only whitespace is left.
    private func reading<T>(_ text: String, _ body: (inout JSONReader) throws -> T) throws -> T {
        try Array(text.utf8).withUnsafeBytes { bytes in
            var reader = JSONReader(bytes)
            let value = try body(&reader)
            try reader.finish()
            return value
        }
    }

    @Test func stringsDecodeEveryEscape() throws {
        let text = #" "a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00 é" "#
        #expect(try reading(text) { try $0.string() } == "a\"b\\c/d\u{8}\u{c}\n\r\té😀 é")
    }

    @Test func whatTheWriterWritesReadsBack() throws {
        var writer = try JSONWriter()
        let awkward = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }.joined() + "é😀\u{2028}"
        writer.object { writer in
            writer.field("s", awkward)
            writer.field("n", -42)
            writer.field("b", true)
            writer.field("list", ["x", ""])
            writer.field("map", ["k": "v"])
        }
        let text = String(decoding: writer.bytes, as: UTF8.self)
        var seen: [String] = []
        var (string, number, flag, list, map) = ("", 0, false, [String](), [String: String]())
        try reading(text) { reader in
            try reader.object { reader, key in
                seen.append(key.string)
                switch key {
                case "s": string = try reader.string()
                case "n": number = try reader.integer()
                case "b": flag = try reader.boolean()
                case "list": list = try reader.list { try $0.string() }
                case "map": map = try reader.map("value") { String(decoding: $0, as: UTF8.self) }
                default: try reader.skipValue()
                }
            }
        }
        #expect(string == awkward && number == -42 && flag && list == ["x", ""] && map == ["k": "v"])
        #expect(seen == ["s", "n", "b", "list", "map"])
        #expect(try JSONSerialization.jsonObject(with: Data(writer.bytes)) is [String: Any])
    }

    @Test func escapedKeysAndUnknownValuesAreHandled() throws {
        var keys: [String] = []
        try reading(#"{"a\u0062":1,"skip":{"x":[true,false,null,1.5e-3,"y"]},"e":[]}"#) { reader in
            try reader.object { reader, key in
                keys.append(key.string)
                if key.string == "e" { #expect(try reader.list { try $0.string() }.isEmpty) } else { try reader.skipValue() }
            }
        }
        #expect(keys == ["ab", "skip", "e"])
        #expect(try reading("null") { try $0.null() })
        #expect(
            try reading(#""x""#) { reader in
                defer { _ = try? reader.string() }
                return try reader.null()
            } == false)
    }

    @Test(arguments: [
        #""unterminated"#, "\"tab\there\"", #""\x""#, #""\ud800""#, #""\udc00x""#, #""\u12""#,
        "[1,]", "{\"a\":1,}", "{\"a\" 1}", "[1 2]", "tru", "nul", "01x", #"{"a":1}}"#,
    ])
    func malformedInputIsAnErrorNamingAnOffset(text: String) {
        #expect {
            try reading(text) { try $0.skipValue() }
        } throws: { error in
            guard case ConfidantError.invalidDocument(let reason) = error else { return false }
            return reason.contains("at byte")
        }
    }

    @Test func nestingIsBounded() throws {
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(throws: ConfidantError.self) { try reading(deep) { try $0.skipValue() } }
        let fine = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        try reading(fine) { try $0.skipValue() }
    }

    @Test func invalidUTF8IsRefused() {
        #expect(throws: ConfidantError.self) {
            try ([0x22, 0xc3, 0x28, 0x22] as [UInt8]).withUnsafeBytes { bytes in
                var reader = JSONReader(bytes)
                _ = try reader.string()
            }
        }
    }

    /// Stamps are read from their bytes in place: exactly `WALL.COUNTER.DEVICE`, two decimal
    /// numbers of at most 2^53 and up to 32 hex digits, and nothing else.
    @Test func stampsReadExactlyTheirWrittenForm() {
        let stamp = Stamp(wall: 1_764_237_600_000, counter: 7, device: "a1b2c3d4e5f60718")
        #expect(Stamp(stamp.description) == stamp)
        #expect(Stamp("0.0.") == Stamp(wall: 0, counter: 0, device: ""))
        #expect(Stamp("9007199254740992.9007199254740992.AbC") == Stamp(wall: 1 << 53, counter: 1 << 53, device: "AbC"))
        for bad in [
            "", "1.2", "1..a", ".1.a", "1.2.g", "1.2.a.b", "+1.2.a", "-0.0.a", "1.-2.a", " 1.2.a", "1.2.a ",
            "9007199254740993.0.a", "0.9007199254740993.a", "99999999999999999999.0.a", "1.2." + String(repeating: "a", count: 33),
        ] {
            #expect(Stamp(bad) == nil, "\(bad)")
        }
    }

    /// Term kinds are read in place, by their raw values: every kind, and nothing else.
    @Test func everyTermKindReadsInPlace() {
        for kind in TermKind.allCases {
            var text = kind.rawValue
            #expect(text.withUTF8 { TermKind(utf8: $0) } == kind)
        }
        for bad in ["", "Client", "clients", "case_ref"] {
            var text = bad
            #expect(text.withUTF8 { TermKind(utf8: $0) } == nil)
        }
    }
}
