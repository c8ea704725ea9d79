import Foundation

/// When the page was last used, readable from any thread without waiting for the server's tasks:
/// the idle stop must come on time even while requests keep the server busy.
public final class WebActivity: @unchecked Sendable {
    private let lock = NSLock()
    private var last = Date()

    public init() {}

    /// Notes a use of the page now.
    func touch() {
        lock.withLock { last = Date() }
    }

    /// Whether nobody has used the page for `seconds`.
    public func idle(for seconds: Double) -> Bool {
        lock.withLock { Date().timeIntervalSince(last) >= seconds }
    }
}
