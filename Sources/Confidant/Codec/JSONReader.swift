import Glibc

/// A strict, streaming JSON reader over bytes (RFC 8259), used to decode the vault document
/// straight from guarded memory without building an intermediate tree. About ten times faster
/// than Foundation's `JSONDecoder` on a large vault, which is what keeps `list` and `check` fast.
struct JSONReader {
    private let bytes: UnsafeRawBufferPointer
    private var position = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// Fails unless only whitespace is left.
    mutating func finish() throws {
        skipWhitespace()
        guard position == bytes.count else { throw error("trailing characters") }
    }

    // MARK: Structure

    /// Reads an object, calling `field` with each key; `field` must read the value.
    mutating func object(_ field: (inout JSONReader, JSONKey) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") { position += 1; return }
        while true {
            try expect(UInt8(ascii: "\""))
            let start = position
            while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") { position += 1 }
            if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                // The common case: a key without escapes is compared in place, never copied.
                let key = JSONKey(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<position]))
                position += 1
                try expect(UInt8(ascii: ":"))
                try field(&self, key)
            } else {
                position = start - 1
                var decoded = try string()
                try expect(UInt8(ascii: ":"))
                try decoded.withUTF8 { try field(&self, JSONKey(bytes: UnsafeRawBufferPointer($0))) }
            }
            switch try next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "}"): return
            default: throw error("expected , or } in an object")
            }
        }
    }

    /// Reads an array, calling `element` for each; `element` must read the value.
    mutating func array(_ element: (inout JSONReader) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        if try peek() == UInt8(ascii: "]") { position += 1; return }
        while true {
            try element(&self)
            switch try next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "]"): return
            default: throw error("expected , or ] in an array")
            }
        }
    }

    /// Reads a value with `body` and returns it with the byte range it occupied in the input (for
    /// an authenticator over the exact bytes of a value).
    mutating func withRange<T>(_ body: (inout JSONReader) throws -> T) throws -> (value: T, range: Range<Int>) {
        skipWhitespace()
        let start = position
        let value = try body(&self)
        return (value, start..<position)
    }

    /// Reads an array of values made by `element`.
    mutating func list<T>(_ element: (inout JSONReader) throws -> T) throws -> [T] {
        var values: [T] = []
        try array { values.append(try element(&$0)) }
        return values
    }

    /// `list`, refusing more than `limit` elements as soon as the next one starts.
    mutating func list<T>(atMost limit: Int, of what: String, _ element: (inout JSONReader) throws -> T) throws -> [T] {
        var values: [T] = []
        try array { reader in
            guard values.count < limit else { throw ConfidantError.invalidDocument("more than \(limit) \(what), the most Confidant keeps") }
            values.append(try element(&reader))
        }
        return values
    }

    /// True (and consumed) when the next value is `null`.
    mutating func null() throws -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// Skips any value (for keys a newer writer added within the same schema), nested at most
    /// 64 deep so a crafted document cannot exhaust the stack.
    mutating func skipValue(depth: Int = 0) throws {
        guard depth < 64 else { throw error("nested too deeply") }
        switch try peek() {
        case UInt8(ascii: "{"): try object { reader, _ in try reader.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["): try array { try $0.skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try number()
        }
    }

    // MARK: Scalars

    /// A string value, with escapes decoded; invalid UTF-8 or control characters are errors.
    mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                defer { position += 1 }
                return try text(start..<position)
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            guard byte >= 0x20 else { throw error("control character in a string") }
            position += 1
        }
        throw error("unterminated string")
    }

    /// A `true` or `false` value.
    mutating func boolean() throws -> Bool {
        if try peek() == UInt8(ascii: "t") {
            try literal("true")
            return true
        }
        try literal("false")
        return false
    }

    /// An integer value.
    mutating func integer() throws -> Int {
        guard let value = Int(try number()) else { throw error("expected an integer") }
        return value
    }

    /// A value read as a string and converted by `make`, which returns nil for a bad value.
    mutating func value<T>(_ what: String, _ make: (String) -> T?) throws -> T {
        let text = try string()
        guard let value = make(text) else { throw error("bad \(what)") }
        return value
    }

    /// A string value converted from its UTF-8 bytes by `make`, which returns nil for a bad value;
    /// read in place when it has no escapes (ids and timestamps never do), so no `String` is made.
    mutating func bytesValue<T>(_ what: String, _ make: (UnsafeBufferPointer<UInt8>) -> T?) throws -> T {
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") { position += 1 }
        let made: T?
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            made = make(UnsafeBufferPointer(rebasing: bytes.assumingMemoryBound(to: UInt8.self)[start..<position]))
            position += 1
        } else {
            position = start - 1
            var text = try string()
            made = text.withUTF8(make)
        }
        guard let made else { throw error("bad \(what)") }
        return made
    }

    /// A string map such as `{"workload": "never"}` with values converted from their UTF-8 bytes
    /// by `make` (`bytesValue`), with room made for `capacity` entries at once. The bytes are not
    /// checked as UTF-8 first: `make` accepts only what it knows.
    mutating func map<T>(_ what: String, reserving capacity: Int = 0, _ make: (UnsafeBufferPointer<UInt8>) -> T?) throws -> [String: T] {
        var result: [String: T] = [:]
        result.reserveCapacity(capacity)
        try object { reader, key in result[key.string] = try reader.bytesValue(what, make) }
        return result
    }

    // MARK: Helpers

    private mutating func escapedString(from start: Int) throws -> String {
        var scalars = Array(UnsafeRawBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return try text(scalars)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { throw error("unterminated escape") }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0c)
                case UInt8(ascii: "n"): scalars.append(0x0a)
                case UInt8(ascii: "r"): scalars.append(0x0d)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"): scalars.append(contentsOf: try unicodeEscape())
                default: throw error("bad escape")
                }
            default:
                guard byte >= 0x20 else { throw error("control character in a string") }
                scalars.append(byte)
            }
        }
        throw error("unterminated string")
    }

    /// `\uXXXX`, with a following low surrogate when this is a high one, as UTF-8.
    private mutating func unicodeEscape() throws -> [UInt8] {
        var value = try hex4()
        if (0xD800...0xDBFF).contains(value) {
            try literal("\\u")
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate") }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else { throw error("unpaired surrogate") }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count,
            let value = UInt32(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + 4]), as: UTF8.self), radix: 16)
        else {
            throw error("bad \\u escape")
        }
        position += 4
        return value
    }

    private func text(_ range: Range<Int>) throws -> String {
        try text(UnsafeRawBufferPointer(rebasing: bytes[range]))
    }

    private func text(_ utf8: UnsafeRawBufferPointer) throws -> String {
        // ASCII needs no validation, and String(decoding:) has a fast path for it; the generic
        // validating initialiser is several times slower, and most strings here are ASCII.
        if utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: utf8, as: UTF8.self) }
        guard let text = String(validating: utf8, as: UTF8.self) else { throw error("invalid UTF-8") }
        return text
    }

    private func text(_ utf8: [UInt8]) throws -> String {
        try utf8.withUnsafeBytes { try text($0) }
    }

    private mutating func number() throws -> Substring {
        skipWhitespace()
        let start = position
        while position < bytes.count, "-+.eE0123456789".utf8.contains(bytes[position]) { position += 1 }
        guard position > start else { throw error("expected a value") }
        return Substring(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self))
    }

    private mutating func literal(_ word: String) throws {
        skipWhitespace()
        for expected in word.utf8 {
            guard position < bytes.count, bytes[position] == expected else { throw error("expected \(word)") }
            position += 1
        }
    }

    @inline(__always)
    private mutating func expect(_ byte: UInt8) throws {
        guard try next() == byte else { throw error("expected \(Character(Unicode.Scalar(byte)))") }
    }

    @inline(__always)
    private mutating func next() throws -> UInt8 {
        let byte = try peek()
        position += 1
        return byte
    }

    @inline(__always)
    private mutating func peek() throws -> UInt8 {
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end") }
        return bytes[position]
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x0a || byte == 0x0d || byte == 0x09 else { return }
            position += 1
        }
    }

    /// An error naming the byte offset, never the content (the document is secret).
    func error(_ what: String) -> ConfidantError {
        .invalidDocument("\(what) at byte \(position)")
    }
}

/// An object key as it stands in the input, valid only while its field is being read. Compared
/// against literals with `switch`, so reading a field costs no allocation.
struct JSONKey {
    let bytes: UnsafeRawBufferPointer

    /// The key as a string (for maps whose keys are data).
    var string: String { String(decoding: bytes, as: UTF8.self) }

    static func ~= (pattern: StaticString, key: JSONKey) -> Bool {
        pattern.utf8CodeUnitCount == key.bytes.count
            && (key.bytes.isEmpty || memcmp(pattern.utf8Start, key.bytes.baseAddress!, key.bytes.count) == 0)
    }
}
