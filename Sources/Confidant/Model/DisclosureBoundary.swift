/// Your own boundaries for what you tell the people you work with (clients, people on probation):
/// topics about yourself, with how freely you share each.
public enum DisclosureBoundary {
    /// The boundaries every vault starts with.
    public static let builtIn: [(topic: Topic, level: SharingLevel)] = [
        (Topic(name: "hobbies", meaning: "your hobbies and activities"), .share),
        (Topic(name: "conflict-examples", meaning: "examples of how you resolve conflict"), .share),
        (Topic(name: "family-general", meaning: "safe, general references to family life"), .care),
        (Topic(name: "family-situation", meaning: "your actual family situation"), .never),
        (Topic(name: "sexuality", meaning: "your sexual attitudes, beliefs or activity"), .never),
        (Topic(name: "victim-experience", meaning: "your or your family's experience as a victim"), .never),
        (Topic(name: "home-and-routines", meaning: "where you live and your routines"), .never),
    ]
}
