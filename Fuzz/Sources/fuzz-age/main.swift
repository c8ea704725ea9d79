import Age
import FuzzDriver
import Sodium

// The age header parser, STREAM reader and armor decoder, with an X25519 identity (scrypt would
// let an input ask for seconds of work per run).
nonisolated(unsafe) let identity = try! X25519Identity(parsing: "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0")

func fuzzOne(_ bytes: [UInt8]) {
    let binary = Armor.isArmored(bytes) ? (try? Armor.decode(bytes)) : bytes
    guard let binary else { return }
    var source = MemorySource(binary)
    var sink = MemorySink()
    _ = try? AgeFile.decrypt(from: &source, to: &sink, identities: [identity])
}

runFuzzer(fuzzOne)
