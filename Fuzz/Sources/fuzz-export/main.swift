import Confidant
import FuzzDriver
import Sodium

// The export document and vault document decoders: any bytes decode or fail cleanly, and what
// decodes encodes (signed) and decodes again to the same document, with its signature verified.
let exportKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="

func fuzzOne(_ bytes: [UInt8]) {
    guard let secret = try? SecureBytes(copying: bytes) else { return }
    if let (export, _) = try? ExportDocument.decode(secret, exportKey: exportKey) {
        let again = try! ExportDocument.decode(export.encoded(exportKey: exportKey), exportKey: exportKey)
        precondition(again.export == export, "an export must survive encoding and decoding")
        precondition(again.signedHere, "an export signed with a key must verify with it")
    }
    if let document = try? DocumentCodec.decode(secret) {
        precondition(try! DocumentCodec.decode(DocumentCodec.encode(document)) == document, "a document must round-trip")
    }
}

runFuzzer(fuzzOne)
