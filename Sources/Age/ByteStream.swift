import Glibc
import Sodium

/// Where age reads from: a file descriptor or bytes in memory.
public protocol ByteSource {
    /// Reads up to `buffer.count` bytes; 0 means the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// Where age writes to: a file descriptor or bytes in memory.
public protocol ByteSink {
    /// Writes all of `bytes`.
    mutating func write(_ bytes: UnsafeRawBufferPointer) throws
}

/// A file descriptor as a source or a sink (not closed by this type).
public struct FileDescriptorStream: ByteSource, ByteSink {
    /// The descriptor.
    public let fd: Int32

    /// Wraps an open descriptor.
    public init(_ fd: Int32) { self.fd = fd }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw AgeError.io("read: \(String(cString: strerror(errno)))") }
        }
    }

    public mutating func write(_ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            let count = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw AgeError.io("write: \(String(cString: strerror(errno)))") }
            done += count
        }
    }
}

/// Bytes in memory as a source.
public struct MemorySource: ByteSource {
    private let bytes: [UInt8]
    private var position = 0

    /// Reads from `bytes`.
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, bytes.count - position)
        bytes.withUnsafeBytes { buffer.baseAddress?.copyMemory(from: $0.baseAddress! + position, byteCount: count) }
        position += count
        return count
    }
}

/// Collects what is written, in memory.
public struct MemorySink: ByteSink {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty sink.
    public init() {}

    public mutating func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }

    /// Overwrites the collected bytes with zeros (they may have been secret).
    public mutating func wipe() { Memory.wipe(&bytes) }
}

/// A buffered reader over a source, for the line-oriented header and the chunked payload.
struct BufferedReader<Source: ByteSource> {
    private var source: Source
    private var buffer: [UInt8] = []
    private var start = 0
    private var exhausted = false

    init(_ source: Source) { self.source = source }

    /// The next line including its LF, or what is left at the end without one (nil when nothing
    /// is left); at most `limit` bytes.
    mutating func line(limit: Int) throws -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0a) {
                defer { start = newline + 1 }
                guard newline + 1 - start <= limit else { throw AgeError.header("header line too long") }
                return Array(buffer[start...newline])
            }
            guard buffer.count - start <= limit else { throw AgeError.header("header line too long") }
            if exhausted {
                // What is left without a final LF (the caller decides whether that is allowed).
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return Array(buffer[start...])
            }
            try fill(minimum: buffer.count - start + 1)
        }
    }

    /// Exactly `count` bytes, or fewer at the end.
    mutating func bytes(_ count: Int) throws -> [UInt8] {
        if buffer.count - start < count, !exhausted { try fill(minimum: count) }
        let available = min(count, buffer.count - start)
        defer { start += available }
        return Array(buffer[start..<start + available])
    }

    /// Makes up to `count` bytes available without consuming them and passes them to `body`
    /// (fewer only at the end of the source).
    mutating func peek<R>(_ count: Int, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        if buffer.count - start < count, !exhausted { try fill(minimum: count) }
        let available = min(count, buffer.count - start)
        return try buffer.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[start..<start + available])) }
    }

    /// Drops `count` bytes that `peek` showed.
    mutating func consume(_ count: Int) {
        start += count
    }

    /// Reads until `count` bytes are buffered or the source ends.
    private mutating func fill(minimum count: Int) throws {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: max(65_536, count - buffer.count))
        while buffer.count < count, !exhausted {
            let got = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
            if got == 0 { exhausted = true } else { buffer.append(contentsOf: chunk[..<got]) }
        }
    }
}

/// Guarded memory as a sink, for decrypted payloads: it grows without leaving copies behind.
extension SecureBuffer: ByteSink {
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        append(bytes)
    }
}
