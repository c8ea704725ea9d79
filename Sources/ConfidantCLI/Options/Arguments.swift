import ArgumentParser
import Confidant

// The domain's enumerations as flag values: ArgumentParser lists the valid values in its error,
// and an invalid one is a usage error (exit 64).
extension Relationship: ExpressibleByArgument {
    /// A relationship's name, or an everyday word for one (`--relationship husband` is a partner).
    public init?(argument: String) {
        guard let relationship = Relationship(rawValue: argument.lowercased()) ?? Relationship(everydayWord: argument) else { return nil }
        self = relationship
    }
}
extension Sphere: ExpressibleByArgument {}
extension AgreementStatus: ExpressibleByArgument {}
extension Answer: ExpressibleByArgument {}
extension SupportKind: ExpressibleByArgument {}
extension TermKind: ExpressibleByArgument {}

extension HardDay: ExpressibleByArgument {
    /// `--happened`: a choice or the start of one, in any case (`b`, `Boundary`).
    public init?(argument: String) {
        let matches = Interview.matches(argument, in: HardDay.self)
        guard matches.count == 1 else { return nil }
        self = matches[0]
    }
}

extension Day: ExpressibleByArgument {
    /// Parses `YYYY-MM-DD` for `--on` and `--review-on`.
    public init?(argument: String) { self.init(argument) }
}

/// `--review-in` values such as `6m`.
extension Period: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
