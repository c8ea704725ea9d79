import Confidant
import FuzzDriver
import Sodium

// Merging copies of one vault (docs/SYNC.md): the input is two vault documents, JSON, split at the
// first NUL byte. Each must decode strictly or fail cleanly; two that decode must merge without a
// crash, in either order to the same document, and merging the result again with either copy must
// change nothing (each is first merged with itself, which puts it in the merge's own form).
func fuzzOne(_ bytes: [UInt8]) {
    guard let split = bytes.firstIndex(of: 0) else { return }
    func decode(_ part: ArraySlice<UInt8>) -> VaultDocument? {
        guard let secure = try? SecureBytes(copying: Array(part)) else { return nil }
        return try? DocumentCodec.decode(secure)
    }
    guard let a = decode(bytes[..<split]).map({ $0.converged(with: $0) }),
        let b = decode(bytes[(split + 1)...]).map({ $0.converged(with: $0) })
    else { return }
    let ab = a.converged(with: b), ba = b.converged(with: a)
    precondition(ab == ba, "merging is not commutative")
    precondition(ab.converged(with: b) == ab && ab.converged(with: a) == ab, "merging again changes the result")
    _ = try? a.merging([VaultCopy(label: "copy", document: b)])
}

runFuzzer(fuzzOne)
