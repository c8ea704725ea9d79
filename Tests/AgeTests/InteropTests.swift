import Foundation
import Sodium
import Testing

@testable import Age

/// Round trips with ourselves, and with the reference `age` binary and PyPI `pyrage`, both ways,
/// at the sizes around a chunk boundary and beyond, binary and armored.
@Suite struct InteropTests {
    static let sizes = [0, 1, 65_535, 65_536, 65_537, 3 * 1024 * 1024 + 17]
    static let ageAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/age")
    static let pyrageAvailable = run(["/usr/bin/env", "python3", "-c", "import pyrage"]).status == 0

    /// Runs a program, feeding `input`; its status and stdout.
    static func run(_ arguments: [String], input: [UInt8] = []) -> (status: Int32, output: [UInt8]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return (127, []) }
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, Array(output))
    }

    static func payload(_ size: Int) -> [UInt8] { (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) } }

    static func encrypt(_ plaintext: [UInt8], to recipients: [any Recipient], armor: Bool = false) throws -> [UInt8] {
        var source = MemorySource(plaintext), sink = MemorySink()
        try AgeFile.encrypt(from: &source, to: &sink, recipients: recipients)
        return armor ? Armor.encode(sink.bytes) : sink.bytes
    }

    static func decrypt(_ file: [UInt8], with identities: [any Identity]) throws -> [UInt8] {
        var source = MemorySource(Armor.isArmored(file) ? try Armor.decode(file) : file), sink = MemorySink()
        try AgeFile.decrypt(from: &source, to: &sink, identities: identities)
        return sink.bytes
    }

    static func temporaryFile(_ bytes: [UInt8]) -> String {
        let path = NSTemporaryDirectory() + "/age-interop-" + UUID().uuidString
        FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
        return path
    }

    // MARK: Ourselves

    @Test(arguments: sizes)
    func roundTripsWithItself(size: Int) throws {
        let identity = try X25519Identity.generate()
        let plaintext = Self.payload(size)
        for armor in [false, true] {
            let file = try Self.encrypt(plaintext, to: [identity.recipient], armor: armor)
            #expect(try Self.decrypt(file, with: [identity]) == plaintext)
        }
        let passphrase = try SecureBytes(copying: Array("correct horse battery".utf8))
        let locked = try Self.encrypt(plaintext, to: [ScryptRecipient(passphrase: passphrase, workFactor: 10)])
        #expect(try Self.decrypt(locked, with: [ScryptIdentity(passphrase: passphrase)]) == plaintext)
        #expect(throws: AgeError.noMatch) { try Self.decrypt(locked, with: [X25519Identity.generate()]) }
    }

    @Test func keysFollowTheSpecExample() throws {
        let identity = try X25519Identity(parsing: "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX")
        #expect(identity.recipient.text == "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj")
        #expect(identity.secretText() == "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX")
        #expect(!"\(identity)".contains("SECRET"))
        for bad in [
            "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwk", "AGE1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj",
            "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "",
        ] {
            #expect(throws: AgeError.self, "\(bad)") { try X25519Recipient(parsing: bad) }
        }
    }

    @Test func identityFilesAllowCommentsAndSeveralKeys() throws {
        let first = try X25519Identity.generate(), second = try X25519Identity.generate()
        let text = "# created: today\n# public key: \(first.recipient.text)\n\(first.secretText())\n\n\(second.secretText())\r\n"
        #expect(try IdentityFile.parse(text).map(\.recipient) == [first.recipient, second.recipient])
        #expect(throws: AgeError.self) { try IdentityFile.parse("# nothing here\n") }
        #expect(throws: AgeError.self) { try IdentityFile.parse("not a key\n") }
    }

    @Test func passphrasesCannotBeMixedWithOtherRecipients() throws {
        let passphrase = try SecureBytes(copying: Array("pw".utf8))
        #expect(throws: AgeError.self) {
            try Self.encrypt([1], to: [ScryptRecipient(passphrase: passphrase), X25519Identity.generate().recipient])
        }
    }

    // MARK: The age binary (X25519; it reads passphrases only from a terminal)

    @Test(.enabled(if: ageAvailable, "needs Debian's age (apt-get install age); CI installs it"), arguments: sizes)
    func ageReadsWhatWeWrite(size: Int) throws {
        let identity = try X25519Identity.generate()
        let keyFile = Self.temporaryFile(Array((identity.secretText() + "\n").utf8))
        defer { try? FileManager.default.removeItem(atPath: keyFile) }
        let plaintext = Self.payload(size)
        for armor in [false, true] {
            let file = try Self.encrypt(plaintext, to: [identity.recipient], armor: armor)
            let result = Self.run(["/usr/bin/age", "-d", "-i", keyFile], input: file)
            #expect(result.status == 0 && result.output == plaintext, "size \(size), armor \(armor)")
        }
    }

    @Test(.enabled(if: ageAvailable, "needs Debian's age (apt-get install age); CI installs it"), arguments: sizes)
    func weReadWhatAgeWrites(size: Int) throws {
        let identity = try X25519Identity.generate()
        let plaintext = Self.payload(size)
        for armor in [false, true] {
            let result = Self.run(["/usr/bin/age", "-e", "-r", identity.recipient.text] + (armor ? ["-a"] : []), input: plaintext)
            #expect(result.status == 0)
            #expect(try Self.decrypt(result.output, with: [identity]) == plaintext, "size \(size), armor \(armor)")
        }
    }

    // MARK: pyrage (X25519 with grease stanzas, and passphrases)

    static let pyrageScript = """
        import sys, pyrage
        mode, secret = sys.argv[1], sys.argv[2]
        data = sys.stdin.buffer.read()
        if mode == "decrypt-key":
            out = pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(secret)])
        elif mode == "encrypt-key":
            out = pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(secret)])
        elif mode == "decrypt-pass":
            out = pyrage.passphrase.decrypt(data, secret)
        else:
            out = pyrage.passphrase.encrypt(data, secret)
        sys.stdout.buffer.write(out)
        """

    static func pyrage(_ mode: String, _ secret: String, _ input: [UInt8]) -> (status: Int32, output: [UInt8]) {
        run(["/usr/bin/env", "python3", "-c", pyrageScript, mode, secret], input: input)
    }

    @Test(.enabled(if: pyrageAvailable, "needs PyPI pyrage (pip install pyrage); CI installs it"), arguments: sizes)
    func pyrageRoundTripsBothWays(size: Int) throws {
        let identity = try X25519Identity.generate()
        let plaintext = Self.payload(size)
        for armor in [false, true] {
            let ours = try Self.encrypt(plaintext, to: [identity.recipient], armor: armor)
            let read = Self.pyrage("decrypt-key", identity.secretText(), armor ? try Armor.decode(ours) : ours)
            #expect(read.status == 0 && read.output == plaintext, "pyrage reads ours, size \(size), armor \(armor)")
        }
        let theirs = Self.pyrage("encrypt-key", identity.recipient.text, plaintext)
        #expect(try Self.decrypt(theirs.output, with: [identity]) == plaintext, "we read pyrage's, size \(size)")
        #expect(try Self.decrypt(Armor.encode(theirs.output), with: [identity]) == plaintext)
    }

    /// pyrage writes work factor 18 (about a third of a second a file); ours are written at 10
    /// here to keep the suite fast, which exercises the same code with a different N.
    @Test(.enabled(if: pyrageAvailable, "needs PyPI pyrage (pip install pyrage); CI installs it"), arguments: sizes)
    func passphrasesInteroperateWithPyrage(size: Int) throws {
        let words = "interop passphrase words"
        let passphrase = try SecureBytes(copying: Array(words.utf8))
        let plaintext = Self.payload(size)
        let armor = size % 2 == 1
        let ours = try Self.encrypt(plaintext, to: [ScryptRecipient(passphrase: passphrase, workFactor: 10)], armor: armor)
        let read = Self.pyrage("decrypt-pass", words, armor ? try Armor.decode(ours) : ours)
        #expect(read.status == 0 && read.output == plaintext, "pyrage reads ours, size \(size), armor \(armor)")
        let theirs = Self.pyrage("encrypt-pass", words, plaintext).output
        #expect(try Self.decrypt(armor ? Armor.encode(theirs) : theirs, with: [ScryptIdentity(passphrase: passphrase)]) == plaintext)
    }
}

/// The parallel batches release exactly the authenticated prefix when a chunk deep in a large
/// file is damaged, as the one-chunk-at-a-time reference does.
@Suite struct BatchTests {
    @Test(arguments: [0, 10, 31, 32, 40, 70])
    func aDamagedChunkReleasesOnlyWhatCameBefore(damaged: Int) throws {
        let identity = try X25519Identity.generate()
        let chunk = 64 * 1024
        let plaintext = InteropTests.payload(75 * chunk + 100)
        var file = try InteropTests.encrypt(plaintext, to: [identity.recipient])
        let headerLength = file.count - (plaintext.count + 76 * 16) - 16
        let payloadStart = headerLength + 16
        file[payloadStart + damaged * (chunk + 16) + 5] ^= 0x01
        var source = MemorySource(file), sink = MemorySink()
        #expect(throws: AgeError.self) { try AgeFile.decrypt(from: &source, to: &sink, identities: [identity]) }
        #expect(sink.bytes == Array(plaintext.prefix(damaged * chunk)))
    }

    @Test(arguments: [1, 32 * 64 * 1024, 32 * 64 * 1024 + 1, 33 * 64 * 1024, 64 * 64 * 1024])
    func batchBoundariesRoundTrip(size: Int) throws {
        let identity = try X25519Identity.generate()
        let plaintext = InteropTests.payload(size)
        #expect(try InteropTests.decrypt(InteropTests.encrypt(plaintext, to: [identity.recipient]), with: [identity]) == plaintext)
    }
}

/// Armored files decrypt as a stream: the armor is read a line at a time underneath the age reader.
@Suite struct ArmoredStreamTests {
    @Test(arguments: [0, 47, 48, 49, 65_537, 2 * 1024 * 1024 + 3])
    func decryptsThroughTheArmorWithoutDecodingItFirst(size: Int) throws {
        let identity = try X25519Identity.generate()
        let plaintext = InteropTests.payload(size)
        let armored = try InteropTests.encrypt(plaintext, to: [identity.recipient], armor: true)
        var source = ArmoredSource(MemorySource(armored)), sink = MemorySink()
        try AgeFile.decrypt(from: &source, to: &sink, identities: [identity])
        #expect(sink.bytes == plaintext)
    }
}
