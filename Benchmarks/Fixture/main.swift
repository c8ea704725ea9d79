import Confidant
import Foundation
import Sodium

// Writes a vault the way a person builds one, through the library's own changes and writes: people
// added with their details and then their agreement, protected terms imported, check-ins over
// years (some with a note), a coping plan; each step is one write from this device (the last-seen
// state under XDG_STATE_HOME, as the CLI keeps it), which stamps what it changed for merging, as
// `add`, `agree`, `terms import`, `checkin` and `plan` do. Unlocked with the passphrase
// file given and the cheapest Argon2id settings, so benchmarks measure what a command costs beyond
// the KDF. `Benchmarks/realistic.sh` checks its figures against a vault built by the CLI itself.
//
// usage: confidant-bench-fixture VAULT PASSPHRASE-FILE SUPPORTERS [TERMS-FILE]
// Without TERMS-FILE, 2,000 generated names are the protected terms; with it, its lines.
// FIXTURE_CHECKINS=N sets the check-ins (default 500, one every other day back from today).
// FIXTURE_KDF=PASSES:KIB sets the Argon2id settings (default 1:8, the cheapest).
// FIXTURE_DIVERGED=PATH:N also writes another copy of the same vault at PATH, changed there in N
// records (half of them supporters whose phone number changed, half people added), for `merge`.

let arguments = CommandLine.arguments
let environment = ProcessInfo.processInfo.environment
guard (4...5).contains(arguments.count), let count = Int(arguments[3]), count >= 0,
    let checkIns = Int(environment["FIXTURE_CHECKINS"] ?? "500"), checkIns >= 0
else {
    FileHandle.standardError.write(Data("usage: confidant-bench-fixture VAULT PASSPHRASE-FILE SUPPORTERS [TERMS-FILE]\n".utf8))
    exit(64)
}
let firstNames = ["Sam", "Priya", "Alex", "Jo", "Robin", "Kim", "Lee", "Morgan", "Charlie", "Dana", "Eli", "Frankie"]
let passphrase = try PassphraseRules.normalized(
    PassphraseRules.firstLine(of: SecureBytes(copying: Array(try Data(contentsOf: URL(fileURLWithPath: arguments[2]))))))
let terms =
    arguments.count == 5
    ? try String(contentsOfFile: arguments[4], encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
    : generatedNames(2000)
let lastSeen = VaultAccess.defaultLastSeenPath(environment: environment)
let access = VaultAccess(path: arguments[1], lastSeenPath: lastSeen)
try access.create(NewVault(passphrase: passphrase, parameters: kdf(), recoveryKey: false))
// Opened once (the KDF runs once); each `update` below is one write, as one command makes.
let vault = try access.open { .passphrase(passphrase) }

// People, each added as `add` adds them (checked, normalised, logged) and then agreed with as
// `agree` records it. Each is added to a document of their own, so that building 100,000 does not
// compare every name with every other (the names are distinct by construction), then joined.
try vault.update { document in
    for index in 0..<count {
        var person = VaultDocument()
        var supporter = Supporter(
            name: "\(firstNames[index % firstNames.count]) \(index)", relationship: Relationship.allCases[index % Relationship.allCases.count])
        supporter.phone = "07700 9\(String(format: "%05d", index % 100_000))"
        supporter.availability = "evenings and weekends"
        supporter.impactOnThem = "may worry when I talk about hard days"
        supporter.impactOnRelationship = "could make evenings about my work"
        try person.addSupporter(supporter)
        document.supporters += person.supporters
        document.events += person.events
    }
}
try vault.update { document in
    for (index, supporter) in document.supporters.enumerated() where !supporter.isService {
        var draft = AgreementDraft()
        (draft.status, draft.willing, draft.able) = (.agreed, .yes, .yes)
        (draft.support, draft.limits, draft.on, draft.reviewIn) = ([.listening, .timeTogether], ["not after 10pm"], Day("2026-05-01"), Period("6m"))
        var person = VaultDocument()
        person.supporters = [supporter]
        _ = try person.recordAgreement(for: supporter.id, draft)
        document.supporters[index] = person.supporters[0]
        document.events += person.events
    }
}
// Check-ins, oldest first, every other day back from today; a note on one in five.
let notes = ["tired but ok", "long week, slept badly", "good walk at lunch", "felt low after the meeting", "switched off fine"]
for batch in stride(from: 0, to: checkIns, by: 100) {
    try vault.update { document in
        for index in batch..<min(batch + 100, checkIns) {
            let daysAgo = 2 * (checkIns - 1 - index)
            let ratings = Dictionary(uniqueKeysWithValues: CheckIn.Rating.allCases.enumerated().map { ($1, (index + $0) % 5) })
            try document.recordCheckIn(
                CheckIn(on: Day.today.adding(Period(.day, -daysAgo)), ratings: ratings, note: index % 5 == 0 ? notes[index / 5 % notes.count] : nil))
        }
    }
}
// A plan, as `plan` edits it.
try vault.update { document in
    for sign in ["snapping at home", "dreading Mondays", "not sleeping"] { try document.addToPlan(.sign, sign) }
    for strategy in ["walk before dinner", "no work email after 7", "call a friend"] { try document.addToPlan(.strategy, strategy) }
    for supporter in document.supporters.prefix(3) where supporter.status == .agreed { try document.addPlanPerson(supporter.id) }
    try document.setCheckInReminder(days: 14)
}
// Protected terms, as `terms import` adds them.
try vault.update { _ = try $0.addTerms(terms, kind: .client, note: nil) }

if let spec = environment["FIXTURE_DIVERGED"], let colon = spec.lastIndex(of: ":"), let changes = Int(spec[spec.index(after: colon)...]) {
    let other = VaultAccess(path: String(spec[..<colon]))
    try FileManager.default.copyItem(atPath: access.path, toPath: other.path)
    // Later, on the other device (no last-seen state: a device of its own).
    Thread.sleep(forTimeInterval: 0.01)
    try other.open { .passphrase(passphrase) }.update { document in
        let edited = min(changes / 2, count)
        for index in 0..<edited {
            let target = index * max(1, count / max(1, edited)) % max(1, count)
            var edit = SupporterEdit()
            edit.phone = "07700 800\(index)"
            _ = try document.editSupporter(document.supporters[target].id, edit)
        }
        for index in 0..<(changes - edited) {
            var person = VaultDocument()
            try person.addSupporter(Supporter(name: "Added \(index)", relationship: .friend))
            document.supporters += person.supporters
            document.events += person.events
        }
    }
}

/// `count` distinct fictional full names made of syllables, the same on every run: the
/// syllables are taken in turn, each name's parts from a different place in the lists.
func generatedNames(_ count: Int) -> [String] {
    let onsets = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "ch", "sh", "st", "th", "tr"]
    let vowels = ["a", "e", "i", "o", "u", "ai", "ea", "oo"], codas = ["n", "r", "l", "s", "t", "d", "m", "ck", "ng", "rd"]
    let endings = ["son", "ton", "ley", "field", "ford", "well", "wood", "by", "ham", "worth"]
    func syllable(_ n: Int) -> String { onsets[n % 21] + vowels[n / 21 % 8] + codas[n / 168 % 10] }
    // 1,680 syllables; a first name and a surname (syllable and ending) for each index.
    return (0..<count).map { index in
        syllable(index * 11 % 1680).capitalized + " " + (syllable(index / 1680 * 13 + index % 1680) + endings[index / 1680 % 10]).capitalized
    }.sorted()
}

/// The Argon2id settings from FIXTURE_KDF, or the cheapest.
func kdf() throws -> Argon2id.Parameters {
    let parts = (environment["FIXTURE_KDF"] ?? "1:8").split(separator: ":").compactMap { Int($0) }
    return try Argon2id.Parameters(opsLimit: UInt64(parts[0]), memoryBytes: parts[1] * 1024)
}
