import Foundation
import Sodium
import Testing

@testable import Age

/// Every vector of the C2SP CCTV age test kit, kept in TestKit/ beside this file (its README says
/// where from, under which licence, and which were left out): the outcome class must match, and
/// where a payload hash is given, the SHA-256 of what was released.
@Suite struct TestKitTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("TestKit")

    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        .filter { $0 != "README.md" }.sorted()

    /// A vector's bytes; the largest are kept gzip-compressed (`name.gz`) and read through `gzip -dc`.
    static func bytes(of name: String) throws -> [UInt8] {
        let url = directory.appendingPathComponent(name)
        guard name.hasSuffix(".gz") else { return Array(try Data(contentsOf: url)) }
        let gzip = Process(), output = Pipe()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-dc", url.path]
        gzip.standardOutput = output
        try gzip.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        gzip.waitUntilExit()
        try #require(gzip.terminationStatus == 0, "gzip -dc \(name) failed")
        return Array(data)
    }

    struct Vector {
        var expect = ""
        var payload: String?
        var identities: [String] = []
        var passphrases: [String] = []
        var armored = false
        var unknownKeys: [String] = []
        var body: [UInt8] = []

        init(_ bytes: [UInt8]) {
            var position = 0
            while let newline = bytes[position...].firstIndex(of: 0x0a) {
                let line = String(decoding: bytes[position..<newline], as: UTF8.self)
                position = newline + 1
                if line.isEmpty { break }
                let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                switch parts[0] {
                case "expect": expect = parts[1]
                case "payload": payload = parts[1]
                case "identity": identities.append(parts[1])
                case "passphrase": passphrases.append(parts[1])
                case "armored": armored = parts[1] == "yes"
                case "file key", "comment": break
                default: unknownKeys.append(parts[0])
                }
            }
            body = Array(bytes[position...])
        }
    }

    @Test func theKitIsComplete() {
        #expect(Self.names.count == 124)
    }

    @Test(arguments: names)
    func vector(name: String) throws {
        let vector = Vector(try Self.bytes(of: name))
        try #require(vector.unknownKeys.isEmpty, "vector \(name) has keys this runner does not know: \(vector.unknownKeys)")
        var identities: [any Identity] = try vector.identities.map { try X25519Identity(parsing: $0) }
        identities += try vector.passphrases.map { ScryptIdentity(passphrase: try SecureBytes(copying: Array($0.utf8))) }
        var sink = MemorySink()
        let outcome: String
        do {
            let binary = vector.armored ? try Armor.decode(vector.body) : vector.body
            var source = MemorySource(binary)
            try AgeFile.decrypt(from: &source, to: &sink, identities: identities)
            outcome = "success"
        } catch let error as AgeError {
            switch error {
            case .header: outcome = "header failure"
            case .headerMAC: outcome = "HMAC failure"
            case .payload: outcome = "payload failure"
            case .armor: outcome = "armor failure"
            case .noMatch: outcome = "no match"
            case .invalidKey, .io: outcome = "other: \(error)"
            }
        }
        #expect(outcome == vector.expect, "\(name)")
        if let payload = vector.payload {
            #expect(SHA256.hash(sink.bytes).map { String(format: "%02x", $0) }.joined() == payload, "\(name): released plaintext")
        }
    }
}
