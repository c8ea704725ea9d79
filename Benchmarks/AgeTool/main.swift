import Age
import Foundation
import Glibc

// Encrypts or decrypts a file with the Age module, streaming between descriptors, so the
// benchmark can time it against the age binary on the same files.
//
// usage: confidant-bench-age encrypt RECIPIENT INPUT OUTPUT
//        confidant-bench-age decrypt IDENTITY-FILE INPUT OUTPUT

let arguments = CommandLine.arguments
guard arguments.count == 5, ["encrypt", "decrypt"].contains(arguments[1]) else {
    FileHandle.standardError.write(Data("usage: confidant-bench-age encrypt|decrypt KEY INPUT OUTPUT\n".utf8))
    exit(64)
}
let input = open(arguments[3], O_RDONLY | O_CLOEXEC)
let output = open(arguments[4], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
guard input >= 0, output >= 0 else {
    FileHandle.standardError.write(Data("cannot open the files\n".utf8))
    exit(66)
}
var source = FileDescriptorStream(input), sink = FileDescriptorStream(output)
do {
    if arguments[1] == "encrypt" {
        try AgeFile.encrypt(from: &source, to: &sink, recipients: [X25519Recipient(parsing: arguments[2])])
    } else {
        let identities = try IdentityFile.parse(String(contentsOfFile: arguments[2], encoding: .utf8))
        try AgeFile.decrypt(from: &source, to: &sink, identities: identities)
    }
} catch {
    FileHandle.standardError.write(Data("failed: \(error)\n".utf8))
    exit(65)
}
