import Foundation

/// A supporter as `list` shows them: who they are and where the agreement stands.
public struct SupporterListing: Encodable, Equatable, Sendable {
    /// When the current agreement was made.
    public let agreedOn: Day?
    public let id: UUID
    public let name: String
    public let relationship: Relationship
    /// When the current agreement falls due for review.
    public let reviewOn: Day?
    public let sphere: Sphere
    public let status: AgreementStatus

    /// The listing of `supporter`.
    public init(_ supporter: Supporter) {
        agreedOn = supporter.agreement?.on
        id = supporter.id
        name = supporter.name
        relationship = supporter.relationship
        reviewOn = supporter.agreement?.reviewOn
        sphere = supporter.sphere
        status = supporter.status
    }

    /// `listings` as `--json` output: what `JSONEncoder` writes with `.prettyPrinted`,
    /// `.sortedKeys` and `.withoutEscapingSlashes`, byte for byte (tested), written directly,
    /// since a vault can hold a hundred thousand people and the encoder would take most of a
    /// second over them.
    /// - Throws: `SodiumError.outOfMemory`.
    public static func json(_ listings: [SupporterListing]) throws -> [UInt8] {
        var writer = try JSONWriter(pretty: true, capacity: listings.count * 256)
        writer.array(listings) { writer, listing in
            writer.object { writer in
                writer.field("agreedOn", listing.agreedOn?.description)
                writer.field("id", UUIDText.format(listing.id))
                writer.field("name", listing.name)
                writer.field("relationship", listing.relationship.rawValue)
                writer.field("reviewOn", listing.reviewOn?.description)
                writer.field("sphere", listing.sphere.rawValue)
                writer.field("status", listing.status.rawValue)
            }
        }
        return writer.bytes + [0x0a]
    }
}
