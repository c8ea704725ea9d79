import Confidant
import FuzzDriver
import Sodium

// The export document and vault document decoders: any bytes decode or fail cleanly, and what
// decodes encodes and decodes again to the same document.
func fuzzOne(_ bytes: [UInt8]) {
    guard let secret = try? SecureBytes(copying: bytes) else { return }
    if let export = try? ExportDocument.decode(secret) {
        let again = try! ExportDocument.decode(export.encoded())
        precondition(again == export, "an export must survive encoding and decoding")
    }
    if let document = try? DocumentCodec.decode(secret) {
        precondition(try! DocumentCodec.decode(DocumentCodec.encode(document)) == document, "a document must round-trip")
    }
}

runFuzzer(fuzzOne)
