import Dispatch
import Sodium
import Synchronization

/// The STREAM payload: a 16-byte nonce, then 64 KiB chunks sealed with ChaCha20-Poly1305 under
/// HKDF(file key, nonce, "payload"), each nonce an 11-byte big-endian counter and a final-chunk flag.
///
/// Chunks are independent, so batches of them are sealed and opened on every core at once; memory
/// stays at one batch (2 MiB) whatever the payload's size. The end of the stream, and any chunk
/// that fails, is handled one chunk at a time, so what is released on a failure is exactly the
/// authenticated prefix, as in the reference implementation.
enum PayloadStream {
    static let chunkSize = 64 * 1024
    static let sealedChunkSize = chunkSize + AEAD.tagLength
    static let nonceSize = 16
    /// Chunks per parallel batch.
    static let batch = 32

    static func key(fileKey: SecureBytes, nonce: [UInt8]) throws -> SecureBytes {
        try HKDFSHA256.deriveKey(length: 32, from: fileKey, salt: nonce, info: Array("payload".utf8))
    }

    static func chunkNonce(_ counter: UInt64, last: Bool) -> [UInt8] {
        [0, 0, 0] + (0..<8).reversed().map { UInt8(truncatingIfNeeded: counter >> (8 * UInt64($0))) } + [last ? 1 : 0]
    }

    // MARK: Encryption

    /// Writes the nonce and the sealed chunks of everything `source` holds. Each batch reads one
    /// byte beyond it, so the final chunk is known without knowing the length in advance.
    static func encrypt<Source: ByteSource, Sink: ByteSink>(from source: inout Source, to sink: inout Sink, fileKey: SecureBytes) throws {
        let nonce = try Random.bytes(nonceSize)
        try nonce.withUnsafeBytes { try sink.write($0) }
        let key = try key(fileKey: fileKey, nonce: nonce)
        let plaintext = try SecureBytes(count: batch * chunkSize + 1)
        var sealed = [UInt8](repeating: 0, count: batch * sealedChunkSize)
        var counter: UInt64 = 0
        try key.withUnsafeBytes { _ in
            try plaintext.withUnsafeMutableBytes { buffer in
                var carried = 0
                while true {
                    let filled = try fill(buffer, from: carried, source: &source)
                    let final = filled <= batch * chunkSize
                    let bytes = final ? filled : batch * chunkSize
                    let chunks = final ? max(1, (bytes + chunkSize - 1) / chunkSize) : batch
                    let written = try seal(
                        UnsafeRawBufferPointer(rebasing: buffer[0..<bytes]), chunks: chunks, finalBatch: final,
                        into: &sealed, key: key, firstCounter: counter)
                    try sealed.withUnsafeBytes { try sink.write(UnsafeRawBufferPointer(rebasing: $0[0..<written])) }
                    if final { return }
                    counter += UInt64(batch)
                    buffer[0] = buffer[batch * chunkSize]
                    carried = 1
                }
            }
        }
    }

    /// Seals `chunks` chunks of `plaintext` in parallel; the last one is flagged final when this
    /// is the final batch. Returns the number of sealed bytes.
    private static func seal(
        _ plaintext: UnsafeRawBufferPointer, chunks: Int, finalBatch: Bool, into sealed: inout [UInt8], key: SecureBytes, firstCounter: UInt64
    ) throws -> Int {
        let failed = ManagedFlag()
        sealed.withUnsafeMutableBytes { output in
            let output = Shared(output), input = Shared(plaintext)
            DispatchQueue.concurrentPerform(iterations: chunks) { index in
                let start = index * chunkSize, end = min(start + chunkSize, input.value.count)
                let slot = index * sealedChunkSize
                let target = UnsafeMutableRawBufferPointer(rebasing: output.value[slot..<(slot + end - start + AEAD.tagLength)])
                let nonce = chunkNonce(firstCounter + UInt64(index), last: finalBatch && index == chunks - 1)
                do {
                    try AEAD.chaCha20Poly1305.seal(UnsafeRawBufferPointer(rebasing: input.value[start..<end]), into: target, key: key, nonce: nonce)
                } catch { failed.set() }
            }
        }
        if failed.isSet { throw AgeError.io("could not seal a chunk") }
        return (chunks - 1) * sealedChunkSize + (plaintext.count - (chunks - 1) * chunkSize) + AEAD.tagLength
    }

    /// Reads into `buffer` from `offset` until it is full or the source ends; the bytes held.
    private static func fill<Source: ByteSource>(_ buffer: UnsafeMutableRawBufferPointer, from offset: Int, source: inout Source) throws -> Int {
        var count = offset
        while count < buffer.count {
            let got = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[count...]))
            if got == 0 { break }
            count += got
        }
        return count
    }

    // MARK: Decryption

    /// Decrypts into `sink`, releasing chunks as they authenticate. Fails if the stream ends
    /// without a final chunk, has data after it, or ends in an empty final chunk.
    static func decrypt<Source, Sink: ByteSink>(from reader: inout BufferedReader<Source>, to sink: inout Sink, fileKey: SecureBytes) throws {
        let nonce = try reader.bytes(nonceSize)
        guard nonce.count == nonceSize else { throw AgeError.header("payload nonce is missing or short") }
        let key = try key(fileKey: fileKey, nonce: nonce)
        let plaintext = try SecureBytes(count: batch * chunkSize)
        try key.withUnsafeBytes { _ in
            try plaintext.withUnsafeMutableBytes { buffer in
                var counter: UInt64 = 0
                // While a whole batch and at least one byte more are ahead, none of the batch can be
                // the final chunk unless it fails as an ordinary one; then the careful path takes over.
                while true {
                    let opened = try reader.peek(batch * sealedChunkSize + 1) { ahead -> Int in
                        guard ahead.count == batch * sealedChunkSize + 1 else { return 0 }
                        return openBatch(
                            UnsafeRawBufferPointer(rebasing: ahead[0..<batch * sealedChunkSize]), into: buffer, key: key, firstCounter: counter)
                    }
                    try sink.write(UnsafeRawBufferPointer(rebasing: buffer[0..<opened * chunkSize]))
                    reader.consume(opened * sealedChunkSize)
                    counter += UInt64(opened)
                    if opened < batch { break }
                }
                try decryptTail(
                    from: &reader, to: &sink, key: key, plaintext: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<chunkSize]), counter: counter)
            }
        }
    }

    /// Opens a batch of full chunks as non-final ones in parallel; how many open in a row from the first.
    private static func openBatch(
        _ sealed: UnsafeRawBufferPointer, into buffer: UnsafeMutableRawBufferPointer, key: SecureBytes, firstCounter: UInt64
    ) -> Int {
        let results = ResultFlags(batch)
        let output = Shared(buffer), sealed = Shared(sealed)
        DispatchQueue.concurrentPerform(iterations: batch) { index in
            let input = UnsafeRawBufferPointer(rebasing: sealed.value[(index * sealedChunkSize)..<((index + 1) * sealedChunkSize)])
            let target = UnsafeMutableRawBufferPointer(rebasing: output.value[(index * chunkSize)..<((index + 1) * chunkSize)])
            if (try? AEAD.chaCha20Poly1305.open(input, into: target, key: key, nonce: chunkNonce(firstCounter + UInt64(index), last: false))) != nil {
                results.set(index)
            }
        }
        return results.leadingCount
    }

    /// The end of the stream, one chunk at a time.
    private static func decryptTail<Source, Sink: ByteSink>(
        from reader: inout BufferedReader<Source>, to sink: inout Sink, key: SecureBytes, plaintext: UnsafeMutableRawBufferPointer,
        counter first: UInt64
    ) throws {
        var counter = first
        while true {
            let sealed = try reader.bytes(sealedChunkSize)
            guard sealed.count > AEAD.tagLength || (sealed.count == AEAD.tagLength && counter == 0) else {
                throw AgeError.payload(sealed.isEmpty && counter > 0 ? "the stream ends without a final chunk" : "chunk \(counter) is too short")
            }
            let length = sealed.count - AEAD.tagLength
            let target = UnsafeMutableRawBufferPointer(rebasing: plaintext[0..<length])
            // A short chunk can only be the final one; a full one usually is not, but may be.
            var last = sealed.count < sealedChunkSize
            var opened = open(sealed, into: target, key: key, counter: counter, last: last)
            if !opened, !last {
                last = true
                opened = open(sealed, into: target, key: key, counter: counter, last: true)
            }
            guard opened else { throw AgeError.payload("chunk \(counter) does not authenticate") }
            if last, length == 0, counter > 0 { throw AgeError.payload("the final chunk is empty") }
            try sink.write(UnsafeRawBufferPointer(target))
            if last {
                guard try reader.bytes(1).isEmpty else { throw AgeError.payload("data after the final chunk") }
                return
            }
            counter += 1
        }
    }

    private static func open(_ sealed: [UInt8], into target: UnsafeMutableRawBufferPointer, key: SecureBytes, counter: UInt64, last: Bool) -> Bool {
        sealed.withUnsafeBytes { input in
            (try? AEAD.chaCha20Poly1305.open(input, into: target, key: key, nonce: chunkNonce(counter, last: last))) != nil
        }
    }
}

/// A buffer handed to the workers of a batch: they read it, or each writes only its own slice,
/// and the batch ends before the buffer's scope does.
private struct Shared<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// A flag the workers of a batch may set.
private final class ManagedFlag: Sendable {
    private let value = Mutex(false)
    func set() { value.withLock { $0 = true } }
    var isSet: Bool { value.withLock { $0 } }
}

/// Per-chunk success flags of a batch; each worker writes only its own slot.
private final class ResultFlags: Sendable {
    private let flags: Mutex<[Bool]>
    init(_ count: Int) { flags = Mutex(Array(repeating: false, count: count)) }
    func set(_ index: Int) { flags.withLock { $0[index] = true } }
    /// How many chunks opened in a row from the first.
    var leadingCount: Int { flags.withLock { $0.firstIndex(of: false) ?? $0.count } }
}
