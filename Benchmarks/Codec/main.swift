import Confidant
import Foundation
import Sodium

// Times the vault document's two JSON paths on the document of a vault written by
// confidant-bench-fixture: our JSONWriter and JSONReader (DocumentCodec) against Foundation's
// JSONEncoder and JSONDecoder with the same date strategies. Prints one table row per direction
// with the medians of RUNS runs (default 7) and their ratio.
//
// usage: confidant-bench-codec VAULT PASSPHRASE-FILE [RUNS]

let arguments = CommandLine.arguments
guard (3...4).contains(arguments.count), let runs = Int(arguments.count == 4 ? arguments[3] : "7"), runs > 0 else {
    FileHandle.standardError.write(Data("usage: confidant-bench-codec VAULT PASSPHRASE-FILE [RUNS]\n".utf8))
    exit(64)
}
let raw = try SecureBytes(copying: Array(try Data(contentsOf: URL(fileURLWithPath: arguments[2]))))
let document = try VaultAccess(path: arguments[1]).open { .passphrase(try PassphraseRules.firstLine(of: raw)) }.document

/// The median wall time of `runs` calls of `body`, in milliseconds.
func median(_ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
    }
    return times.sorted()[runs / 2]
}

let encoder = JSONEncoder()
encoder.dateEncodingStrategy = Timestamp.encoding
let decoder = JSONDecoder()
decoder.dateDecodingStrategy = Timestamp.decoding
let ours = try DocumentCodec.encode(document)
let foundation = try encoder.encode(document)
let guarded = try SecureBytes(copying: Array(foundation))

let encode = (ours: try median { _ = try DocumentCodec.encode(document) }, foundation: try median { _ = try encoder.encode(document) })
let decode = (
    ours: try median { _ = try DocumentCodec.decode(ours) }, foundation: try median { _ = try decoder.decode(VaultDocument.self, from: foundation) }
)
_ = try DocumentCodec.decode(guarded) // both shapes are the same document

let count = document.supporters.count, size = String(format: "%.1f MiB", Double(ours.count) / 1_048_576)
for (name, pair) in [("encode", encode), ("decode", decode)] {
    print(String(format: "| %@ | %d | %@ | %.1f ms | %.1f ms | %.2f |", name, count, size, pair.ours, pair.foundation, pair.ours / pair.foundation))
}
