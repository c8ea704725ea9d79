import Sodium

/// The STREAM payload: a 16-byte nonce, then 64 KiB chunks sealed with ChaCha20-Poly1305 under
/// HKDF(file key, nonce, "payload"), each nonce an 11-byte big-endian counter and a final-chunk flag.
/// Memory stays at two chunk buffers whatever the payload's size.
enum PayloadStream {
    static let chunkSize = 64 * 1024
    static let sealedChunkSize = chunkSize + AEAD.tagLength
    static let nonceSize = 16

    static func key(fileKey: SecureBytes, nonce: [UInt8]) throws -> SecureBytes {
        try HKDFSHA256.deriveKey(length: 32, from: fileKey, salt: nonce, info: Array("payload".utf8))
    }

    static func chunkNonce(_ counter: UInt64, last: Bool) -> [UInt8] {
        [0, 0, 0] + (0..<8).reversed().map { UInt8(truncatingIfNeeded: counter >> (8 * UInt64($0))) } + [last ? 1 : 0]
    }

    // MARK: Encryption

    /// Writes nonce and sealed chunks of everything `source` holds. Reads one chunk ahead, so the
    /// last chunk is known without knowing the length.
    static func encrypt<Source: ByteSource, Sink: ByteSink>(from source: inout Source, to sink: inout Sink, fileKey: SecureBytes) throws {
        let nonce = try Random.bytes(nonceSize)
        try nonce.withUnsafeBytes { try sink.write($0) }
        let key = try key(fileKey: fileKey, nonce: nonce)
        var current = try SecureBytes(count: chunkSize), next = try SecureBytes(count: chunkSize)
        var sealed = [UInt8](repeating: 0, count: sealedChunkSize)
        var currentCount = try fill(current, from: &source)
        var counter: UInt64 = 0
        while true {
            let nextCount = currentCount == chunkSize ? try fill(next, from: &source) : 0
            let last = nextCount == 0
            try current.withUnsafeBytes { plaintext in
                try sealed.withUnsafeMutableBytes { out in
                    let output = UnsafeMutableRawBufferPointer(rebasing: out[0..<currentCount + AEAD.tagLength])
                    try AEAD.chaCha20Poly1305.seal(UnsafeRawBufferPointer(rebasing: plaintext[0..<currentCount]), into: output,
                                                   key: key, nonce: chunkNonce(counter, last: last))
                    try sink.write(UnsafeRawBufferPointer(output))
                }
            }
            if last { return }
            counter += 1
            swap(&current, &next)
            currentCount = nextCount
        }
    }

    /// Reads until `buffer` is full or the source ends; the count read.
    private static func fill<Source: ByteSource>(_ buffer: SecureBytes, from source: inout Source) throws -> Int {
        try buffer.withUnsafeMutableBytes { bytes in
            var count = 0
            while count < bytes.count {
                let got = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[count...]))
                if got == 0 { break }
                count += got
            }
            return count
        }
    }

    // MARK: Decryption

    /// Decrypts chunk by chunk into `sink`, releasing each chunk once it authenticates. Fails if
    /// the stream ends without a final chunk, has data after it, or ends in an empty final chunk.
    static func decrypt<Source, Sink: ByteSink>(from reader: inout BufferedReader<Source>, to sink: inout Sink, fileKey: SecureBytes) throws {
        let nonce = try reader.bytes(nonceSize)
        guard nonce.count == nonceSize else { throw AgeError.header("payload nonce is missing or short") }
        let key = try key(fileKey: fileKey, nonce: nonce)
        let plaintext = try SecureBytes(count: chunkSize)
        var counter: UInt64 = 0
        while true {
            let sealed = try reader.bytes(sealedChunkSize)
            guard sealed.count > AEAD.tagLength || (sealed.count == AEAD.tagLength && counter == 0) else {
                throw AgeError.payload(sealed.isEmpty && counter > 0 ? "the stream ends without a final chunk" : "chunk \(counter) is too short")
            }
            let length = sealed.count - AEAD.tagLength
            // A short chunk can only be the final one; a full one usually is not, but may be.
            var last = sealed.count < sealedChunkSize
            var opened = open(sealed, into: plaintext, key: key, counter: counter, last: last)
            if !opened, !last {
                last = true
                opened = open(sealed, into: plaintext, key: key, counter: counter, last: true)
            }
            guard opened else { throw AgeError.payload("chunk \(counter) does not authenticate") }
            if last, length == 0, counter > 0 { throw AgeError.payload("the final chunk is empty") }
            try plaintext.withUnsafeBytes { try sink.write(UnsafeRawBufferPointer(rebasing: $0[0..<length])) }
            if last {
                guard try reader.bytes(1).isEmpty else { throw AgeError.payload("data after the final chunk") }
                return
            }
            counter += 1
        }
    }

    private static func open(_ sealed: [UInt8], into plaintext: SecureBytes, key: SecureBytes, counter: UInt64, last: Bool) -> Bool {
        plaintext.withUnsafeMutableBytes { out in
            sealed.withUnsafeBytes { input in
                (try? AEAD.chaCha20Poly1305.open(input, into: UnsafeMutableRawBufferPointer(rebasing: out[0..<input.count - AEAD.tagLength]),
                                                 key: key, nonce: chunkNonce(counter, last: last))) != nil
            }
        }
    }
}
