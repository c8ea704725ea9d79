import Sodium

/// Writes JSON into guarded memory (`SecureBuffer`, so a growing document leaves no copy of
/// itself behind): the counterpart of `JSONReader` for saving the vault document, about five
/// times as fast as Foundation's `JSONEncoder` (docs/PERFORMANCE.md, `make bench ONLY=codec`).
/// Compact for the vault; `pretty` writes the layout of `JSONEncoder`'s `.prettyPrinted`
/// (two-space indents, `"key" : value`) for `--json` output, byte for byte. Keys are written in
/// the order given: callers write them sorted where the output must match `.sortedKeys`.
struct JSONWriter {
    private let out: SecureBuffer
    private let pretty: Bool
    private var depth = 0
    /// A value has been written at this level, so the next one needs a comma.
    private var needsComma = false
    /// A key has just been written, so its value follows on the same line.
    private var afterKey = false

    /// An empty writer, compact unless `pretty`, with room for `capacity` bytes before it grows.
    /// - Throws: `SodiumError.outOfMemory`.
    init(pretty: Bool = false, capacity: Int = 4096) throws {
        self.pretty = pretty
        out = try SecureBuffer(capacity: capacity)
    }

    /// The JSON written, in guarded memory; the writer is used up.
    func finish() -> SecureBytes {
        out.finish()
    }

    /// A copy of the JSON written so far, for output that is printed anyway (a listing).
    var bytes: [UInt8] {
        out.withUnsafeBytes { Array($0) }
    }

    /// `{ … }`, with `body` writing the fields.
    mutating func object(_ body: (inout JSONWriter) throws -> Void) rethrows {
        try container(UInt8(ascii: "{"), UInt8(ascii: "}"), body)
    }

    /// `[ … ]` of `items`, each written by `element`.
    mutating func array<S: Sequence>(_ items: S, _ element: (inout JSONWriter, S.Element) throws -> Void) rethrows {
        try container(UInt8(ascii: "["), UInt8(ascii: "]")) { writer in
            for item in items { try element(&writer, item) }
        }
    }

    /// A key; the next call writes its value.
    mutating func key(_ name: String) {
        string(name)
        if pretty { out.append(0x20) }
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(0x20) }
        afterKey = true
    }

    /// `"key": "value"`, omitted when `value` is nil (as `JSONEncoder` does).
    mutating func field(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// `"key": [strings]`.
    mutating func field(_ name: String, _ values: [String]) {
        key(name)
        array(values) { $0.string($1) }
    }

    /// `"key": {"a": "b", …}` with sorted keys, so equal documents give equal bytes.
    mutating func field(_ name: String, _ map: [String: String]) {
        key(name)
        object { writer in
            for (key, value) in map.sorted(by: { $0.key < $1.key }) { writer.field(key, value) }
        }
    }

    /// `"key": 123`; omitted when `value` is nil.
    mutating func field(_ name: String, _ value: Int?) {
        guard let value else { return }
        key(name)
        literal(String(value))
    }

    /// `"key": {"a": 1, …}` with sorted keys.
    mutating func field(_ name: String, _ map: [String: Int]) {
        key(name)
        object { writer in
            for (key, value) in map.sorted(by: { $0.key < $1.key }) { writer.field(key, value) }
        }
    }

    /// `"key": true` or `"key": false`.
    mutating func field(_ name: String, _ value: Bool) {
        key(name)
        literal(value ? "true" : "false")
    }

    /// A string, escaped as `JSONEncoder` escapes it (quote, backslash, control characters).
    mutating func string(_ text: String) {
        startValue()
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Most strings need no escaping: copy them in one go.
            if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                out.append(UnsafeRawBufferPointer(utf8))
                return
            }
            for byte in utf8 { appendEscaped(byte) }
        }
        out.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// A value already written as JSON by another writer, copied byte for byte (an export signs
    /// the exact bytes of its vault value).
    mutating func raw(_ json: UnsafeRawBufferPointer) {
        startValue()
        out.append(json)
        needsComma = true
    }

    // MARK: Helpers

    private mutating func container(_ open: UInt8, _ close: UInt8, _ body: (inout JSONWriter) throws -> Void) rethrows {
        startValue()
        out.append(open)
        depth += 1
        needsComma = false
        try body(&self)
        depth -= 1
        if pretty {
            // `JSONEncoder` leaves an empty line inside an empty container.
            if !needsComma { out.append(0x0a) }
            newLine()
        }
        out.append(close)
        needsComma = true
    }

    private mutating func literal(_ text: String) {
        startValue()
        var text = text
        text.withUTF8 { out.append(UnsafeRawBufferPointer($0)) }
        needsComma = true
    }

    /// What goes before a value: nothing after a key; otherwise a comma after an earlier value,
    /// and in pretty output a new line indented to the depth.
    private mutating func startValue() {
        if afterKey {
            afterKey = false
            return
        }
        if needsComma { out.append(UInt8(ascii: ",")) }
        if pretty, depth > 0 { newLine() }
    }

    private mutating func newLine() {
        out.append(0x0a)
        out.append(repeating: 0x20, count: 2 * depth)
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        let backslash = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""), backslash: escape(byte)
        case 0x0a: escape(UInt8(ascii: "n"))
        case 0x0d: escape(UInt8(ascii: "r"))
        case 0x09: escape(UInt8(ascii: "t"))
        case 0x08: escape(UInt8(ascii: "b"))
        case 0x0c: escape(UInt8(ascii: "f"))
        case ..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            escape(UInt8(ascii: "u"))
            out.append(UInt8(ascii: "0"))
            out.append(UInt8(ascii: "0"))
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0xf)])
        default: out.append(byte)
        }
    }

    /// A backslash and `byte`.
    private func escape(_ byte: UInt8) {
        out.append(UInt8(ascii: "\\"))
        out.append(byte)
    }
}
