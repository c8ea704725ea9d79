import Foundation

extension Date {
    /// Now, truncated to a whole second: what the vault's ISO 8601 timestamps can hold, so a
    /// record is equal to itself after a save and a re-read (imports compare `updatedAt`).
    public static var currentSecond: Date { Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)) }
}
