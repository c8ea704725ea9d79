/// A value made the first time it is asked for, and kept: the parts of a scanner that only
/// some drafts need (`PersonIndex`) cost nothing until one does.
final class Deferred<Value>: @unchecked Sendable {
    private let make: () -> Value
    private var made: Value?

    init(_ make: @escaping () -> Value) { self.make = make }

    /// The value, made on first use. Not for use from several threads at once.
    var value: Value {
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}
