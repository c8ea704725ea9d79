/// Where an agreement leaves you with someone, said wherever they are named as support (`check
/// NAME`, `check NAME --draft`, `export --supporter`, the plan's people, the support shown to a
/// writer in distress, `review`). Someone who declined, paused or ended it is not someone to lean
/// on, and is never listed as one; someone who agreed but was unsure is listed with that said;
/// someone not asked, or not yet answering, is asked first (docs/AGREEMENTS.md).
public struct AgreementStanding: Encodable, Equatable, Sendable {
    /// Where it stands.
    public let status: AgreementStatus
    /// Since when (nil when never asked).
    public let on: Day?
    /// Whether they agreed to support you: the only people listed as support.
    public let canLeanOn: Bool
    /// The sentence to show; nil when they agreed, willing and able, or are a service.
    public let notice: String?
    /// The same said gently, beside the support for a hard night (docs/WELLBEING.md): not a
    /// warning away from them, only who said they would be there; nil when they can be leant on.
    public let besideSupport: String?

    /// The standing of `supporter`.
    public init(for supporter: Supporter) {
        let agreement = supporter.agreement
        status = supporter.status
        on = agreement?.on
        canLeanOn = supporter.isService || status == .agreed
        guard !supporter.isService else {
            (notice, besideSupport) = (nil, nil)
            return
        }
        let name = supporter.name
        let limits =
            agreement.map(\.limits).flatMap { $0.isEmpty ? nil : $0 }
            .map { " — their limit\($0.count == 1 ? "" : "s"): " + $0.joined(separator: "; ") } ?? ""
        let since = on?.description ?? ""
        besideSupport =
            canLeanOn
            ? nil
            : status == .notAsked || status == .asked
                ? "\(name) has not said yet whether they can support you with the work; the people above have."
                : "\(name) said on \(since) that they cannot be the one you lean on about the work; the people above said they would be there."
        switch status {
        case .notAsked: notice = "\(name) has not been asked yet: ask whether they are willing and able before you lean on them."
        case .asked: notice = "\(name) was asked on \(since) and has not answered yet: not someone to lean on until they do."
        case .declined:
            notice = "\(name) declined on \(since)\(limits). Not someone to lean on for this; their answer stands unless they say otherwise."
        case .paused: notice = "\(name) paused their support on \(since)\(limits). Not someone to lean on until they take it up again."
        case .ended: notice = "\(name) ended the agreement on \(since)\(limits). Not someone to lean on for this."
        case .agreed:
            notice = agreement?.unresolved.map { open in
                "\(name) agreed on \(since), but \(open)\(limits). Talk about it before you lean on them."
            }
        }
    }
}
