import Confidant
import Foundation
import Sodium

// Writes a vault holding N generated supporters (fictional names, an agreement each, a few
// protected terms), unlocked with the passphrase file given and the cheapest Argon2id settings,
// so benchmarks measure what a command costs beyond the KDF.
//
// usage: confidant-bench-fixture VAULT PASSPHRASE-FILE COUNT [TERMS-FILE]
// With TERMS-FILE, its lines become the protected terms instead of 100 generated ones.
// FIXTURE_KDF=PASSES:KIB sets the Argon2id settings (default 1:8, the cheapest).
// FIXTURE_DIVERGED=PATH:N also writes another copy of the same vault at PATH that differs in N
// records (half of them supporters edited later, half added), for `merge`.

let arguments = CommandLine.arguments
guard (4...5).contains(arguments.count), let count = Int(arguments[3]), count >= 0 else {
    FileHandle.standardError.write(Data("usage: confidant-bench-fixture VAULT PASSPHRASE-FILE COUNT [TERMS-FILE]\n".utf8))
    exit(64)
}
let firstNames = ["Sam", "Priya", "Alex", "Jo", "Robin", "Kim", "Lee", "Morgan", "Charlie", "Dana", "Eli", "Frankie"]
let relationships = Relationship.allCases
var document = VaultDocument()
for index in 0..<count {
    var supporter = Supporter(name: "\(firstNames[index % firstNames.count]) \(index)", relationship: relationships[index % relationships.count])
    supporter.phone = "07700 9\(String(format: "%05d", index % 100_000))"
    supporter.availability = "evenings and weekends"
    supporter.impactOnThem = "may worry when I talk about hard days"
    supporter.agreements.append(
        Agreement(
            status: .agreed, on: Day("2026-05-01")!, willing: .yes, able: .yes,
            support: [.listening, .timeTogether], limits: ["not after 10pm"], reviewOn: Day("2026-11-01")))
    document.supporters.append(supporter)
}
let terms =
    arguments.count == 5
    ? try String(contentsOfFile: arguments[4], encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
    : (0..<100).map { "Fictional Client \($0)" }
_ = try document.addTerms(terms, kind: .client, note: nil)
let passphrase = try PassphraseRules.firstLine(of: SecureBytes(copying: Array(try Data(contentsOf: URL(fileURLWithPath: arguments[2])))))
try VaultAccess(path: arguments[1]).create(
    NewVault(
        document: document, passphrase: PassphraseRules.normalized(passphrase),
        parameters: kdf(), recoveryKey: false))
if let spec = ProcessInfo.processInfo.environment["FIXTURE_DIVERGED"], let colon = spec.lastIndex(of: ":"),
    let changes = Int(spec[spec.index(after: colon)...])
{
    var copy = document
    let later = Date.currentSecond.addingTimeInterval(60)
    for index in stride(from: 0, to: min(changes / 2, count), by: 1) {
        copy.supporters[index * max(1, count / max(1, changes / 2)) % max(1, count)].phone = "07700 800\(index)"
        copy.supporters[index * max(1, count / max(1, changes / 2)) % max(1, count)].updatedAt = later
    }
    for index in 0..<(changes - changes / 2) {
        copy.supporters.append(Supporter(name: "Added \(index)", relationship: .friend))
    }
    try VaultAccess(path: String(spec[..<colon])).create(
        NewVault(
            document: copy, passphrase: PassphraseRules.normalized(passphrase),
            parameters: kdf(), recoveryKey: false))
}

/// The Argon2id settings from FIXTURE_KDF, or the cheapest.
func kdf() throws -> Argon2id.Parameters {
    let parts = (ProcessInfo.processInfo.environment["FIXTURE_KDF"] ?? "1:8").split(separator: ":").compactMap { Int($0) }
    return try Argon2id.Parameters(opsLimit: UInt64(parts[0]), memoryBytes: parts[1] * 1024)
}
