import CStemmer

/// The Snowball English (Porter2) stemmer from libstemmer: "raped", "rapes" and "raping" all
/// become "rape", "offender" and "offending" become "offend". Used only to decide whether two
/// words are forms of one another (see `TopicForms`); its output is never shown.
///
/// A stemmer keeps state between calls, so each scanner owns one and never shares it.
final class EnglishStemmer {
    private let stemmer: OpaquePointer

    /// A new stemmer. libstemmer only fails here when out of memory, which is treated as fatal
    /// like any other allocation failure.
    init() {
        guard let stemmer = sb_stemmer_new("english", "UTF_8") else {
            preconditionFailure("libstemmer could not allocate the English stemmer")
        }
        self.stemmer = stemmer
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// Calls `body` with the stem of `word` (folded UTF-8: lower case, no accents). The bytes
    /// are valid only inside `body`.
    func withStem<R>(of word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard let base = word.baseAddress, word.count > 0 else { return body(word) }
        guard let stem = sb_stemmer_stem(stemmer, base, Int32(word.count)) else {
            // Out of memory inside libstemmer: the word itself is the safe answer (it still
            // matches its own listed form).
            return body(word)
        }
        return body(UnsafeBufferPointer(start: stem, count: Int(sb_stemmer_length(stemmer))))
    }
}
