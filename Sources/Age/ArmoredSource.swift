import Sodium

/// Reads an ASCII-armored age file as the binary file inside it, one 64-column line at a time,
/// so memory does not grow with the payload. Strict PEM as `Armor` describes: whitespace only
/// before and after the block, LF or CRLF line endings, full 64-column lines and a shorter (or
/// full) last one, canonical padded base64.
public struct ArmoredSource<Source: ByteSource>: ByteSource {
    private var reader: BufferedReader<Source>
    private var pending: [UInt8] = []
    private var started = false
    private var finished = false
    private var sawShortLine = false

    /// Wraps `source`, which must hold an armored file.
    public init(_ source: Source) { reader = BufferedReader(source) }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while pending.isEmpty, !finished { try nextLine() }
        let count = min(buffer.count, pending.count)
        pending.withUnsafeBytes { if count > 0 { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[0..<count])) } }
        pending.removeFirst(count)
        return count
    }

    // MARK: Lines

    private mutating func nextLine() throws {
        if !started {
            try skipWhitespace()
            guard try line() == Array(Armor.begin.utf8) else { throw AgeError.armor("does not start with \(Armor.begin)") }
            started = true
            return
        }
        let text = try line()
        if text == Array(Armor.end.utf8) {
            try skipWhitespace()
            guard try reader.bytes(1).isEmpty else { throw AgeError.armor("data after \(Armor.end)") }
            finished = true
            return
        }
        guard !sawShortLine else { throw AgeError.armor("a short line before the end") }
        guard (1...64).contains(text.count) else { throw AgeError.armor("a line of \(text.count) columns; lines are 64, the last 1 to 64") }
        // Only the last line may be short or padded; the next line must then be the end.
        sawShortLine = text.count < 64 || text.last == UInt8(ascii: "=")
        guard text.count % 4 == 0, let bytes = try? Base64.decode(String(decoding: text, as: UTF8.self), padded: true) else {
            throw AgeError.armor("not canonical padded base64")
        }
        pending += bytes
    }

    /// The next line without its LF or CRLF; the end line may also end the file.
    private mutating func line() throws -> [UInt8] {
        let read: [UInt8]?
        do { read = try reader.line(limit: 128) } catch { throw AgeError.armor("a line longer than 64 columns") }
        guard var text = read else { throw AgeError.armor("ends before \(Armor.end)") }
        if text.last == 0x0a { text.removeLast() } else if text != Array(Armor.end.utf8) { throw AgeError.armor("ends inside a line") }
        if text.last == 0x0d { text.removeLast() }
        return text
    }

    private mutating func skipWhitespace() throws {
        while try reader.peek(1, { $0.first.map(Armor.isWhitespace) ?? false }) { reader.consume(1) }
    }
}
