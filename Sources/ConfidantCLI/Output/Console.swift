import Confidant
import Foundation
import Glibc

/// Where the CLI writes: results to stdout, messages and errors to stderr.
enum Console {
    /// Writes a line to stdout. A failed write (a full disk, a closed output) is remembered, and
    /// the command then ends with exit 74 rather than seem to have said what it did not.
    /// Control characters in the line are neutralised (`TerminalText.safe`).
    static func out(_ line: String = "") {
        if !write(1, text: TerminalText.safe(line) + "\n") { outputFailed = errno }
    }

    /// Writes `bytes` to stdout as they are (a failed write is remembered as `out` remembers it).
    static func out(bytes: [UInt8]) {
        if !bytes.withUnsafeBytes({ write(1, $0) }) { outputFailed = errno }
    }

    /// The `errno` of the first failed write to stdout, if any.
    nonisolated(unsafe) static var outputFailed: Int32?

    /// Writes a line to stderr, its control characters neutralised (`TerminalText.safe`).
    static func note(_ line: String) {
        write(2, text: TerminalText.safe(line) + "\n")
    }

    /// Writes an error and, when there is one, a hint saying what to do next.
    static func error(_ message: String, hint: String?) {
        note("confidant: " + message)
        if let hint { note("hint: " + hint) }
    }

    /// Writes a warning to stderr.
    static func warn(_ message: String) {
        note("warning: " + message)
    }

    /// Prints `value` as `--json` output (docs/CLI.md): pretty, with sorted keys, and a newline.
    /// (`SupporterListing.json` writes the same layout without the encoder.)
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = Timestamp.encoding
        out(bytes: Array(try encoder.encode(value)) + [0x0a])
    }

    /// Writes all of `bytes` to `fd`, retrying short writes; false if a write failed.
    @discardableResult
    static func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var done = 0
        while done < bytes.count {
            let count = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            done += count
        }
        return true
    }

    /// Writes `text` to `fd`.
    @discardableResult
    static func write(_ fd: Int32, text: String) -> Bool {
        var text = text
        return text.withUTF8 { write(fd, UnsafeRawBufferPointer($0)) }
    }
}
