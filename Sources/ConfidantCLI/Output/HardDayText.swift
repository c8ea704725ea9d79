import Confidant

extension HardDay {
    /// The guidance as the terminal shows it, the boundary lists wrapped.
    func guidanceLines(_ document: VaultDocument) -> [String] {
        let guidance = guidance(document)
        guard !guidance.neverShare.isEmpty || !guidance.shareWithCare.isEmpty else { return guidance.lines }
        return guidance.lines + ["  never:"] + Style.wrapped(guidance.neverShare, indent: "    ")
            + (guidance.shareWithCare.isEmpty ? [] : ["  with care:"] + Style.wrapped(guidance.shareWithCare, indent: "    "))
    }
}
